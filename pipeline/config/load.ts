/**
 * Find, read and validate `pressroom.yaml`. Problems are messages on the config's VFile,
 * placed on the YAML node they are about; the caller decides how to report them.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { isInside } from '../content/local-path.ts';
import path from 'node:path';
import { VFile } from 'vfile';
import { configSchema } from './schema.ts';
import { resolveConfig, type ResolvedConfig } from './resolve.ts';
import { parseYaml } from '../yaml/parse-yaml.ts';
import { confinePaths } from './confine-paths.ts';
import { toData } from '../yaml/to-data.ts';
import { reportSchemaIssues, reportUnknownKey } from '../yaml/report-schema-issues.ts';
import { report } from '../diagnostics/report-message.ts';
import { yamlPlace } from '../yaml/yaml-place.ts';
import { CONFIG_NAME, DICTIONARY_NAME, type ConfigSource } from './config-source.ts';
import { catalogue, isMessageId, ruleIds } from '../diagnostics/catalogue.ts';


export interface LoadedConfig {
  /** Undefined when the config has errors. */
  config?: ResolvedConfig;
  /** The config file with its messages (absent when built-in defaults are used). */
  file?: VFile;
  /** Where build-wide problems go, with the positions of the config's values; set with `config`. */
  source?: ConfigSource;
}

/**
 * Load the config named by `--config`, else the nearest `pressroom.yaml` at or above
 * the first path, else built-in defaults.
 *
 * @param explicit Path given with `--config`.
 * @param paths Paths being processed.
 * @param cwd Working directory.
 * @returns The config and the file that carries its diagnostics.
 */
export async function loadConfig(explicit: string | undefined, paths: string[], cwd: string): Promise<LoadedConfig> {
  const configPath = explicit ? path.resolve(cwd, explicit) : findConfig(paths.map((p) => path.resolve(cwd, p)));
  if (!configPath) {
    const contentDir = defaultContentDir(paths.map((p) => path.resolve(cwd, p)), cwd);
    const virtual = path.join(contentDir, CONFIG_NAME);
    const source = { file: new VFile({ path: path.relative(cwd, virtual) || virtual, cwd }), place: () => undefined };
    const dictionary = await readDictionary(contentDir, source.file);
    return { config: resolveConfig(configSchema.parse({}), contentDir, undefined, dictionary), source };
  }
  const file = new VFile({ path: path.relative(cwd, configPath) || configPath, cwd });
  let text: string;
  try {
    text = await readFile(configPath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    report(file, 'error', `Config file ${reason}; check the path given to --config`, 'config-schema');
    return { file };
  }
  file.value = text;
  const yaml = parseYaml(text, file, 0, 'config-syntax');
  if (!yaml) return { file };
  const data = toData(yaml, file, 'config-syntax');
  if (data === undefined) return { file };
  // An empty config means "all defaults".
  const raw = data ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    report(file, 'error', 'Unexpected config content, expected a mapping of keys such as `clinic:` and `types:`', 'config-schema', { line: 1, column: 1 });
    return { file };
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    reportSchemaIssues(parsed.error.issues, configSchema, yaml, file, 'config-schema', 'the config');
    return { file };
  }
  // `lint.rules` is a record in the schema; an id no rule has would silently change nothing.
  const unknown = Object.keys(parsed.data.lint.rules).filter((id) => !(ruleIds as readonly string[]).includes(id));
  for (const id of unknown) {
    const kind = isMessageId(id) ? catalogue[id].kind : undefined;
    const fixed =
      kind === 'article' || kind === 'config'
        ? `\`${id}\` reports files that cannot be checked and is always an error; remove it`
        : kind === 'render'
          ? `\`${id}\` is reported by the build, not by a lint rule, so its severity is fixed; remove it`
          : undefined;
    reportUnknownKey(['lint', 'rules', id], ruleIds, yaml, file, 'config-schema', 'the config', fixed);
  }
  if (unknown.length > 0) return { file };
  const contentDir = path.dirname(configPath);
  if (!(await confinePaths(parsed.data, contentDir, yaml, file))) return { file };
  const dictionary = await readDictionary(contentDir, file);
  return { config: resolveConfig(parsed.data, contentDir, configPath, dictionary), file, source: { file, place: (at) => yamlPlace(yaml, at) } };
}

function findConfig(paths: string[]): string | undefined {
  for (const start of paths.length > 0 ? paths : [process.cwd()]) {
    let dir = existsSync(start) && statSync(start).isDirectory() ? start : path.dirname(start);
    for (;;) {
      const candidate = path.join(dir, CONFIG_NAME);
      if (existsSync(candidate)) return candidate;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

function defaultContentDir(paths: string[], cwd: string): string {
  const first = paths[0];
  if (!first) return cwd;
  return existsSync(first) && statSync(first).isDirectory() ? first : path.dirname(first);
}

/**
 * The clinic's word list. A missing file is an empty list; one that exists but cannot be read
 * is said on the config, since every spelling result depends on it.
 */
async function readDictionary(contentDir: string, configFile: VFile): Promise<string[]> {
  const dictionaryPath = path.join(contentDir, DICTIONARY_NAME);
  const [root, real] = await Promise.all([realpath(contentDir).catch(() => contentDir), realpath(dictionaryPath).catch(() => undefined)]);
  if (real && !isInside(root, real)) {
    report(configFile, 'error', `Unexpected clinic word list \`${DICTIONARY_NAME}\`: a symbolic link out of the content folder, expected a file inside it; it is not read. Copy the file into the content folder`, 'config-path');
    return [];
  }
  let text: string;
  try {
    text = await readFile(dictionaryPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      report(configFile, 'warning', `Cannot read the clinic's word list \`${DICTIONARY_NAME}\` (${code ?? (error as Error).message}); spelling is checked without it. Fix its permissions, or remove it`, 'config-schema');
    }
    return [];
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}
