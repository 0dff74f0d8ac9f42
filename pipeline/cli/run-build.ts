/**
 * `pressroom build` (and `pressroom merge`, a build from shards' outputs): lint, render, report
 * what was written and what was skipped and why.
 * The messages are reported like `lint`'s, in the format named by `--report`.
 */
import { terminalSafe } from '../diagnostics/terminal-safe.ts';
import path from 'node:path';
import { statistics } from 'vfile-statistics';
import type { VFile } from 'vfile';
import type { BuildResult } from '../build.ts';
import type { OutputFormat } from '../formats.ts';
import { replayBuild, type ReplayedBuild } from '../build/build-stamp.ts';
import { formatReport } from './format-report.ts';
import { outputLines, terminalProgress } from './build-progress.ts';
import type { CliIo } from './run-lint.ts';
import { parseDate } from './parse-date.ts';
import { UsageError, type ParsedArgs } from './parse-args.ts';
import { parseShard, type Shard } from '../build/shard.ts';
import '../types.ts';

/**
 * @param args Parsed arguments.
 * @param io Streams and environment.
 * @returns Exit code: 0 all built, 1 something skipped or failed, 2 usage or config problems.
 */
export async function runBuild(args: ParsedArgs, io: CliIo): Promise<number> {
  const verbose = Boolean(args.values.verbose);
  const quiet = Boolean(args.values.quiet);
  const json = Boolean(args.values.json);
  const formats = String(args.values.format).split(',').map((f) => f.trim()).filter(Boolean) as OutputFormat[];
  const reportFormat = String(args.values.report ?? 'human');
  const reportOptions = { color: io.color, verbose: Boolean(args.values.verbose) };
  // The human report goes to stderr, beside the lines about skipped articles; json and github
  // reports go to stdout, and with json stdout holds nothing else.
  const toReport = reportFormat === 'human' ? io.stderr : io.stdout;
  const toInfo = reportFormat === 'json' ? io.stderr : io.stdout;
  const shown = (output: string) => path.relative(io.cwd, output) || output;
  // A terminal gets the live display (then the lines below); a log gets each line as it is written.
  // File names come from the content folder: escape what a terminal would act on.
  const live = quiet || json ? undefined : io.terminal ? terminalProgress(io.stderr, { columns: io.columns }) : outputLines((text) => toInfo(terminalSafe(text, true)), shown);
  const merge = args.command?.name === 'merge';
  if (merge && args.paths.length === 0) throw new UsageError('`pressroom merge` needs the output folder of every shard, e.g. `pressroom merge shard-1 shard-2 --out output`');
  const options = {
    paths: merge ? [String(args.values.content)] : args.paths,
    shard: typeof args.values.shard === 'string' ? shardFlag(args.values.shard) : undefined,
    mergeFrom: merge ? args.paths : undefined,
    cwd: io.cwd,
    configPath: args.values.config as string | undefined,
    date: parseDate(args.values.date),
    outDir: String(args.values.out),
    formats: [...new Set(formats)],
    force: Boolean(args.values.force),
    progress: live,
  };
  // Nothing changed since the last complete build: repeat its report without loading the pipeline.
  // Shards and merges are always built in full.
  const replayed = options.force || options.shard || options.mergeFrom ? undefined : await replayBuild({ ...options, outDir: path.resolve(io.cwd, options.outDir) });
  const result: BuildResult | ReplayedBuild = replayed ?? (await (await import('../build.ts')).build(options).finally(() => live?.end()));
  if (!replayed && !('config' in result && result.config)) {
    toReport(formatReport(result.configFile ? [result.configFile] : [], reportFormat, reportOptions));
    return 2;
  }
  const outputs = outputsByPath(result);
  const files = reportedFiles(result, outputs);
  // "0 files checked, no problems" would contradict the usage errors that follow.
  if (files.length > 0 || reportFormat !== 'human' || result.usageErrors.length === 0) {
    toReport(formatReport(files, reportFormat, reportOptions, (file) => outputs.get(file.path)?.map(shown)));
  }
  for (const error of result.usageErrors) io.stderr(`pressroom: ${terminalSafe(error)}\n`);
  const written = [...result.rendered, ...result.extra].flatMap((file) => Object.values(file.data.outputs ?? {}).map((output) => ({ file, output })));
  if (json) {
    // Counts, not lists, so the summary stays small at any size; --verbose adds the lists.
    const summary = {
      outputs: written.length,
      upToDate: result.upToDate.length,
      removed: result.removed.length,
      skipped: result.skipped.map((file) => ({ file: file.path, reason: 'errors', errors: file.messages.filter((m) => m.fatal).length })),
      drafts: result.drafts.length,
      timings: result.timings,
      ...(verbose ? { outputFiles: written.map(({ output }) => shown(output)), upToDateList: result.upToDate, removedFiles: result.removed.map(shown) } : {}),
    };
    io.stdout(`${JSON.stringify(summary)}\n`);
  }
  // File names come from the content folder: escape what a terminal would act on.
  const say = (text: string) => void (quiet || json ? undefined : toInfo(terminalSafe(text, true)));
  // Without a terminal these lines were printed as each output was written (a replayed build wrote none).
  for (const file of io.terminal || replayed ? [...result.rendered, ...result.extra] : []) {
    const written = Object.values(file.data.outputs ?? {}).map(shown);
    if (written.length > 0) say(`${file.path} → ${written.join(', ')}
`);
  }
  if (result.upToDate.length > 0) {
    const count = result.upToDate.length;
    // A count, not a list: at a clinic's scale the list runs to thousands of characters (--verbose shows it).
    const list = verbose ? ` (${result.upToDate.join(', ')})` : '';
    say(`${count} ${count === 1 ? 'output was' : 'outputs were'} up to date and not rendered again${list}; --force renders everything
`);
  }
  if (result.removed.length > 0) {
    const count = result.removed.length;
    const list = verbose ? ` (${result.removed.map(shown).join(', ')})` : '';
    say(`removed ${count} output${count === 1 ? '' : 's'} of articles or books no longer published${list}
`);
  }
  for (const file of result.drafts) say(`skipped ${file.path}: draft (remove \`draft: true\` to publish it)
`);
  for (const file of result.skipped) {
    const errors = file.messages.filter((m) => m.fatal).length;
    io.stderr(`skipped ${terminalSafe(file.path)}: ${errors} error${errors === 1 ? '' : 's'} (see above); fix ${errors === 1 ? 'it' : 'them'} to publish this article\n`);
  }
  if (result.usageErrors.length > 0) return 2;
  return result.skipped.length > 0 || statistics(files).fatal > 0 ? 1 : 0;
}

