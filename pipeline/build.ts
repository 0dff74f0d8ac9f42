/**
 * `build`: check every article (check.ts), then hand the published ones and one build context
 * to each selected renderer. One bad article never stops the others; renderers load only when
 * selected; work whose inputs did not change since the last build is skipped (build/build-cache.ts);
 * after a full build, outputs of articles that are gone, drafts or failing are removed
 * (build/prune-outputs.ts). The result does not depend on the order of the formats.
 */
import path from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { VFile } from 'vfile';
import { checkArticles, type CheckOptions, type CheckResult } from './check.ts';
import { BUILD_ORDER, rendererTable, type OutputFormat } from './formats.ts';
import type { CheckedArticle } from './content/library.ts';
import type { BuildContext, Renderer } from './render/renderer.ts';
import { sharedBrowser, type SharedBrowser } from './render/browser/shared-browser.ts';
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
} from './build/build-cache.ts';
import { pruneOutputs, publishedOutputs } from './build/prune-outputs.ts';
import { lockOutput, type OutputLock } from './build/output-lock.ts';
import { outputError } from './build/output-error.ts';
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
  /** Output files removed because their article is gone, a draft or failing. */
  removed: string[];
  /** Milliseconds per stage: `check` (load to lint), then each format rendered, then `prune`. */
  timings: Record<string, number>;
}

const renderers = rendererTable();

/** The lint cache's file in the output folder. */
const LINT_CACHE = '.pressroom-lint-cache.json';

/**
 * Build the given formats.
 *
 * @param options Paths, config, output folder and formats.
 * @returns What was checked, rendered, skipped and removed.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const outDir = path.resolve(options.cwd, options.outDir);
  // The lock comes first: a build refused for another one's lock writes nothing (not even its lint cache).
  let lock: OutputLock;
  try {
    lock = await lockOutput(outDir);
  } catch (error) {
    throw outputError(error, outDir) ?? error;
  }
  try {
    return await checkAndRender(options, outDir);
  } catch (error) {
    throw outputError(error, outDir) ?? error;
  } finally {
    await lock.release().catch(() => undefined);
  }
}

/** Check every article, then render the selected formats into the (locked) output folder. */
async function checkAndRender(options: BuildOptions, outDir: string): Promise<BuildResult> {
  // Lint results live beside the outputs they led to; --force lints everything again too.
  const lintCache = options.force ? undefined : path.join(outDir, LINT_CACHE);
  let started = performance.now();
  const timings: Record<string, number> = {};
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round(now - started);
    started = now;
  };
  const browser = sharedBrowser();
  try {
    // A cold PDF build starts Chromium now, so its start-up overlaps the checks.
    if (await printsEverything(options, outDir)) browser.get().catch(() => undefined);
    return await checkThenRender(options, outDir, browser, lintCache, lap, timings);
  } finally {
    await browser.close();
  }
}

/**
 * Whether the build will print handouts whatever the cache says: PDFs are asked for, and there
 * are none yet (a fresh output folder) or `--force`. Only then is the browser started early; a
 * rebuild that may print nothing does not pay for a browser.
 */
async function printsEverything(options: BuildOptions, outDir: string): Promise<boolean> {
  if (!options.formats.includes('pdf')) return false;
  if (options.force) return true;
  return stat(path.join(outDir, 'pdf')).then(
    () => false,
    () => true,
  );
}

async function checkThenRender(
  options: BuildOptions,
  outDir: string,
  browser: SharedBrowser,
  lintCache: string | undefined,
  lap: (stage: string) => void,
  timings: Record<string, number>,
): Promise<BuildResult> {
  const checked = await checkArticles({ ...options, withRestOfFolder: true, lintCache });
  lap('check');
  const result: BuildResult = { ...checked, rendered: [], skipped: [], drafts: [], extra: [], upToDate: [], removed: [], timings };
  const { config, source, library } = checked;
  if (!config || !source || !library) return result;
  for (const entry of library.entries) {
    if (entry.status === 'failed') result.skipped.push(entry.file);
    else if (entry.status === 'draft') result.drafts.push(entry.file);
    else result.rendered.push(entry.file);
  }
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const owned = new Set<string>();
  const context: BuildContext = {
    config,
    source,
    library,
    refusedBooks: checked.refusedBooks,
    outDir,
    cwd: options.cwd,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) ? epoch : undefined,
    browser,
    own: (file) => void owned.add(file),
  };
  await renderFormats(options, result, context, owned, lap);
  return result;
}

