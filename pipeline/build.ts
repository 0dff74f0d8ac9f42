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
import { BUILD_ORDER, FORMATS, rendererTable, type FormatSpec, type OutputFormat } from './formats.ts';
import { inScope, scopeOf } from './diagnostics/message-scope.ts';
import type { CheckedArticle } from './content/library.ts';
import type { BuildContext, Renderer } from './render/renderer.ts';
import { sharedBrowser, type SharedBrowser } from './render/browser/shared-browser.ts';
import { launchBrowser } from './render/browser/launch-browser.ts';
import {
  CACHE_MANIFEST,
  codeFingerprint,
  fingerprint,
  hashFiles,
  listFiles,
  loadCache,
  outputsIntact,
  saveCache,
  treeFingerprint,
  partCache,
  type BuildCache,
  type CacheEntry,
} from './build/build-cache.ts';
import { pruneOutputs, publishedOutputs } from './build/prune-outputs.ts';
import { lockOutput, type OutputLock } from './build/output-lock.ts';
import { outputError } from './build/output-error.ts';
import { openWorkFolder } from './build/work-folder.ts';
import { keepStale } from './build/keep-stale.ts';
import { dropStamp, writeStamp } from './build/build-stamp.ts';
import { localDate } from './lint/review-dates.ts';
import { shardOf, type Shard } from './build/shard.ts';
import { updateSlugRecord } from './build/slug-record.ts';
import { SLUG_RECORD } from './lint/slug-changes.ts';
import { copyShards, MergeRefused, readShards, writeShardManifest } from './build/merge-shards.ts';
import './types.ts';

export interface BuildOptions extends CheckOptions {
  outDir: string;
  formats: OutputFormat[];
  /** Render everything, even what the cache says is unchanged. */
  force?: boolean;
  /** Told what the build is doing, as it does it (the CLI's progress display and its lines per output). */
  progress?: BuildProgress;
  /**
   * A browser the caller owns and keeps open across builds (`pressroom dev`); without it the
   * build starts its own on first use and closes it at the end.
   */
  browser?: SharedBrowser;
  /** Render only this share of the articles' own outputs and write a shard manifest (`build --shard I/N`). */
  shard?: Shard;
  /** Merge these shards' output folders (`pressroom merge`) and render the shared parts. */
  mergeFrom?: string[];
}

/** What a build reports while it runs. */
export interface BuildProgress {
  /**
   * A stage starts: `check`, then each format rendered, then `prune`.
   *
   * @param name The stage.
   * @param total How many articles (or books) it renders; 0 when everything is up to date; undefined when not counted.
   */
  stage(name: string, total?: number): void;
  /** A stage is done (formats render side by side, so they end in any order). */
  stageEnd?(name: string): void;
  /**
   * An output was written (not one that was up to date).
   *
   * @param file The article (or book) it was made from.
   * @param output Absolute path of the output.
   * @param stage The format it belongs to (its folder in the output folder).
   */
  written(file: VFile, output: string, stage: string): void;
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
/** The parsed trees' file in the output folder. */
const TREE_CACHE = '.pressroom-trees.bin';

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
  let closeWork: (() => Promise<void>) | undefined;
  try {
    // Under the lock: what a killed build left in the work folder goes first.
    closeWork = await openWorkFolder(outDir);
    return await checkAndRender(options, outDir);
  } catch (error) {
    throw outputError(error, outDir) ?? error;
  } finally {
    await closeWork?.().catch(() => undefined);
    await lock.release().catch(() => undefined);
  }
}

/** Check every article, then render the selected formats into the (locked) output folder. */
async function checkAndRender(options: BuildOptions, outDir: string): Promise<BuildResult> {
  // Lint results live beside the outputs they led to; --force lints everything again too.
  const lintCache = options.force ? undefined : path.join(outDir, LINT_CACHE);
  let started = performance.now();
  const timings: Record<string, number> = {};
  // The time since the last lap goes to `stage` (none: the clock restarts).
  const lap = (stage?: string) => {
    const now = performance.now();
    if (stage) timings[stage] = Math.round(now - started);
    started = now;
  };
  // A browser that does not answer within `pdf.timeout` is killed, and not started again this build.
  let launchTimeout: number | undefined;
  // A browser the caller owns (`pressroom dev`) stays open for its next build.
  const browser = options.browser ?? sharedBrowser(() => launchBrowser({ timeout: launchTimeout }));
  try {
    const early = await printsEverything(options, outDir);
    return await checkThenRender(options, outDir, browser, lintCache, lap, timings, (config) => {
      launchTimeout = config.pdf.timeout;
      // A cold PDF build starts Chromium as soon as the config is known, so its start-up overlaps the checks.
      if (early) browser.get().catch(() => undefined);
    });
  } finally {
    if (!options.browser) await browser.close();
  }
}

