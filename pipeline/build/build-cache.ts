/**
 * Incremental builds: a renderer's work is skipped when its inputs (article text, config,
 * content assets, pressroom's own code and templates, SOURCE_DATE_EPOCH) have the same
 * fingerprint as last time and its outputs are still on disk, byte for byte.
 * The manifest lives in <outDir>/.pressroom-cache.json; deleting it forces a full build. On disk,
 * outputs are relative to the output folder and articles to the content folder, so an output
 * folder moved or restored from a CI cache into another path stays up to date.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { writeIfChanged } from './write.ts';

export interface CacheEntry {
  key: string;
  /** Output files (absolute) and their SHA-256, checked before the cache is trusted. */
  files: Record<string, string>;
  /** `file.data.outputs` values to restore, by source path. */
  outputs: Record<string, Record<string, string>>;
  /**
   * What the renderer kept to reuse the work without doing it again (a web page's search
   * document, an e-book chapter's XHTML), as JSON; paths in it are the renderer's business.
   */
  data?: unknown;
}

export interface BuildCache {
  version: 1;
  entries: Record<string, CacheEntry>;
}

/** The manifest's file name in the output folder. */
export const CACHE_MANIFEST = '.pressroom-cache.json';
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the build's paths are relative to: in memory, outputs are absolute and articles are `file.path` (relative to `cwd`). */
export interface CacheRoots {
  outDir: string;
  contentDir: string;
  cwd: string;
}

/**
 * Read the manifest; a missing or unreadable one is an empty cache.
 *
 * @param roots Output folder, content folder and working directory.
 * @returns The cache, with the paths of this run.
 */
export async function loadCache(roots: CacheRoots): Promise<BuildCache> {
  try {
    const data = JSON.parse(await readFile(path.join(roots.outDir, CACHE_MANIFEST), 'utf8')) as BuildCache;
    if (data.version === 1 && data.entries) return mapPaths(data, (output) => path.resolve(roots.outDir, output), (source) => path.relative(roots.cwd, path.resolve(roots.contentDir, source)));
  } catch {
    // No cache yet.
  }
  return { version: 1, entries: {} };
}

/**
 * @param roots Output folder, content folder and working directory.
 * @param cache The cache to store.
 */
export async function saveCache(roots: CacheRoots, cache: BuildCache): Promise<void> {
  const portable = mapPaths(cache, (output) => toPosix(path.relative(roots.outDir, output)), (source) => toPosix(path.relative(roots.contentDir, path.resolve(roots.cwd, source))));
  await writeIfChanged(path.join(roots.outDir, CACHE_MANIFEST), JSON.stringify(portable, null, 1) + '\n');
}

const toPosix = (file: string) => file.split(path.sep).join('/');

/** The cache with every output path and article path mapped (entry keys are `format` or `format:article`). */
function mapPaths(cache: BuildCache, output: (file: string) => string, source: (file: string) => string): BuildCache {
  const entries: Record<string, CacheEntry> = {};
  for (const [key, entry] of Object.entries(cache.entries)) {
    const colon = key.indexOf(':');
    const mapped = colon < 0 ? key : `${key.slice(0, colon)}:${source(key.slice(colon + 1))}`;
    entries[mapped] = {
      ...(entry.data === undefined ? {} : { data: entry.data }),
      key: entry.key,
      files: Object.fromEntries(Object.entries(entry.files).map(([file, hash]) => [output(file), hash])),
      outputs: Object.fromEntries(
        Object.entries(entry.outputs).map(([from, byFormat]) => [source(from), Object.fromEntries(Object.entries(byFormat).map(([format, file]) => [format, output(file)]))]),
      ),
    };
  }
  return { version: 1, entries };
}

/**
 * SHA-256 over several parts, each length-prefixed so boundaries cannot shift.
 *
 * @param parts Strings or bytes.
 * @returns Hex digest.
 */
export function fingerprint(parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * Fingerprint of every file under the given folders (sorted by path), skipping `skip` names.
 *
 * @param dirs Absolute folders.
 * @param skip File extensions to leave out (e.g. `.md`: articles are hashed one by one).
 * @returns Hex digest.
 */
export async function treeFingerprint(dirs: string[], skip: string[] = []): Promise<string> {
  const parts: Array<string | Uint8Array> = [];
  for (const dir of dirs) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((entry) => entry.isFile() && !skip.some((ext) => entry.name.toLowerCase().endsWith(ext)))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => !file.split(path.sep).includes('node_modules'))
      .sort();
    // Paths relative to the folder: a moved or restored folder has the same fingerprint.
    for (const file of files) parts.push(path.relative(dir, file), await readFile(file));
  }
  return fingerprint(parts);
}

let code: Promise<string> | undefined;

/**
 * Fingerprint of pressroom itself: its code, templates and locked dependencies. Read once per
 * process (the build, the lint cache and the stamp all ask): pressroom's own files do not change under a running build.
 */
export function codeFingerprint(): Promise<string> {
  code ??= (async () => {
    const lock = await readFile(path.join(projectRoot, 'package-lock.json')).catch(() => Buffer.alloc(0));
    return fingerprint([lock, await treeFingerprint([path.join(projectRoot, 'pipeline'), path.join(projectRoot, 'templates')])]);
  })();
  return code;
}

