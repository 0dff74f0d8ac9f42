/**
 * How bad a message is. Severity maps onto vfile's `fatal` (true = error, false = warning,
 * undefined = info) so vfile-statistics and the exit code agree.
 */
import type { VFileMessage } from 'vfile-message';

export type MessageSeverity = 'error' | 'warning' | 'info';

/**
 * @param message An existing message.
 * @returns Its severity, read back from `fatal`.
 */
export function severityOf(message: VFileMessage): MessageSeverity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}
