/**
 * GitHub Actions workflow commands, so findings show on the pull request's lines:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 */
import { terminalSafe } from './terminal-safe.ts';
import type { VFile } from 'vfile';
import { severityOf } from './severity.ts';
import { sortedMessages } from './sorted-messages.ts';
import { causeText } from './cause-text.ts';
import type { ReportOptions } from './report-options.ts';

// Escaping as in @actions/core: data escapes % CR LF; properties also escape : and ,.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * @param files Files with messages.
 * @param options `verbose` adds each message's cause to the annotation's text.
 * @returns One workflow command per line.
 */
export function formatGithub(files: VFile[], options: ReportOptions = {}): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const message of sortedMessages(file)) {
      const severity = severityOf(message);
      const command = severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
      const end = message.place && 'end' in message.place ? message.place.end : undefined;
      const properties = [
        `file=${escapeProperty(terminalSafe(file.path.split('\\').join('/')))}`,
        `line=${message.line ?? 1}`,
        `col=${message.column ?? 1}`,
        ...(end ? [`endLine=${end.line}`, `endColumn=${end.column}`] : []),
        `title=${escapeProperty(`pressroom ${message.ruleId ?? ''}`.trim())}`,
      ];
      const cause = options.verbose ? causeText(message) : undefined;
      lines.push(`::${command} ${properties.join(',')}::${escapeData(terminalSafe(cause ? `${message.reason}\ncause: ${cause}` : message.reason, true))}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