/**
 * Hash output files.
 *
 * @param files Absolute paths.
 * @returns SHA-256 by path (files that cannot be read are left out).
 */
export async function hashFiles(files: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const file of files) {
    const hash = await fileHash(file);
    if (hash) result[file] = hash;
  }
  return result;
}

/**
 * Hashes of the files read by this process, with the identity each had then (inode, size, times):
 * a build asks for the same handout's hash several times (is the handout up to date, is the page
 * that links it, is its copy in the web edition), and a file that is written again gets another
 * identity (writeIfChanged renames a new file into place), so it is read again.
 */
const hashed = new Map<string, { identity: string; hash: string }>();

/**
 * The SHA-256 of a file, read once while the file stays the same.
 *
 * @param file Absolute path.
 * @returns Hex digest, or undefined when it cannot be read.
 */
export async function fileHash(file: string): Promise<string | undefined> {
  const info = await stat(file, { bigint: true }).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const identity = `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  const known = hashed.get(file);
  if (known?.identity === identity) return known.hash;
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return undefined;
  const hash = createHash('sha256').update(bytes).digest('hex');
  // Read after the identity was taken: if the file changed in between, the next call sees another identity and reads it again.
  hashed.set(file, { identity, hash });
  return hash;
}

/**
 * Every file under a folder, for renderers whose outputs are a whole folder.
 *
 * @param dir Absolute folder.
 * @returns Absolute paths.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Whether the recorded outputs are still on disk unchanged.
 *
 * @param entry Cache entry.
 * @returns True when every file matches.
 */
export async function outputsIntact(entry: CacheEntry): Promise<boolean> {
  const current = await hashFiles(Object.keys(entry.files));
  return Object.entries(entry.files).every(([file, hash]) => current[file] === hash);
}

/**
 * One article's share of a format rendered as a whole (its web page, its chapter of an e-book),
 * kept between builds so that an edit of one article redoes that article's share only. A part
 * is reused only when it was made from the same inputs (the build-wide ones, the article's
 * text, and what the renderer names) and the files it wrote are still on disk byte for byte.
 */
export interface PartCache {
  /**
   * What was kept for the article's part, if it is still good.
   *
   * @param file The article.
   * @param inputs What else the part depends on (other articles' titles it lists, its handouts…).
   * @param accept Reads the kept data back: undefined when it is not of the expected shape or no
   *   longer holds (a linked article now answers otherwise).
   * @param variant Which of the article's parts, when it has several (its chapter in each book).
   * @returns What `accept` made of the kept data, or undefined: make the part again.
   */
  reuse<T>(file: VFile, inputs: readonly string[], accept: (data: unknown) => T | undefined, variant?: string): Promise<T | undefined>;
  /**
   * Keep a part for the next build.
   *
   * @param file The article.
   * @param inputs As for `reuse`.
   * @param data JSON to hand back on reuse.
   * @param files Files the part wrote or needs (absolute), hashed now and checked before reuse.
   * @param outputs `file.data.outputs` of the part, if it has its own output.
   * @param variant As for `reuse`.
   */
  keep(file: VFile, inputs: readonly string[], data: unknown, files: readonly string[], outputs?: Record<string, string>, variant?: string): Promise<void>;
}

/**
 * The parts of one format, stored in the cache as `<format>:<article>` entries.
 *
 * @param cache The build's cache.
 * @param format The format (entry names start with it).
 * @param shared Fingerprint of everything build-wide (code, config, content assets, slugs).
 * @param inContent An article's path in the content folder (for the key: the same wherever the build runs).
 * @returns The parts; `reused`, the names of those with outputs of their own that were found up to
 *   (`html:<article>`, not rendered again); and `forget`, to drop those of articles no part was asked for this build.
 */
export function partCache(cache: BuildCache, format: string, shared: string, inContent: (file: VFile) => string): PartCache & { forget(): void; reused: string[] } {
  const seen = new Set<string>();
  const reused: string[] = [];
  const key = (file: VFile, inputs: readonly string[]) => fingerprint([shared, format, 'part', inContent(file), String(file.value), ...inputs]);
  // `<format>:<article>`, or `<format>:<article>#<variant>` (the `#` part stays as it is when paths are made relative).
  const name = (file: VFile, variant?: string) => `${format}:${file.path}${variant ? `#${variant}` : ''}`;
  return {
    async reuse(file, inputs, accept, variant) {
      seen.add(name(file, variant));
      const entry = cache.entries[name(file, variant)];
      if (!entry || entry.key !== key(file, inputs) || !(await outputsIntact(entry))) return undefined;
      const accepted = accept(entry.data);
      if (accepted !== undefined && Object.keys(entry.outputs).length > 0) reused.push(name(file, variant));
      return accepted;
    },
    async keep(file, inputs, data, files, outputs, variant) {
      seen.add(name(file, variant));
      cache.entries[name(file, variant)] = { key: key(file, inputs), files: await hashFiles([...files]), outputs: outputs ? { [file.path]: outputs } : {}, data };
    },
    reused,
    forget() {
      for (const entry of Object.keys(cache.entries)) if (entry.startsWith(`${format}:`) && !seen.has(entry)) delete cache.entries[entry];
    },
  };
}
