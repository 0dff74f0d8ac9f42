/**
 * Machine-readable report: `[{file, messages: [{line, column, endLine, endColumn, severity, ruleId, message}]}]`.
 */
import type { VFile } from 'vfile';
import { severityOf } from './report-message.ts';
import { sortedMessages } from './sorted-messages.ts';

/**
 * @param files Files with messages.
 * @returns JSON text (with a final newline).
 */
export function formatJson(files: VFile[]): string {
  const report = files.map((file) => ({
    file: file.path,
    messages: sortedMessages(file).map((message) => ({
      line: message.line ?? 1,
      column: message.column ?? 1,
      endLine: message.place && 'end' in message.place ? message.place.end.line : (message.line ?? 1),
      endColumn: message.place && 'end' in message.place ? message.place.end.column : (message.column ?? 1),
      severity: severityOf(message),
      ruleId: message.ruleId ?? null,
      message: message.reason,
    })),
  }));
  return JSON.stringify(report, null, 2) + '\n';
}