/** `--shard I/N`, or a usage error. */
function shardFlag(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Everything written, by the path of the file it was made from (books by the config's path).
 *
 * @param result The build's result.
 * @returns Absolute output paths by file path.
 */
function outputsByPath(result: BuildResult | ReplayedBuild): Map<string, string[]> {
  const outputs = new Map<string, string[]>();
  for (const file of [...result.files, ...result.extra]) {
    const written = Object.values(file.data.outputs ?? {});
    if (written.length === 0) continue;
    outputs.set(file.path, [...new Set([...(outputs.get(file.path) ?? []), ...written])]);
  }
  return outputs;
}

/**
 * The files to report: every article checked, and the config when it has messages or made
 * books. Renderers put config messages on files of their own (one per book, one for the
 * handouts); they are merged into one entry per path, so the summary counts files, not reports.
 *
 * @param result The build's result.
 * @param outputs Outputs by path.
 * @returns One file per path, articles in the order they were checked.
 */
export function reportedFiles(result: BuildResult | ReplayedBuild, outputs: ReadonlyMap<string, string[]> = new Map()): VFile[] {
  const byPath = new Map<string, VFile>();
  const add = (file: VFile) => {
    const entry = byPath.get(file.path);
    if (!entry) byPath.set(file.path, file);
    else if (entry !== file) entry.messages.push(...file.messages);
  };
  const configFile = ('source' in result ? result.source?.file : undefined) ?? result.configFile;
  if (configFile) add(configFile);
  for (const file of [...result.files, ...result.extra]) add(file);
  return [...byPath.values()].filter((file) => result.files.includes(file) || file.messages.length > 0 || outputs.has(file.path));
}
