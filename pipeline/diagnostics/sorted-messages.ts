/**
 * Messages of a file in reading order, so every format lists them alike: vfile-sort's order
 * (line, column; then errors before warnings before info; then source, id and reason).
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { compareMessage } from 'vfile-sort';

/**
 * @param file File.
 * @returns Its messages sorted by place (a new array; the file is not changed).
 */
export function sortedMessages(file: VFile): VFileMessage[] {
  return [...file.messages].sort(compareMessage);
}
