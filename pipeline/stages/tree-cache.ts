/**
 * Parsed trees kept between builds: parsing is most of what a rebuild spends on articles that did
 * not change, and a stored tree (V8's serialization, the structured-clone format) is read back about
 * a hundred times faster. An entry is keyed by the article's bytes, its path in the content folder
 * and pressroom's code (the parser and its limits live there); only trees that passed the parse
 * stage's limits are stored. Entries not used in a run are dropped when it saves.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { hashParts } from './lint-cache.ts';

interface Stored {
  version: 1;
  entries: Record<string, { key: string; tree: Uint8Array }>;
}

/** The tree cache of one run: read once, written once at the end. */
export class TreeCache {
  private readonly kept: Stored['entries'] = {};
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly contentDir: string,
    private readonly baseKey: string,
    private readonly stored: Stored['entries'],
  ) {}

  /**
   * Open a cache; a missing, unreadable or old-format file is an empty cache.
   *
   * @param file Cache file.
   * @param contentDir Content folder: entries are keyed by paths relative to it.
   * @param baseKey Fingerprint of pressroom's code.
   * @returns The cache.
   */
  static async open(file: string, contentDir: string, baseKey: string): Promise<TreeCache> {
    let entries: Stored['entries'] = {};
    try {
      const data = deserialize(await readFile(file)) as Stored;
      if (data?.version === 1 && data.entries && typeof data.entries === 'object') entries = data.entries;
    } catch {
      // No cache yet, or one this version cannot read.
    }
    return new TreeCache(file, contentDir, baseKey, entries);
  }

  private name(file: VFile): string {
    return path.relative(this.contentDir, path.resolve(file.cwd, file.path)).split(path.sep).join('/');
  }

  private key(file: VFile): string {
    return hashParts([this.baseKey, this.name(file), String(file.value)]);
  }

  /**
   * @param file A loaded article.
   * @returns Its tree as parsed before from the same bytes, a fresh copy.
   */
  get(file: VFile): Root | undefined {
    const name = this.name(file);
    const entry = this.stored[name];
    if (entry?.key !== this.key(file)) return undefined;
    this.kept[name] = entry;
    return deserialize(entry.tree) as Root;
  }

  /**
   * @param file A parsed article.
   * @param tree Its tree, stored as it is now (before any later stage changes it).
   */
  set(file: VFile, tree: Root): void {
    this.kept[this.name(file)] = { key: this.key(file), tree: serialize(tree) };
    this.changed = true;
  }

  /** Write the cache if anything changed; a cache that cannot be written is only slower next time. */
  async save(): Promise<void> {
    const dropped = Object.keys(this.stored).some((name) => !(name in this.kept));
    if (!this.changed && !dropped) return;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      await writeFile(temporary, serialize({ version: 1, entries: this.kept } satisfies Stored));
      await rename(temporary, this.file);
    } catch {
      // Read-only folder: the build still works, without a cache.
    }
  }
}
