/**
 * The checking half of the pipeline, shared by `lint` and `build`:
 * config → load → parse → validate → lint → the library's cross-article checks (links to
 * unpublished articles, books). Owns no reporting. `build` refuses exactly what this refuses.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { loadConfig } from './config/load.ts';
import type { ConfigSource } from './config/config-source.ts';
import type { ResolvedConfig } from './config/resolve.ts';
import { buildLibrary, isPartialRun, type Library } from './content/library.ts';
import { checkBooks } from './lint/check-books.ts';
import { reportSlugChanges, SLUG_RECORD } from './lint/slug-changes.ts';
import { loadArticles } from './stages/load.ts';
import { parseArticles } from './stages/parse.ts';
import { validateArticles } from './stages/validate.ts';
import { lintArticles } from './stages/lint.ts';
import { LintCache, hashParts } from './stages/lint-cache.ts';
import { TreeCache } from './stages/tree-cache.ts';
import { codeFingerprint, treeFingerprint } from './build/build-cache.ts';

export interface CheckOptions {
  paths: string[];
  cwd: string;
  configPath?: string;
  /** Reference date (YYYY-MM-DD) overriding `lint.today`. */
  date?: string;
  /**
   * In a partial run, also read (and validate, not lint) the rest of the content folder, so that
   * links to those articles resolve to their slugs. `build` wants this; `lint` does not need it.
   */
  withRestOfFolder?: boolean;
  /** File for the per-article lint cache (stages/lint-cache.ts); without it every article is linted. */
  lintCache?: string;
  /** File for the parsed trees (stages/tree-cache.ts); without it every article is parsed. */
  treeCache?: string;
  /** Called once the config is known, before any article is read (build starts Chromium then). */
  onConfig?: (config: ResolvedConfig) => void;
}

export interface CheckResult {
  /** Undefined when the config has errors (then no article is checked). */
  config?: ResolvedConfig;
  /** The file that carries the config's messages, when it has any or a config file was read. */
  configFile?: VFile;
  /** The config as a place for messages; set with `config`. */
  source?: ConfigSource;
  files: VFile[];
  /** The checked articles indexed, with their status; set with `config`. */
  library?: Library;
  /** Indexes in `books` of the books that cannot be built (their problems are on the config). */
  refusedBooks: ReadonlySet<number>;
  usageErrors: string[];
}

/** The default path when none is given. */
export const DEFAULT_PATHS: readonly string[] = ['content'];

/**
 * Check articles.
 *
 * @param options Paths, working directory, config.
 * @returns Config, files with their messages, the library and usage errors.
 */
export async function checkArticles(options: CheckOptions): Promise<CheckResult> {
  const paths = options.paths.length > 0 ? options.paths : [...DEFAULT_PATHS];
  const { config, file, source } = await loadConfig(options.configPath, paths, options.cwd);
  if (!config || !source) return { configFile: file, files: [], refusedBooks: new Set(), usageErrors: [] };
  if (options.date) config.lint.today = options.date;
  options.onConfig?.(config);
  const { files, usageErrors } = await loadArticles(paths, options.cwd, config.contentDir);
  const trees = options.treeCache ? await TreeCache.open(options.treeCache, config.contentDir, await codeFingerprint()) : undefined;
  await parseArticles(files, trees);
  await trees?.save();
  await validateArticles(files, config);
  const cache = options.lintCache ? await LintCache.open(options.lintCache, config.contentDir, await sharedLintKey(config)) : undefined;
  await lintArticles(files, config, undefined, cache);
  await cache?.save();
  const partial = isPartialRun(
    paths.map((given) => path.resolve(options.cwd, given)),
    config.contentDir,
  );
  const library = buildLibrary(files, partial, partial && options.withRestOfFolder ? await restOfFolder(config, options.cwd, files) : []);
  // Addresses published before that no article keeps: the record is committed with the content, so lint sees it too.
  reportSlugChanges(library, config.contentDir, config.defaults.language);
  const refusedBooks = await checkBooks(config, source, library);
  const configFile = file ?? (source.file.messages.length > 0 ? source.file : undefined);
  return { config, configFile, source, files, library, refusedBooks, usageErrors };
}

/** The content folder's other articles, validated for their slugs and status; their messages are not reported. */
async function restOfFolder(config: ResolvedConfig, cwd: string, files: readonly VFile[]): Promise<VFile[]> {
  const inRun = new Set(files.map((file) => path.resolve(file.cwd, file.path)));
  const { files: all } = await loadArticles([config.contentDir], cwd);
  const rest = all.filter((file) => !inRun.has(path.resolve(file.cwd, file.path)));
  await parseArticles(rest);
  await validateArticles(rest, config);
  return rest;
}

/**
 * What every article's lint results depend on besides itself: pressroom's code, the config (with
 * the dictionary, paths made relative, the date left out: date-dependent rules are never cached)
 * and the content folder's other files (images that rules inspect).
 */
async function sharedLintKey(config: ResolvedConfig): Promise<string> {
  const settings = JSON.stringify(config, (key, value: unknown) => {
    if (key === 'today') return undefined;
    if (typeof value === 'string' && path.isAbsolute(value)) return path.relative(config.contentDir, value);
    return value;
  });
  return hashParts([await codeFingerprint(), settings, await treeFingerprint([config.contentDir], ['.md', SLUG_RECORD])]);
}
