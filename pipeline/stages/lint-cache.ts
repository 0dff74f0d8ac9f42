/**
 * Lint results cached per article, so an unchanged library is not linted again. An article's
 * entry is keyed by everything its messages depend on: its bytes and path in the content folder,
 * the run's shared inputs (pressroom's code, the config, the dictionary, the content folder's
 * other files such as images: `baseKey`) and the set of slugs and anchors that link rules look
 * up. Paths are relative to the content folder, so a moved or restored folder stays valid.
 * Date-dependent rules are not cached: lint.ts runs them again on every run.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';

/** A message as stored: what the reporters and the exit code read. */
export interface StoredMessage {
  reason: string;
  ruleId?: string;
  source?: string;
  fatal?: boolean;
  place?: Position | Point;
  url?: string;
  note?: string;
  expected?: string[];
  actual?: string;
}

interface Entry {
  key: string;
  messages: StoredMessage[];
}

interface Stored {
  version: 1;
  entries: Record<string, Entry>;
}

/**
 * SHA-256 over parts, each length-prefixed so that boundaries cannot shift.
 *
 * @param parts Strings or bytes.
 * @returns Hex digest.
 */
export function hashParts(parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/** The lint cache of one run: read once, written once at the end. */
export class LintCache {
  private readonly stored: Stored;
  private changed = false;
  /** Entries found and reused in this run (for tests and summaries). */
  hits = 0;

  /**
   * @param file Where the cache lives; undefined keeps it in memory only.
   * @param contentDir Content folder: entries are keyed by paths relative to it.
   * @param baseKey Fingerprint of the inputs shared by every article.
   * @param stored What was read from `file`.
   */
  private constructor(
    private readonly file: string | undefined,
    readonly contentDir: string,
    readonly baseKey: string,
    stored: Stored,
  ) {
    this.stored = stored;
  }

  /**
   * Open a cache; a missing, unreadable or old-format file is an empty cache.
   *
   * @param file Cache file.
   * @param contentDir Content folder.
   * @param baseKey Fingerprint of the shared inputs.
   * @returns The cache.
   */
  static async open(file: string | undefined, contentDir: string, baseKey: string): Promise<LintCache> {
    let stored: Stored = { version: 1, entries: {} };
    if (file) {
      try {
        const data = JSON.parse(await readFile(file, 'utf8')) as Stored;
        if (data.version === 1 && data.entries && typeof data.entries === 'object') stored = data;
      } catch {
        // No cache yet.
      }
    }
    return new LintCache(file, contentDir, baseKey, stored);
  }

  private name(file: VFile): string {
    return path.relative(this.contentDir, path.resolve(file.cwd, file.path)).split(path.sep).join('/');
  }

  /**
   * The key of an article's lint results.
   *
   * @param file The article.
   * @param linkKey Fingerprint of the slugs and anchors of the run.
   * @returns Hex digest.
   */
  key(file: VFile, linkKey: string): string {
    return hashParts([this.baseKey, linkKey, this.name(file), String(file.value)]);
  }

  /**
   * @param file The article.
   * @param key Its key.
   * @returns The stored messages when the key matches.
   */
  get(file: VFile, key: string): StoredMessage[] | undefined {
    const entry = this.stored.entries[this.name(file)];
    if (entry?.key !== key) return undefined;
    this.hits += 1;
    return entry.messages;
  }

  /**
   * @param file The article.
   * @param key Its key.
   * @param messages Its messages after lint, without those of date-dependent rules.
   */
  set(file: VFile, key: string, messages: readonly VFileMessage[]): void {
    this.stored.entries[this.name(file)] = { key, messages: messages.map(storeMessage) };
    this.changed = true;
  }

  /** Write the cache if anything changed; a cache that cannot be written is only slower next time. */
  async save(): Promise<void> {
    if (!this.file || !this.changed) return;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(this.stored));
      await rename(temporary, this.file);
    } catch {
      // Read-only folder: lint still works, without a cache.
    }
  }
}

/**
 * A message as stored (what reporters and the exit code read).
 *
 * @param message A message of a file.
 * @returns Its stored form.
 */
export function storeMessage(message: VFileMessage): StoredMessage {
  const { reason, ruleId, source, fatal, place, url, note, expected, actual } = message;
  const stored: StoredMessage = { reason };
  Object.assign(stored, Object.fromEntries(Object.entries({ ruleId, source, fatal, place, url, note, expected, actual }).filter(([, value]) => value !== undefined && value !== null)));
  return stored;
}

/**
 * Put stored messages back on a file.
 *
 * @param file The article.
 * @param messages Stored messages.
 */
export function restoreMessages(file: VFile, messages: readonly StoredMessage[]): void {
  for (const stored of messages) {
    const message = file.message(stored.reason, { place: stored.place, ruleId: stored.ruleId, source: stored.source });
    message.fatal = stored.fatal;
    if (stored.url) message.url = stored.url;
    if (stored.note) message.note = stored.note;
    if (stored.expected) message.expected = stored.expected;
    if (stored.actual) message.actual = stored.actual;
  }
}
