/**
 * The report for people: one line per message (file:line:column, severity, message, rule id),
 * then a summary line. Colour only when asked (the CLI asks on a TTY without NO_COLOR).
 */
import type { VFile } from 'vfile';
import { statistics } from 'vfile-statistics';
import { severityOf } from './severity.ts';
import { sortedMessages } from './sorted-messages.ts';
import { causeText } from './cause-text.ts';
import type { ReportOptions } from './report-options.ts';
import { terminalSafe } from './terminal-safe.ts';

const paint = (code: number, on: boolean) => (text: string) => (on ? `\u001B[${code}m${text}\u001B[39m` : text);

/**
 * Format messages for a terminal.
 *
 * @param files Files checked; clean files print no line but count in the summary.
 * @param options Colour; `verbose` adds each message's cause under it, indented.
 * @returns The report, ending in a newline; empty lines are never printed for clean files.
 */
export function formatHuman(files: VFile[], options: ReportOptions = {}): string {
  const color = options.color ?? false;
  const red = paint(31, color);
  const yellow = paint(33, color);
  const blue = paint(34, color);
  const dim = (text: string) => (color ? `\u001B[2m${text}\u001B[22m` : text);
  const lines: string[] = [];
  for (const file of files) {
    for (const message of sortedMessages(file)) {
      const severity = severityOf(message);
      const label = severity === 'error' ? red('error') : severity === 'warning' ? yellow('warning') : blue('info');
      const place = `${terminalSafe(file.path)}:${message.line ?? 1}:${message.column ?? 1}`;
      lines.push(`${place}  ${label}  ${terminalSafe(message.reason, true)}  ${dim(message.ruleId ?? '')}`.trimEnd());
      const raw = options.verbose ? causeText(message) : undefined;
      const cause = raw && terminalSafe(raw, true);
      if (cause) lines.push(dim(`    cause: ${cause.split('\n').join('\n    ')}`));
    }
  }
  const stats = statistics(files);
  const withProblems = files.filter((file) => file.messages.length > 0).length;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [count(stats.fatal, 'error'), count(stats.warn, 'warning')];
  if (stats.info > 0) parts.push(count(stats.info, 'info message'));
  const summary =
    stats.total === 0
      ? `✔ ${count(files.length, 'file')} checked, no problems`
      : `${stats.fatal > 0 ? red('✖') : stats.warn > 0 ? yellow('⚠') : blue('ℹ')} ${parts.join(', ')} in ${withProblems} of ${count(files.length, 'file')}`;
  lines.push(summary);
  return lines.join('\n') + '\n';
}
