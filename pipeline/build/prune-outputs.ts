/**
 * Outputs follow the content. After a build of the whole content folder, every file under a
 * rendered format's folder that the build neither wrote nor kept is removed: pages, handouts and
 * assets of articles that were deleted, became drafts or now fail, and books that can no longer
 * be built. A published article whose render failed this time keeps its previous output (the
 * build reports the failure). A build of a few articles removes only the outputs of those among
 * them that are no longer published.
 */
import { readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { Library } from '../content/library.ts';
import type { BuildCache } from './build-cache.ts';

export interface PruneOptions {
  outDir: string;
  /** Formats rendered in this build; other formats' folders are left alone. */
  formats: readonly string[];
  library: Library;
  /** Absolute paths of the files this build wrote or found up to date. */
  owned: ReadonlySet<string>;
  /** The cache as the build leaves it; entries of outputs removed here are dropped. */
  cache: BuildCache;
  /** Outputs of published articles recorded before this build (kept when their render failed). */
  previous: ReadonlySet<string>;
}

/**
 * Remove outputs that no longer belong to any published article or book.
 *
 * @param options What was built and what is owned.
 * @returns The removed files (absolute), sorted.
 */
export async function pruneOutputs(options: PruneOptions): Promise<string[]> {
  const { outDir, library, owned, cache } = options;
  const removed: string[] = [];
  if (library.partial) {
    const gone = new Set(library.entries.filter((entry) => entry.status !== 'published').map((entry) => entry.file.path));
    for (const entry of Object.values(cache.entries)) {
      for (const [source, outputs] of Object.entries(entry.outputs)) {
        if (!gone.has(source)) continue;
        for (const [format, output] of Object.entries(outputs)) {
          if (!options.formats.includes(format) || owned.has(output)) continue;
          await rm(output, { force: true });
          removed.push(output);
        }
      }
    }
  } else {
    for (const format of options.formats) {
      const dir = path.join(outDir, format);
      const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (!entry.isFile() && !entry.isSymbolicLink()) continue;
        const file = path.join(entry.parentPath, entry.name);
        if (owned.has(file) || options.previous.has(file)) continue;
        await rm(file, { force: true });
        removed.push(file);
      }
      await removeEmptyFolders(dir);
    }
  }
  const removedSet = new Set(removed);
  for (const [key, entry] of Object.entries(cache.entries)) {
    if (Object.keys(entry.files).some((file) => removedSet.has(file))) delete cache.entries[key];
  }
  return removed.sort();
}

/**
 * Outputs recorded in the cache for the articles that are published now.
 *
 * @param cache The cache as loaded, before this build changes it.
 * @param library This run's articles.
 * @returns Absolute paths.
 */
export function publishedOutputs(cache: BuildCache, library: Library): Set<string> {
  const published = new Set(library.published.map(({ file }) => file.path));
  const outputs = new Set<string>();
  for (const entry of Object.values(cache.entries)) {
    for (const [source, byFormat] of Object.entries(entry.outputs)) {
      if (published.has(source)) for (const output of Object.values(byFormat)) outputs.add(output);
    }
  }
  return outputs;
}

async function removeEmptyFolders(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return;
  for (const entry of entries) if (entry.isDirectory()) await removeEmptyFolders(path.join(dir, entry.name));
  if ((await readdir(dir).catch(() => ['?'])).length === 0) await rmdir(dir).catch(() => undefined);
}