/**
 * Whether the build will print handouts whatever the cache says: PDFs are asked for, and there
 * are none yet (a fresh output folder) or `--force`. Only then is the browser started early; a
 * rebuild that may print nothing does not pay for a browser (measured: starting it early saves
 * nothing on a one-article rebuild, its start-up takes the CPU the checks need).
 */
async function printsEverything(options: BuildOptions, outDir: string): Promise<boolean> {
  if (!options.formats.includes('pdf') || options.mergeFrom) return false;
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
  lap: (stage?: string) => void,
  timings: Record<string, number>,
  onConfig: CheckOptions['onConfig'],
): Promise<BuildResult> {
  options.progress?.stage('check');
  // Until this build completes, the next one cannot take the nothing-changed path.
  await dropStamp(outDir);
  // A merge refuses an incomplete or inconsistent set of shards before it checks anything.
  const shards = options.mergeFrom ? await readShards(options.mergeFrom.map((dir) => path.resolve(options.cwd, dir))) : undefined;
  if (shards?.some(({ dir }) => dir === outDir)) throw new MergeRefused(`The merge's output folder ${outDir} is one of the shards' folders; merge into another folder with --out`);
  const checked = await checkArticles({ ...options, withRestOfFolder: true, lintCache, treeCache: options.force ? undefined : path.join(outDir, TREE_CACHE), onConfig });
  lap('check');
  options.progress?.stageEnd?.('check');
  const result: BuildResult = { ...checked, rendered: [], skipped: [], drafts: [], extra: [], upToDate: [], removed: [], timings };
  const { config, source, library } = checked;
  if (!config || !source || !library) return result;
  if ((options.shard || shards) && library.partial) {
    result.usageErrors.push(`${options.shard ? '--shard' : 'merge'} needs the whole content folder (shards and merge must agree on every article); leave out the paths or give the content folder`);
    return result;
  }
  // A shard reports, renders and fails for its own share of the articles only; every shard
  // still checks them all (links between articles need every slug), so lint refuses what it refuses.
  const share = options.shard ? (entry: { slug: string | undefined; path: string }) => shardOf(entry, options.shard!.count) === options.shard!.index : () => true;
  if (options.shard) result.files = result.files.filter((file) => share(library.byPath.get(path.resolve(file.cwd, file.path)) ?? { slug: undefined, path: file.path }));
  for (const entry of library.entries.filter(share)) {
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
    scope: options.shard ? 'articles' : shards ? 'shared' : 'all',
    browser,
    own: (file) => void owned.add(file),
    written: options.progress && ((file, output) => options.progress!.written(file, output, path.relative(outDir, output).split(path.sep)[0]!)),
  };
  const articles = library.published.filter(({ file }) => share(library.byPath.get(path.resolve(file.cwd, file.path))!));
  const sourceKey = options.shard || shards ? await shardSourceKey(context) : '';
  if (shards) {
    // The shards' files are this build's own: the merge keeps them and adds the shared parts.
    const { copied, outputs } = await copyShards(shards, library, config.contentDir, sourceKey, outDir);
    for (const file of copied) context.own(file);
    for (const { file } of articles) file.data.outputs = outputs.get(file.path);
  }
  const expected = await renderFormats(options, result, context, owned, lap, articles);
  if (options.shard) {
    const inContent = (file: VFile) => toPosix(path.relative(config.contentDir, path.resolve(file.cwd, file.path)));
    await writeShardManifest(outDir, {
      shard: options.shard,
      sourceKey,
      articles: Object.fromEntries(
        articles
          .filter(({ file }) => !file.messages.some((m) => m.fatal))
          .map(({ file }) => [inContent(file), Object.fromEntries(Object.entries(file.data.outputs ?? {}).map(([kind, output]) => [kind, toPosix(path.relative(outDir, output))]))]),
      ),
      messages: result.files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line ?? 1}:${m.column ?? 1} ${m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.reason} ${m.ruleId ?? ''}`.trim())),
    });
  }
  // Shards and merges are always built in full: only a whole build leaves the nothing-changed stamp.
  if (context.scope === 'all') await stampBuild(options, result, context, expected);
  return result;
}

const toPosix = (file: string) => file.split(path.sep).join('/');

/** What shards and their merge must share: pressroom, the config, the whole content folder, SOURCE_DATE_EPOCH. */
async function shardSourceKey(context: BuildContext): Promise<string> {
  const { config } = context;
  return fingerprint([
    await codeFingerprint(),
    config.configPath ? await readFile(config.configPath) : '',
    await treeFingerprint([config.contentDir], [SLUG_RECORD]),
    String(context.sourceDateEpoch ?? ''),
  ]);
}

/**
 * After a complete build of the whole content folder (every selected output cached, nothing
 * refused for a usage or internal error, no message with a cause), leave the stamp that lets the next unchanged build
 * skip everything (build/build-stamp.ts).
 *
 * @param expected Cache entries a complete build has, with the files they hold.
 */
async function stampBuild(options: BuildOptions, result: BuildResult, context: BuildContext, expected: { keys: string[]; cache: BuildCache }): Promise<void> {
  const { config, library, outDir } = context;
  // A message with a cause (a stack trace for `--verbose`) is not stored: such a build is repeated in full.
  const internal = [...result.files, ...result.extra, context.source.file].some((file) => file.messages.some((message) => message.ruleId === 'internal-error' || message.cause !== undefined));
  if (library.partial || !config.configPath || result.usageErrors.length > 0 || internal) return;
  if (expected.keys.some((key) => !expected.cache.entries[key])) return;
  const outputs = expected.keys.flatMap((key) => Object.keys(expected.cache.entries[key]!.files));
  const graded = config.lint.rules['review-age'] !== 'off';
  await writeStamp(
    { ...options, outDir },
    {
      contentDir: path.relative(options.cwd, config.contentDir),
      configPath: path.relative(options.cwd, config.configPath),
      configToday: config.lint.today,
      today: config.lint.today ?? localDate(new Date()),
      review: graded
        ? {
            reviewWarnMonths: config.lint.reviewWarnMonths,
            reviewErrorMonths: config.lint.reviewErrorMonths,
            dates: library.entries.flatMap((entry) => (entry.file.data.article ? [entry.file.data.article.reviewed.on] : [])),
          }
        : undefined,
      outputs: [...outputs, path.join(outDir, CACHE_MANIFEST)],
      config: context.source.file,
      files: result.files,
      extra: result.extra,
      rendered: result.rendered,
      drafts: result.drafts,
      skipped: result.skipped,
      upToDate: expected.keys,
    },
  );
}

/**
 * Render the selected formats into a locked output folder, then prune and save the cache.
 *
 * @returns The cache as saved, and the keys of its entries a complete build has.
 */
async function renderFormats(
  options: BuildOptions,
  result: BuildResult,
  context: BuildContext,
  owned: Set<string>,
  lap: (stage?: string) => void,
  articles: CheckedArticle[],
): Promise<{ keys: string[]; cache: BuildCache }> {
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
    // The slug record changes nothing rendered (build/slug-record.ts writes it after rendering).
    await treeFingerprint([config.contentDir], ['.md', SLUG_RECORD]),
    String(context.sourceDateEpoch ?? ''),
    String(library.partial),
    // Links between articles depend on which articles are published under which slug.
    ...library.entries.map((entry) => `${path.relative(config.contentDir, entry.path)}:${entry.slug}:${entry.status}`),
  ]);
  // Outputs of formats not built this time that are still up to date (the handouts of an
  // html-only build): the web edition keeps linking them.
  for (const { file } of library.published) {
    for (const [name, entry] of Object.entries(cache.entries).filter(([key]) => key.endsWith(`:${file.path}`))) {
      const format = name.slice(0, -file.path.length - 1) as OutputFormat;
      if (options.formats.includes(format) || entry.key !== articleKey(shared, format, file, inContent(file)) || !(await outputsIntact(entry))) continue;
      restore(file, entry);
    }
  }
  // The same order whatever order the formats were given in (BUILD_ORDER: a format comes after
  // those whose outputs it links, the web page after the handouts).
  const formats = BUILD_ORDER.filter((format) => options.formats.includes(format));
  // A shard renders its share of the articles' outputs, the merge the shared parts.
  const sharding: readonly string[] = { all: ['articles', 'shared', 'both'], articles: ['articles', 'both'], shared: ['shared', 'both'] }[context.scope];
  const rendered = formats.filter((name) => sharding.includes(FORMATS[name].sharding));
  // A shard keeps only its own share's earlier outputs of the formats it renders (its folder may hold a full build's).
  const inRendered = (file: string) => rendered.some((format) => !path.relative(path.join(context.outDir, format), file).startsWith('..'));
  const previous = new Set([...publishedOutputs(cache, { ...library, published: articles })].filter((file) => context.scope !== 'articles' || inRendered(file)));
  const keys: string[] = [];
  try {
    // Each format starts as soon as the formats it links to are done, so the e-book is made
    // while Chromium prints the handouts. Every format reports into its own share of the result,
    // joined in BUILD_ORDER at the end: the report does not depend on which finished first.
    const shares = new Map(rendered.map((format) => [format, { ...result, extra: [] as VFile[], upToDate: [] as string[] }]));
    const running = new Map<OutputFormat, Promise<void>>();
    const start = (format: OutputFormat): Promise<void> => {
      const known = running.get(format);
      if (known) return known;
      const spec: FormatSpec = FORMATS[format];
      const before = (spec.after ?? []).filter((other): other is OutputFormat => rendered.includes(other as OutputFormat));
      const run = (async () => {
        // A format whose inputs failed still renders (with what is there), as when formats ran in turn.
        await Promise.allSettled(before.map(start));
        const began = performance.now();
        const renderer = await renderers[format]();
        const share = shares.get(format)!;
        await inScope(format, () =>
          renderer.perArticle
            ? renderEach(renderer, share, context, cache, shared, inContent, articles, options.progress)
            : renderAll(renderer, share, context, cache, shared, owned, inContent, articles, options.progress),
        );
        result.timings[format] = Math.round(performance.now() - began);
        options.progress?.stageEnd?.(format);
      })();
      running.set(format, run);
      return run;
    };
    const outcomes = await Promise.allSettled(rendered.map(start));
    for (const format of rendered) {
      const renderer = await renderers[format]();
      keys.push(...(renderer.perArticle ? articles.map(({ file }) => `${format}:${file.path}`) : [format]));
      result.extra.push(...shares.get(format)!.extra);
      result.upToDate.push(...shares.get(format)!.upToDate);
    }
    const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    // Prune is timed from here: the formats have their own times.
    lap();
  } finally {
    // A browser the caller passed in stays open for its next build.
    if (!options.browser) await context.browser.close();
  }
  // The addresses the web edition now has, for lint's slug-changed (shards leave it to a full build).
  if (options.formats.includes('html') && !library.partial && context.scope === 'all') await updateSlugRecord(library, config.contentDir, config.defaults.language);
  options.progress?.stage('prune');
  result.removed = await pruneOutputs({ outDir: context.outDir, formats, library, owned, cache, previous });
  await saveCache(roots, cache);
  lap('prune');
  return { keys, cache };
}

/** An up-to-date article's outputs, and their page counts when the cache has them, back on its file. */
function restore(file: VFile, entry: CacheEntry): void {
  file.data.outputs = { ...file.data.outputs, ...entry.outputs[file.path] };
  const pages = (entry.data as { pages?: unknown } | undefined)?.pages;
  if (pages && typeof pages === 'object') {
    const counts = Object.entries(pages).filter((pair): pair is [string, number] => Number.isInteger(pair[1]));
    file.data.pages = { ...file.data.pages, ...Object.fromEntries(counts) };
  }
}

const articleKey = (shared: string, format: string, file: VFile, name: string) => fingerprint([shared, format, name, String(file.value)]);
/** Errors a format reported (formats render side by side: another's errors on the same article do not count). */
const errorCount = (files: VFile[], format: OutputFormat) => files.reduce((sum, file) => sum + file.messages.filter((m) => m.fatal && scopeOf(m) === format).length, 0);

async function renderEach(
  renderer: Renderer,
  result: BuildResult,
  context: BuildContext,
  cache: BuildCache,
  shared: string,
  inContent: (file: VFile) => string,
  articles: CheckedArticle[],
  progress?: BuildProgress,
): Promise<void> {
  const { format } = renderer;
  const stale: CheckedArticle[] = [];
  for (const checked of articles) {
    const { file } = checked;
    const entry = cache.entries[`${format}:${file.path}`];
    if (entry && entry.key === articleKey(shared, format, file, inContent(file)) && (await outputsIntact(entry))) {
      restore(file, entry);
      for (const output of Object.keys(entry.files)) context.own(output);
      result.upToDate.push(`${format}:${file.path}`);
    } else {
      stale.push(checked);
    }
  }
  progress?.stage(format, stale.length);
  if (stale.length === 0) return;
  const errorsBefore = new Map(stale.map(({ file }) => [file, errorCount([file], format)]));
  const extra = (await renderer.render(stale, context)) ?? [];
  result.extra.push(...extra);
  for (const { file } of stale) {
    // A format may write several outputs per article (`pdf`, and `pdf-large` for the large-print edition).
    const outputs = Object.fromEntries(Object.entries(file.data.outputs ?? {}).filter(([key]) => key === format || key.startsWith(`${format}-`)));
    const before = cache.entries[`${format}:${file.path}`];
    delete cache.entries[`${format}:${file.path}`];
    if (!outputs[format] || errorCount([file], format) > errorsBefore.get(file)!) {
      // A failed render keeps the last good output (reported stale) and the record of it, so the
      // next build neither prunes it nor takes it for up to date (its key no longer matches).
      if (before && (await keepStale(file, format, before.outputs[file.path], context))) cache.entries[`${format}:${file.path}`] = before;
      continue;
    }
    // Page counts travel with the handouts: the web page's links show them without opening the PDFs.
    const pages = Object.fromEntries(Object.entries(file.data.pages ?? {}).filter(([key]) => key in outputs));
    cache.entries[`${format}:${file.path}`] = {
      key: articleKey(shared, format, file, inContent(file)),
      files: await hashFiles(Object.values(outputs)),
      outputs: { [file.path]: outputs },
      ...(Object.keys(pages).length > 0 ? { data: { pages } } : {}),
    };
  }
}

/** The outputs of an article that a format links to (FORMATS[format].after), sorted. */
function linkedOutputs(format: OutputFormat, file: VFile): string[] {
  const after: readonly string[] = (FORMATS[format] as FormatSpec).after ?? [];
  return Object.entries(file.data.outputs ?? {})
    .filter(([kind]) => after.some((other) => kind === other || kind.startsWith(`${other}-`)))
    .map(([, output]) => output)
    .sort();
}

async function renderAll(
  renderer: Renderer,
  result: BuildResult,
  context: BuildContext,
  cache: BuildCache,
  shared: string,
  owned: ReadonlySet<string>,
  inContent: (file: VFile) => string,
  published: CheckedArticle[],
  progress?: BuildProgress,
): Promise<void> {
  const { format } = renderer;
  const key = fingerprint([
    shared,
    format,
    context.scope,
    ...published.flatMap(({ file }) => [inContent(file), String(file.value)]),
    // Outputs of the formats it links to (the handouts a web page links to, with their size);
    // only those: a format rendered side by side may or may not have recorded its outputs yet.
    JSON.stringify(await Promise.all(published.map(({ file }) => hashFiles(linkedOutputs(format, file))))),
  ]);
  const entry = cache.entries[format];
  if (entry && entry.key === key && (await outputsIntact(entry))) {
    for (const { file } of published) file.data.outputs = { ...file.data.outputs, ...entry.outputs[file.path] };
    for (const [source, outputs] of Object.entries(entry.outputs)) {
      if (!published.some(({ file }) => file.path === source)) result.extra.push(new VFile({ path: source, data: { outputs } }));
    }
    for (const output of Object.keys(entry.files)) context.own(output);
    result.upToDate.push(format);
    progress?.stage(format, 0);
    return;
  }
  // Rendered as a whole: how many outputs it makes is known only as they are written.
  progress?.stage(format);
  delete cache.entries[format];
  const files = published.map(({ file }) => file);
  const errorsBefore = errorCount(files, format);
  // Each article's share (its page, its chapter) is reused while its own inputs are the same;
  // a shard or a merge makes everything it makes anew.
  const parts = context.scope === 'all' ? partCache(cache, format, shared, inContent) : undefined;
  const extra = (await renderer.render(published, { ...context, parts })) ?? [];
  // Parts of articles that are gone, drafts or failing are not kept (a partial build does not know).
  if (!context.library.partial) parts?.forget();
  // A page found up to date inside the web edition counts as one (`html:<article>`), like a handout.
  result.upToDate.push(...(parts?.reused ?? []));
  result.extra.push(...extra);
  if (errorCount([...files, ...extra], format) > errorsBefore) {
    // Pages or books that failed keep their last good output, reported stale (as in renderEach).
    let kept = false;
    const reported = new Set<string>();
    // Books first: a book kept stale is reported on the book, not again on each chapter.
    for (const file of [...extra, ...files]) {
      if (entry && !file.data.outputs?.[format] && (await keepStale(file, format, entry.outputs[file.path], context, reported))) kept = true;
    }
    if (kept) cache.entries[format] = entry!;
    return;
  }
  const outputs: Record<string, Record<string, string>> = {};
  for (const file of [...files, ...extra]) {
    const output = file.data.outputs?.[format];
    if (output) outputs[file.path] = { [format]: output };
  }
  // Remember only what this renderer claimed, not leftovers in its folder.
  const mine = (await listFiles(path.join(context.outDir, format))).filter((file) => owned.has(file));
  cache.entries[format] = { key, files: await hashFiles(mine), outputs };
}
