/**
 * Inline control comments: `<!-- pressroom-disable id… -->`, `<!-- pressroom-enable id… -->`
 * and `<!-- pressroom-ignore id… -->` (next node only). The `<!-- pressroom disable id -->`
 * form of remark-message-control works too.
 */
import type { Html } from 'mdast';
import type { Node } from 'unist';
import { commentMarker } from 'mdast-comment-marker';

const hyphenated = /^\s*<!--\s*pressroom-(disable|enable|ignore)((?:\s+[\w-]+)*)\s*-->\s*$/;

/**
 * Marker for unified-message-control.
 *
 * @param node Any node.
 * @returns The marker, when the node is a pressroom control comment.
 */
export function pressroomMarker(node: Node) {
  if (node.type !== 'html') return commentMarker(node);
  const match = hyphenated.exec((node as Html).value);
  if (!match) return commentMarker(node);
  return { name: 'pressroom', attributes: `${match[1]}${match[2]}`.trim(), parameters: {}, node: node as Html };
}
