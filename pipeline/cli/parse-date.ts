/**
 * `--date YYYY-MM-DD`, shared by `lint` and `build` (its own module: `build` must not load the checker to read it).
 */
import { UsageError } from './parse-args.ts';

/**
 * Validate a `--date` value.
 *
 * @param value Raw value.
 * @returns The date, or undefined.
 */
export function parseDate(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const parsed = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
    throw new UsageError(`Unexpected value \`${text}\` for --date, expected a date written YYYY-MM-DD`);
  }
  return text;
}
