/**
 * Messages of a file in reading order (line, then column), so every format lists them alike.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/**
 * @param file File.
 * @returns Its messages sorted by place.
 */
export function sortedMessages(file: VFile): VFileMessage[] {
  return [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
