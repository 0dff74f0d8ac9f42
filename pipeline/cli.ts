/**
 * The `pressroom` command. Thin: parse flags (declared as data), load only the command that
 * runs, set `process.exitCode`. Every failure becomes a message, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { helpText } from './cli/help.ts';
import { parseCliArgs, UsageError } from './cli/parse-args.ts';
import type { CliIo } from './cli/run-lint.ts';
import { OutputError } from './build/output-error.ts';
import { OutputLocked } from './build/output-lock.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Run the CLI.
 *
 * @param argv Arguments after the script name.
 * @param io Streams and environment.
 * @returns Exit code.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.values.version) {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (args.values.help || !args.command) {
      io.stdout(helpText(args.command, version));
      return args.command || args.values.help ? 0 : 2;
    }
    if (args.command.name === 'lint') {
      const { runLint } = await import('./cli/run-lint.ts');
      return await runLint(args, io);
    }
    if (args.command.name === 'dev') {
      const { runDev } = await import('./cli/run-dev.ts');
      return await runDev(args, io);
    }
    if (args.command.name === 'new') {
      const { runNew } = await import('./cli/run-new.ts');
      return await runNew(args, io);
    }
    // build, and merge: a build whose articles' outputs come from shards.
    const { runBuild } = await import('./cli/run-build.ts');
    return await runBuild(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`pressroom: ${error.message}\nRun \`pressroom --help\` for usage.\n`);
      return 2;
    }
    if (error instanceof OutputError || error instanceof OutputLocked) {
      io.stderr(`pressroom: ${error.message}\n`);
      return 1;
    }
    const verbose = argv.includes('--verbose') || Boolean(process.env.PRESSROOM_DEBUG);
    io.stderr(`pressroom: internal error: ${(error as Error).message}\nPlease report this to the pressroom maintainers${verbose ? ', with this stack trace' : ' (--verbose shows the stack trace)'}.\n`);
    if (verbose) io.stderr(`${(error as Error).stack}\n`);
    return 2;
  }
}

/**
 * Run with the process's arguments and streams; sets `process.exitCode` instead of exiting,
 * so pending output is flushed.
 */
export async function runFromProcess(): Promise<void> {
  const tty = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : tty,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    terminal: Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb',
    columns: process.stderr.columns,
  });
}