/** Render the selected formats into a locked output folder, then prune and save the cache. */
async function renderFormats(options: BuildOptions, result: BuildResult, context: BuildContext, owned: Set<string>, lap: (stage: string) => void): Promise<void> {
  const { config, library } = context;
  const roots = { outDir: context.outDir, contentDir: config.contentDir, cwd: options.cwd };
  const stored = await loadCache(roots);
  // --force renders the selected formats again; what is known of the others stays valid.
  const built = (name: string) => options.formats.some((format) => name === format || name.startsWith(`${format}:`));
  const cache = options.force ? { version: 1 as const, entries: Object.fromEntries(Object.entries(stored.entries).filter(([name]) => !built(name))) } : stored;
  // Keys name articles relative to the content folder: the same whatever the working directory.
  const inContent = (file: VFile) => path.relative(config.contentDir, path.resolve(file.cwd, file.path));
  // Everything but the articles' own text that can change an output.
  const shared = fingerprint([
    await codeFingerprint(),
    config.configPath ? await readFile(config.configPath) : '',
    await treeFingerprint([config.contentDir], ['.md']),
    String(context.sourceDateEpoch ?? ''),
    String(library.partial),
    // Links between articles depend on which articles are published under which slug.
    ...library.entries.map((entry) => `${path.relative(config.contentDir, entry.path)}:${entry.slug}:${entry.status}`),
  ]);
  // Before the cache can skip the web edition: the warning must repeat until it is dealt with.
  if (options.formats.includes('html') && !library.partial) {
    const { checkSlugChanges } = await import('./render/html/slug-record.ts');
    await checkSlugChanges(library.published.map(({ file }) => file), config.contentDir, context.outDir);
  }
  // Outputs of formats not built this time that are still up to date (the handouts of an
  // html-only build): the web edition keeps linking them.
  for (const { file } of library.published) {
    for (const [name, entry] of Object.entries(cache.entries).filter(([key]) => key.endsWith(`:${file.path}`))) {
      const format = name.slice(0, -file.path.length - 1) as OutputFormat;
      if (options.formats.includes(format) || entry.key !== articleKey(shared, format, file, inContent(file)) || !(await outputsIntact(entry))) continue;
      file.data.outputs = { ...file.data.outputs, ...entry.outputs[file.path] };
    }
  }
  // The same order whatever order the formats were given in (BUILD_ORDER: a format comes after
  // those whose outputs it links, the web page after the handouts).
  const previous = publishedOutputs(cache, library);
  const formats = BUILD_ORDER.filter((format) => options.formats.includes(format));
  try {
    for (const format of formats) {
      const renderer = await renderers[format]();
      if (renderer.perArticle) await renderEach(renderer, result, context, cache, shared, inContent);
      else await renderAll(renderer, result, context, cache, shared, owned, inContent);
      lap(format);
    }
  } finally {
    await context.browser.close();
  }
  result.removed = await pruneOutputs({ outDir: context.outDir, formats, library, owned, cache, previous });
  await saveCache(roots, cache);
  lap('prune');
}

const articleKey = (shared: string, format: string, file: VFile, name: string) => fingerprint([shared, format, name, String(file.value)]);
const errorCount = (files: VFile[]) => files.reduce((sum, file) => sum + file.messages.filter((m) => m.fatal).length, 0);

async function renderEach(renderer: Renderer, result: BuildResult, context: BuildContext, cache: BuildCache, shared: string, inContent: (file: VFile) => string): Promise<void> {
  const { format } = renderer;
  const stale: CheckedArticle[] = [];
  for (const checked of context.library.published) {
    const { file } = checked;
    const entry = cache.entries[`${format}:${file.path}`];
    if (entry && entry.key === articleKey(shared, format, file, inContent(file)) && (await outputsIntact(entry))) {
      file.data.outputs = { ...file.data.outputs, ...entry.outputs[file.path] };
      for (const output of Object.keys(entry.files)) context.own(output);
      result.upToDate.push(`${format}:${file.path}`);
    } else {
      stale.push(checked);
    }
  }
  if (stale.length === 0) return;
  const errorsBefore = new Map(stale.map(({ file }) => [file, errorCount([file])]));
  const extra = (await renderer.render(stale, context)) ?? [];
  result.extra.push(...extra);
  for (const { file } of stale) {
    // A format may write several outputs per article (`pdf`, and `pdf-large` for the large-print edition).
    const outputs = Object.fromEntries(Object.entries(file.data.outputs ?? {}).filter(([key]) => key === format || key.startsWith(`${format}-`)));
    delete cache.entries[`${format}:${file.path}`];
    if (!outputs[format] || errorCount([file]) > errorsBefore.get(file)!) continue;
    cache.entries[`${format}:${file.path}`] = {
      key: articleKey(shared, format, file, inContent(file)),
      files: await hashFiles(Object.values(outputs)),
      outputs: { [file.path]: outputs },
    };
  }
}

async function renderAll(renderer: Renderer, result: BuildResult, context: BuildContext, cache: BuildCache, shared: string, owned: ReadonlySet<string>, inContent: (file: VFile) => string): Promise<void> {
  const { format } = renderer;
  const published = context.library.published;
  const key = fingerprint([
    shared,
    format,
    ...published.flatMap(({ file }) => [inContent(file), String(file.value)]),
    // Outputs of the formats rendered before (the handouts a web page links to, with their size).
    JSON.stringify(await Promise.all(published.map(({ file }) => hashFiles(Object.values(file.data.outputs ?? {}).sort())))),
  ]);
  const entry = cache.entries[format];
  if (entry && entry.key === key && (await outputsIntact(entry))) {
    for (const { file } of published) file.data.outputs = { ...file.data.outputs, ...entry.outputs[file.path] };
    for (const [source, outputs] of Object.entries(entry.outputs)) {
      if (!published.some(({ file }) => file.path === source)) result.extra.push(new VFile({ path: source, data: { outputs } }));
    }
    for (const output of Object.keys(entry.files)) context.own(output);
    result.upToDate.push(format);
    return;
  }
  delete cache.entries[format];
  const files = published.map(({ file }) => file);
  const errorsBefore = errorCount(files);
  const extra = (await renderer.render(published, context)) ?? [];
  result.extra.push(...extra);
  if (errorCount([...files, ...extra]) > errorsBefore) return;
  const outputs: Record<string, Record<string, string>> = {};
  for (const file of [...files, ...extra]) {
    const output = file.data.outputs?.[format];
    if (output) outputs[file.path] = { [format]: output };
  }
  // Remember only what this renderer claimed, not leftovers in its folder.
  const mine = (await listFiles(path.join(context.outDir, format))).filter((file) => owned.has(file));
  cache.entries[format] = { key, files: await hashFiles(mine), outputs };
}
