/**
 * The checking half of the pipeline, shared by `lint` and `build`:
 * config → load → parse → validate → lint. Owns no reporting.
 */
import type { VFile } from 'vfile';
import { loadConfig } from './config/load.ts';
import type { ResolvedConfig } from './config/resolve.ts';
import { loadArticles } from './stages/load.ts';
import { parseArticles } from './stages/parse.ts';
import { validateArticles } from './stages/validate.ts';
import { lintArticles } from './stages/lint.ts';

export interface CheckOptions {
  paths: string[];
  cwd: string;
  configPath?: string;
  /** Reference date (YYYY-MM-DD) overriding `lint.today`. */
  date?: string;
}

export interface CheckResult {
  /** Undefined when the config has errors (then no article is checked). */
  config?: ResolvedConfig;
  /** The config file, when one was read; it carries the config's messages. */
  configFile?: VFile;
  files: VFile[];
  usageErrors: string[];
}

/**
 * Check articles.
 *
 * @param options Paths, working directory, config.
 * @returns Config, files with their messages, and usage errors.
 */
export async function checkArticles(options: CheckOptions): Promise<CheckResult> {
  const paths = options.paths.length > 0 ? options.paths : ['content'];
  const { config, file: configFile } = await loadConfig(options.configPath, paths, options.cwd);
  if (!config) return { configFile, files: [], usageErrors: [] };
  if (options.date) config.lint.today = options.date;
  const { files, usageErrors } = await loadArticles(paths, options.cwd);
  await parseArticles(files);
  await validateArticles(files, config);
  await lintArticles(files, config);
  return { config, configFile, files, usageErrors };
}
