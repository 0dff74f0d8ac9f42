/**
 * Shards: `pressroom build --shard I/N` renders the per-article outputs (pages, handouts) of a
 * deterministic share of the articles, so a CI job matrix can spread a large library over N
 * machines; `pressroom merge` (build/merge-shards.ts) combines the shares and writes the shared
 * parts. An article's share follows from a hash of its slug alone (unique across the content,
 * and the same whatever the file is called or where the job runs), never from the order of files.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { LibraryEntry } from '../content/library.ts';

/** One share of N: `index` counts from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** Each shard's record of what it wrote, in its output folder (hidden, like the caches). */
export const SHARD_MANIFEST = '.pressroom-shard.json';

/** Enough for any CI matrix, and it keeps a typo such as `1/1000000` from meaning anything. */
const MAX_SHARDS = 1000;

/**
 * Parse `--shard I/N`.
 *
 * @param text The flag's value.
 * @returns The shard.
 * @throws Error with a message for people when the value is not `I/N` with 1 ≤ I ≤ N.
 */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new Error(`Unexpected value \`${text}\` for --shard, expected I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS}, e.g. 2/4 (the second of four shards)`);
  }
  return { index, count };
}

/**
 * The shard an article belongs to.
 *
 * @param entry The article's library entry (its slug; for an article without one, its path).
 * @param count Number of shards.
 * @returns The shard's index, from 1.
 */
export function shardOf(entry: Pick<LibraryEntry, 'slug' | 'path'>, count: number): number {
  const digest = createHash('sha256').update(entry.slug ?? path.basename(entry.path)).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** What a shard wrote: the merge checks it before it trusts a byte of the shard's folder. */
export interface ShardManifest {
  version: 1;
  shard: Shard;
  /** Fingerprint of pressroom, the config, the content folder and SOURCE_DATE_EPOCH: every shard and the merge must agree. */
  sourceKey: string;
  /** The share's published articles, relative to the content folder, with their outputs by kind (`html`, `pdf`, `pdf-large`) relative to the output folder. */
  articles: Record<string, Record<string, string>>;
  /** Every file the shard wrote, relative to its output folder (`/`-separated), with its SHA-256. */
  files: Record<string, string>;
  /** Errors and warnings of the share's articles, as `file:line:column severity message rule-id`. */
  messages: string[];
}
