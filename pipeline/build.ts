/**
 * `build`: check every article, then hand the ones without errors (and not drafts) to each
 * selected renderer. One bad article never stops the others; renderers load only when selected;
 * work whose inputs did not change since the last build is skipped (stages/build-cache.ts).
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { checkArticles, type CheckOptions, type CheckResult } from './check.ts';
import type { OutputFormat } from './content/directives.ts';
import type { BuildContext, Renderer } from './render/renderer.ts';
import {
  codeFingerprint,
  fingerprint,
  hashFiles,
  listFiles,
  loadCache,
  outputsIntact,
  saveCache,
  treeFingerprint,
  type BuildCache,
} from './stages/build-cache.ts';
import './types.ts';

export interface BuildOptions extends CheckOptions {
  outDir: string;
  formats: OutputFormat[];
  /** Render everything, even what the cache says is unchanged. */
  force?: boolean;
}

export interface BuildResult extends CheckResult {
  /** Articles that were rendered (or are up to date). */
  rendered: VFile[];
  /** Articles skipped because they have errors. */
  skipped: VFile[];
  drafts: VFile[];
  /** Extra files from renderers (e-books) with their messages. */
  extra: VFile[];
  /** Formats, or `format:article` pairs, that were up to date and not rendered again. */
  upToDate: string[];
}

const renderers: Record<OutputFormat, () => Promise<Renderer>> = {
  html: async () => (await import('./render/html.ts')).htmlRenderer,
  pdf: async () => (await import('./render/pdf.ts')).pdfRenderer,
  epub: async () => (await import('./render/epub.ts')).epubRenderer,
};

/**
 * Build the given formats.
 *
 * @param options Paths, config, output folder and formats.
 * @returns What was checked, rendered and skipped.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const checked = await checkArticles(options);
  const result: BuildResult = { ...checked, rendered: [], skipped: [], drafts: [], extra: [], upToDate: [] };
  if (!checked.config) return result;
  for (const file of checked.files) {
    if (file.messages.some((message) => message.fatal) || !file.data.article) result.skipped.push(file);
    else if (file.data.article.draft) result.drafts.push(file);
    else result.rendered.push(file);
  }
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const context: BuildContext = {
    config: checked.config,
    outDir: path.resolve(options.cwd, options.outDir),
    cwd: options.cwd,
    partial: !(options.paths.length > 0 ? options.paths : ['content']).some((given) => {
      const relative = path.relative(path.resolve(options.cwd, given), checked.config!.contentDir);
      return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
    }),
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) ? epoch : undefined,
  };
  const cache = options.force ? { version: 1 as const, entries: {} } : await loadCache(context.outDir);
  // Everything but the articles' own text that can change an output.
  const shared = fingerprint([
    await codeFingerprint(),
    checked.config.configPath ? await readFile(checked.config.configPath) : '',
    await treeFingerprint([checked.config.contentDir], ['.md']),
    String(context.sourceDateEpoch ?? ''),
    String(context.partial),
    // Links between articles depend on which articles are published under which slug.
    ...checked.files.map((file) => `${file.path}:${file.data.article?.slug}:${result.rendered.includes(file)}`),
    context.outDir,
  ]);
  for (const format of options.formats) {
    const renderer = await renderers[format]();
    if (renderer.perArticle) await renderEach(renderer, result, context, cache, shared);
    else await renderAll(renderer, result, context, cache, shared);
  }
  await saveCache(context.outDir, cache);
  return result;
}

const articleKey = (shared: string, format: string, file: VFile) => fingerprint([shared, format, file.path, String(file.value)]);
const errorCount = (files: VFile[]) => files.reduce((sum, file) => sum + file.messages.filter((m) => m.fatal).length, 0);

async function renderEach(renderer: Renderer, result: BuildResult, context: BuildContext, cache: BuildCache, shared: string): Promise<void> {
  const { format } = renderer;
  const stale: VFile[] = [];
  for (const file of result.rendered) {
    const entry = cache.entries[`${format}:${file.path}`];
    if (entry && entry.key === articleKey(shared, format, file) && (await outputsIntact(entry))) {
      file.data.outputs = { ...file.data.outputs, ...entry.outputs[file.path] };
      result.upToDate.push(`${format}:${file.path}`);
    } else {
      stale.push(file);
    }
  }
  if (stale.length === 0) return;
  const errorsBefore = new Map(stale.map((file) => [file, errorCount([file])]));
  const extra = (await renderer.render(stale, context)) ?? [];
  result.extra.push(...extra);
  for (const file of stale) {
    // A format may write several outputs per article (`pdf`, and `pdf-large` for the large-print edition).
    const outputs = Object.fromEntries(Object.entries(file.data.outputs ?? {}).filter(([key]) => key === format || key.startsWith(`${format}-`)));
    delete cache.entries[`${format}:${file.path}`];
    if (!outputs[format] || errorCount([file]) > errorsBefore.get(file)!) continue;
    cache.entries[`${format}:${file.path}`] = {
      key: articleKey(shared, format, file),
      files: await hashFiles(Object.values(outputs)),
      outputs: { [file.path]: outputs },
    };
  }
}

async function renderAll(renderer: Renderer, result: BuildResult, context: BuildContext, cache: BuildCache, shared: string): Promise<void> {
  const { format } = renderer;
  const key = fingerprint([shared, format, ...result.rendered.flatMap((file) => [file.path, String(file.value)])]);
  const entry = cache.entries[format];
  if (entry && entry.key === key && (await outputsIntact(entry))) {
    for (const file of result.rendered) file.data.outputs = { ...file.data.outputs, ...entry.outputs[file.path] };
    for (const [source, outputs] of Object.entries(entry.outputs)) {
      if (!result.rendered.some((file) => file.path === source)) result.extra.push(new VFile({ path: source, data: { outputs } }));
    }
    result.upToDate.push(format);
    return;
  }
  delete cache.entries[format];
  const errorsBefore = errorCount(result.rendered);
  const extra = (await renderer.render(result.rendered, context)) ?? [];
  result.extra.push(...extra);
  if (errorCount([...result.rendered, ...extra]) > errorsBefore) return;
  const outputs: Record<string, Record<string, string>> = {};
  for (const file of [...result.rendered, ...extra]) {
    const output = file.data.outputs?.[format];
    if (output) outputs[file.path] = { [format]: output };
  }
  cache.entries[format] = { key, files: await hashFiles(await listFiles(path.join(context.outDir, format))), outputs };
}
