/**
 * `pressroom build`: lint, render, report what was written and what was skipped and why.
 */
import path from 'node:path';
import { statistics } from 'vfile-statistics';
import { build } from '../build.ts';
import type { OutputFormat } from '../formats.ts';
import { formatHuman } from '../diagnostics/format-human.ts';
import { parseDate, type CliIo } from './run-lint.ts';
import type { ParsedArgs } from './parse-args.ts';
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
  const result = await build({
    paths: args.paths,
    cwd: io.cwd,
    configPath: args.values.config as string | undefined,
    date: parseDate(args.values.date),
    outDir: String(args.values.out),
    formats: [...new Set(formats)],
    force: Boolean(args.values.force),
  });
  if (!result.config) {
    io.stderr(formatHuman(result.configFile ? [result.configFile] : [], io.color));
    return 2;
  }
  const configFile = result.source?.file ?? result.configFile;
  const files = [...(configFile && configFile.messages.length > 0 ? [configFile] : []), ...result.files, ...result.extra];
  const withMessages = files.filter((file) => file.messages.length > 0);
  if (withMessages.length > 0) io.stderr(formatHuman(withMessages, io.color));
  for (const error of result.usageErrors) io.stderr(`pressroom: ${error}\n`);
  const relative = (file: string) => path.relative(io.cwd, file) || file;
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
      ...(verbose ? { outputFiles: written.map(({ output }) => relative(output)), upToDateList: result.upToDate, removedFiles: result.removed.map(relative) } : {}),
    };
    io.stdout(`${JSON.stringify(summary)}\n`);
  }
  const say = (text: string) => void (quiet || json ? undefined : io.stdout(text));
  for (const file of [...result.rendered, ...result.extra]) {
    const outputs = Object.values(file.data.outputs ?? {}).map(relative);
    if (outputs.length > 0) say(`${file.path} → ${outputs.join(', ')}\n`);
  }
  if (result.upToDate.length > 0) {
    const count = result.upToDate.length;
    // A count, not a list: at a clinic's scale the list runs to thousands of characters (--verbose shows it).
    const list = verbose ? ` (${result.upToDate.join(', ')})` : '';
    say(`${count} ${count === 1 ? 'output was' : 'outputs were'} up to date and not rendered again${list}; --force renders everything\n`);
  }
  if (result.removed.length > 0) {
    const count = result.removed.length;
    const list = verbose ? ` (${result.removed.map(relative).join(', ')})` : '';
    say(`removed ${count} output${count === 1 ? '' : 's'} of articles or books no longer published${list}\n`);
  }
  for (const file of result.drafts) say(`skipped ${file.path}: draft (remove \`draft: true\` to publish it)\n`);
  for (const file of result.skipped) {
    const errors = file.messages.filter((m) => m.fatal).length;
    io.stderr(`skipped ${file.path}: ${errors} error${errors === 1 ? '' : 's'} (see above); fix ${errors === 1 ? 'it' : 'them'} to publish this article\n`);
  }
  if (result.usageErrors.length > 0) return 2;
  return result.skipped.length > 0 || statistics(files).fatal > 0 ? 1 : 0;
}
