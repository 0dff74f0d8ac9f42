/**
 * The one "did you mean" helper: the closest known name to a misspelt one, by edit distance
 * (case-insensitive), for messages about unknown keys, rule ids, directives, anchors and slugs.
 */
import { distance } from 'fastest-levenshtein';

/**
 * Candidates ordered by closeness to `wanted` (stable for ties, so the caller's order decides).
 *
 * @param wanted The name that was not found.
 * @param candidates Known names.
 * @returns A new array, closest first.
 */
export function byCloseness(wanted: string, candidates: Iterable<string>): string[] {
  const lower = wanted.toLowerCase();
  return [...candidates]
    .map((candidate) => ({ candidate, d: distance(lower, candidate.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)
    .map(({ candidate }) => candidate);
}

/**
 * The closest candidate, when it is close enough to be what was meant.
 *
 * @param wanted The name that was not found.
 * @param candidates Known names.
 * @param maxDistance Most edits allowed (default: 2, or a third of the name's length when longer).
 * @returns The candidate, or undefined.
 */
export function didYouMean(wanted: string, candidates: Iterable<string>, maxDistance = Math.max(2, Math.floor(wanted.length / 3))): string | undefined {
  const [best] = byCloseness(wanted, candidates);
  return best !== undefined && distance(wanted.toLowerCase(), best.toLowerCase()) <= maxDistance ? best : undefined;
}
