/**
 * What caused a message, as text for `--verbose`: an error with its stack trace (and the
 * errors that caused it), another message with its place, or any other value as text.
 */
import type { VFileMessage } from 'vfile-message';

/** Errors nested deeper than this are cut off (a cause chain could loop). */
const MAX_DEPTH = 5;

/**
 * @param message A message.
 * @returns Its cause as lines of text, or undefined when it has none.
 */
export function causeText(message: VFileMessage): string | undefined {
  return message.cause === undefined ? undefined : describe(message.cause, 0);
}

function describe(cause: unknown, depth: number): string {
  if (depth >= MAX_DEPTH) return '…';
  if (cause instanceof Error && 'reason' in cause && 'line' in cause) {
    // Another message ("defined here"): its place and reason, not the stack of its creation.
    const other = cause as VFileMessage;
    return `${other.file ? `${other.file}:` : ''}${other.line ?? 1}:${other.column ?? 1}: ${other.reason}`;
  }
  if (cause instanceof Error) {
    // Node prints `name: message` as the first line of the stack.
    const own = cause.stack ?? `${cause.name}: ${cause.message}`;
    return cause.cause === undefined ? own : `${own}\ncaused by: ${describe(cause.cause, depth + 1)}`;
  }
  if (typeof cause === 'string') return cause;
  try {
    return JSON.stringify(cause) ?? String(cause);
  } catch {
    return String(cause);
  }
}
