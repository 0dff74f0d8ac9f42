/**
 * The `[label]` of a container directive: remark-directive stores it as a first paragraph
 * marked `directiveLabel`. Split it from the body so the body renders without it.
 */
import type { Paragraph } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';

export interface SplitDirective {
  /** The label paragraph, if the directive has one. */
  label: Paragraph | undefined;
  /** A copy of the directive without its label (the original is shared by every format, never changed). */
  body: ContainerDirective;
}

/**
 * Separate the label from the body.
 *
 * @param node Container directive.
 * @returns Label and body.
 */
export function splitLabel(node: ContainerDirective): SplitDirective {
  const first = node.children[0];
  if (first?.type === 'paragraph' && first.data && (first.data as { directiveLabel?: boolean }).directiveLabel) {
    return { label: first, body: { ...node, children: node.children.slice(1) } };
  }
  return { label: undefined, body: node };
}
