/**
 * Renderers share the transform, so the same problem would be found once per format.
 * Report it once per file.
 */
import type { VFile } from 'vfile';
import type { Node, Point, Position } from 'unist';
import type { VFileMessage } from 'vfile-message';
import { report, type MessageId, type MessageSeverity } from './report-message.ts';

/**
 * Report unless the file already has this message at this place.
 *
 * @param file File the message is about.
 * @param severity `error`, `warning` or `info`.
 * @param reason What happened and what to do.
 * @param ruleId Stable id.
 * @param place Where.
 * @returns The new or existing message.
 */
export function reportOnce(file: VFile, severity: MessageSeverity, reason: string, ruleId: MessageId, place?: Node | Position | Point): VFileMessage {
  const point = place && ('type' in place ? place.position?.start : 'start' in place ? place.start : place);
  const existing = file.messages.find(
    (message) => message.ruleId === ruleId && message.reason === reason && message.line === (point?.line ?? undefined) && message.column === (point?.column ?? undefined),
  );
  return existing ?? report(file, severity, reason, ruleId, place);
}
