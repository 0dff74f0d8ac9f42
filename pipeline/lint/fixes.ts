/**
 * The fixes rules offer with their messages. Kept beside the message rather than in the
 * file's data, so a message hidden by a `pressroom-disable` comment takes its fix with it.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Fix } from './rule.ts';

const fixes = new WeakMap<VFileMessage, Fix>();

/**
 * Attach a fix to a message.
 *
 * @param message The message.
 * @param fix The edit that resolves it.
 */
export function attachFix(message: VFileMessage, fix: Fix): void {
  fixes.set(message, fix);
}


/**
 * Apply the fixes of a file's messages to its text. Overlapping fixes are left for a later run.
 *
 * @param file Linted file.
 * @returns The new text and the messages whose fixes were applied.
 */
export function applyFixes(file: VFile): { text: string; applied: VFileMessage[] } {
  const text = String(file.value);
  const pending = file.messages.filter((message) => fixes.has(message)).sort((a, b) => fixes.get(a)!.start - fixes.get(b)!.start);
  const applied: VFileMessage[] = [];
  let output = '';
  let at = 0;
  for (const message of pending) {
    const fix = fixes.get(message)!;
    if (fix.start < at) continue;
    output += text.slice(at, fix.start) + fix.text;
    at = fix.end;
    applied.push(message);
  }
  return { text: output + text.slice(at), applied };
}
