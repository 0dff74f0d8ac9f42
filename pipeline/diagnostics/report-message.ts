/**
 * The one way pressroom puts a diagnostic on a file. Severity maps onto vfile's `fatal`
 * (true = error, false = warning, undefined = info) so vfile-statistics and the exit code agree.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Node, Position, Point } from 'unist';
import type { MessageId } from './catalogue.ts';
import type { MessageSeverity } from './severity.ts';
import { tagMessage } from './message-scope.ts';

export { severityOf, type MessageSeverity } from './severity.ts';
export type { MessageId } from './catalogue.ts';

/** Messages from pressroom carry this source; inline comments control exactly these. */
export const SOURCE = 'pressroom';

/**
 * Add a message to `file`.
 *
 * @param file File the message is about.
 * @param severity `error`, `warning` or `info`.
 * @param reason What happened and what to do, in plain sentences.
 * @param ruleId Stable id from the catalogue (diagnostics/catalogue.ts): users search and disable it.
 * @param place Node, position or point the message is about.
 * @returns The message.
 */
export function report(
  file: VFile,
  severity: MessageSeverity,
  reason: string,
  ruleId: MessageId,
  place?: Node | Position | Point,
): VFileMessage {
  const message = file.message(reason, { place: toPlace(place), ruleId, source: SOURCE });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  tagMessage(message);
  return message;
}

function toPlace(place: Node | Position | Point | undefined): Position | Point | undefined {
  if (!place) return undefined;
  if ('type' in place) return place.position;
  return place;
}
