/**
 * `pressroom lint`: check, report in the chosen format, set the exit code.
 */
import { terminalSafe } from '../diagnostics/terminal-safe.ts';
import path from 'node:path';
import { statistics } from 'vfile-statistics';
import { checkArticles } from '../check.ts';
import { formatReport } from './format-report.ts';
import { describeFixes, fixFiles } from './fix-files.ts';
import type { ParsedArgs } from './parse-args.ts';
import { UsageError } from './parse-args.ts';
import { parseDate } from './parse-date.ts';

/**
 * @param args Parsed arguments.
 * @param io Streams and environment.
 * @returns Exit code.
 */
export async function runLint(args: ParsedArgs, io: CliIo): Promise<number> {
  const maxWarnings = parseMaxWarnings(args.values['max-warnings']);
  const date = parseDate(args.values.date);
  const format = String(args.values.format);
  const options = { color: io.color, verbose: Boolean(args.values.verbose), cwd: io.cwd };
  const fixing = Boolean(args.values.fix || args.values['fix-dry-run']);
  const checkOptions = {
    paths: args.paths,
    cwd: io.cwd,
    configPath: args.values.config as string | undefined,
    date,
    // Cached messages carry no fixes: --fix lints afresh.
    lintCache: typeof args.values.cache === 'string' && !fixing ? path.resolve(io.cwd, args.values.cache) : undefined,
  };
  let result = await checkArticles(checkOptions);
  const dryRun = Boolean(args.values['fix-dry-run']);
  if (result.config && (args.values.fix || dryRun)) {
    const fixes = await fixFiles(result.files, { dryRun, cwd: io.cwd });
    io.stderr(describeFixes(fixes, dryRun));
    if (dryRun) {
      io.stdout(fixes.diff);
      return statistics(result.files).fatal > 0 ? 1 : 0;
    }
    // Report what is left after the fixes, with places in the fixed text.
    if (fixes.fixed.length > 0) result = await checkArticles(checkOptions);
  }
  if (!result.config) {
    io.stdout(formatReport(result.configFile ? [result.configFile] : [], format, options));
    return 2;
  }
  const configFile = result.source?.file ?? result.configFile;
  const files = configFile && configFile.messages.length > 0 ? [configFile, ...result.files] : result.files;
  // "0 files checked, no problems" would contradict the usage errors that follow.
  if (files.length > 0 || format !== 'human' || result.usageErrors.length === 0) io.stdout(formatReport(files, format, options));
  for (const error of result.usageErrors) io.stderr(`pressroom: ${terminalSafe(error)}\n`);
  if (result.usageErrors.length > 0) return 2;
  const stats = statistics(files);
  if (stats.fatal > 0) return 1;
  if (maxWarnings !== undefined && stats.warn > maxWarnings) {
    io.stderr(`pressroom: ${stats.warn} warning${stats.warn === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

export interface CliIo {
  cwd: string;
  color: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal: `build` then draws its progress in place there. */
  terminal?: boolean;
  /** The terminal's width, to keep each progress line on one row. */
  columns?: number;
}

function parseMaxWarnings(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`Unexpected value \`${String(value)}\` for --max-warnings, expected a whole number ≥ 0`);
  return number;
}

