/**
 * Machine-readable report: `[{file, messages: [{line, column, endLine, endColumn, severity, ruleId, message}]}]`.
 */
import type { VFile } from 'vfile';
import { severityOf } from './severity.ts';
import { sortedMessages } from './sorted-messages.ts';
import { causeText } from './cause-text.ts';
import type { ReportOptions } from './report-options.ts';

/**
 * @param files Files checked, one entry each.
 * @param options `verbose` adds `cause` (text, with the stack of an error) to messages that have one.
 * @param outputs Files written per input file (`pressroom build`), added as `outputs` to its entry.
 * @returns JSON text (with a final newline).
 */
export function formatJson(files: VFile[], options: ReportOptions = {}, outputs?: (file: VFile) => string[] | undefined): string {
  const report = files.map((file) => ({
    file: file.path,
    ...(outputs ? { outputs: outputs(file) ?? [] } : {}),
    messages: sortedMessages(file).map((message) => ({
      line: message.line ?? 1,
      column: message.column ?? 1,
      endLine: message.place && 'end' in message.place ? message.place.end.line : (message.line ?? 1),
      endColumn: message.place && 'end' in message.place ? message.place.end.column : (message.column ?? 1),
      severity: severityOf(message),
      ruleId: message.ruleId ?? null,
      message: message.reason,
      ...(options.verbose && message.cause !== undefined ? { cause: causeText(message) } : {}),
    })),
  }));
  return JSON.stringify(report, null, 2) + '\n';
}
