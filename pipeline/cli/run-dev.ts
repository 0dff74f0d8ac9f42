/**
 * `pressroom dev`: the writer's loop. Starts a session (dev/dev-session.ts), prints the URL and,
 * after every rebuild, the findings and what was written; stops cleanly on Ctrl-C (SIGINT) or
 * SIGTERM and exits 0.
 */
import path from 'node:path';
import { startDev } from '../dev/dev-session.ts';
import type { OutputFormat } from '../formats.ts';
import { formatReport } from './format-report.ts';
import { terminalProgress, type ProgressDisplay } from './build-progress.ts';
import { reportedFiles } from './run-build.ts';
import type { CliIo } from './run-lint.ts';
import { parseDate } from './parse-date.ts';
import { UsageError, type ParsedArgs } from './parse-args.ts';

/**
 * @param args Parsed arguments.
 * @param io Streams and environment.
 * @param stopped Resolves when the session should end (default: on SIGINT or SIGTERM).
 * @returns Exit code: 0 after a clean stop, 2 when it cannot start (a port in use, bad flags).
 */
export async function runDev(args: ParsedArgs, io: CliIo, stopped?: Promise<unknown>): Promise<number> {
  const port = Number(args.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Unexpected value \`${String(args.values.port)}\` for --port, expected a whole number from 0 to 65535 (0 picks a free port)`);
  // Listening from the start: Ctrl-C during the first build still closes the browser cleanly.
  const stop = stopped ? { signalled: stopped, dispose: () => undefined } : onSignal();
  try {
    return await serveUntil(args, io, port, stop.signalled);
  } finally {
    stop.dispose();
  }
}

async function serveUntil(args: ParsedArgs, io: CliIo, port: number, stopped: Promise<unknown>): Promise<number> {
  const formats = String(args.values.format).split(',').map((f) => f.trim()).filter(Boolean) as OutputFormat[];
  const shown = (file: string) => path.relative(io.cwd, file) || file;
  let live: ProgressDisplay | undefined;
  let url = '';
  const session = await startDev(
    {
      paths: args.paths,
      cwd: io.cwd,
      configPath: args.values.config as string | undefined,
      date: parseDate(args.values.date),
      outDir: String(args.values.out),
      formats,
      port,
    },
    {
      started(changed) {
        io.stderr(changed.length > 0 ? `\nchanged: ${changed.map(shown).join(', ')}; rebuilding…\n` : 'pressroom dev: building…\n');
        live = io.terminal ? terminalProgress(io.stderr, { columns: io.columns }) : undefined;
        return live;
      },
      finished({ result, error, milliseconds }) {
        live?.end();
        const seconds = (milliseconds / 1000).toFixed(1);
        if (error || !result) {
          io.stderr(`pressroom: ${error?.message}\nThe pages show this until a rebuild succeeds.\n`);
          return;
        }
        io.stderr(formatReport(reportedFiles(result), 'human', { color: io.color, verbose: Boolean(args.values.verbose) }));
        for (const file of result.skipped) io.stderr(`not published: ${file.path} has errors; its page shows them until they are fixed\n`);
        const written = [...result.rendered, ...result.extra].reduce((sum, file) => sum + Object.keys(file.data.outputs ?? {}).length, 0);
        const stages = Object.entries(result.timings).map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`).join(', ');
        io.stderr(`built in ${seconds} s (${stages}): ${written} outputs, ${result.upToDate.length} up to date and not rendered again${url ? `; ${url}` : ''}\n`);
      },
      watchError: (watchError) => io.stderr(`pressroom: cannot watch the sources (${watchError.message}); save again, or restart pressroom dev\n`),
    },
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
    return undefined;
  });
  if (!session) {
    io.stderr(`pressroom: cannot listen on 127.0.0.1:${port} (in use or not allowed); choose another with --port, or leave it out for a free one\n`);
    return 2;
  }
  url = session.url;
  io.stdout(`pressroom dev: serving ${url} (Ctrl-C to stop)\n`);
  await stopped;
  io.stderr('pressroom dev: stopping…\n');
  await session.close();
  return 0;
}

/**
 * The first SIGINT or SIGTERM; meanwhile the default handlers (exit at once) are replaced.
 *
 * @returns `signalled` resolves on the signal; `dispose` gives the signals back to their defaults.
 */
function onSignal(): { signalled: Promise<NodeJS.Signals>; dispose(): void } {
  let stop: (name: NodeJS.Signals) => void = () => undefined;
  const signalled = new Promise<NodeJS.Signals>((resolve) => {
    stop = (name) => {
      dispose();
      resolve(name);
    };
  });
  const dispose = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { signalled, dispose };
}
