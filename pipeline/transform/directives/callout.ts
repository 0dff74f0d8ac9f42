/**
 * `:::warning`, `:::tip` and `:::note`: a labelled aside. The label is the directive's
 * `[label]`, else its `title` attribute, else the default for the language. The builder is
 * shared with the emergency and contact blocks so every callout has the same shape:
 *
 *     <aside class="callout callout-tip"><p class="callout-label">Tip</p>…</aside>
 *
 * The label's `id` and the container's `aria-labelledby` are set after sanitizing
 * (rehype/rehype-callout-ids.ts), so they are unique in the page and never prefixed.
 */
import type { Element, ElementContent } from 'hast';
import type { State } from './handler-types.ts';
import type { ContainerDirective } from 'mdast-util-directive';
import { splitLabel } from './label.ts';
import type { DirectiveContext } from './context.ts';

import type { CalloutDirective } from '../../content/directives.ts';

export type CalloutKind = CalloutDirective;

/**
 * Build a callout element.
 *
 * @param kind Which callout.
 * @param label Content of the visible label.
 * @param body Content after the label.
 * @returns `<section>` for emergencies (a region), `<aside>` for the others.
 */
export function calloutElement(kind: CalloutKind, label: ElementContent[], body: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: kind === 'emergency' ? 'section' : 'aside',
    properties: { className: ['callout', `callout-${kind}`] },
    children: [{ type: 'element', tagName: 'p', properties: { className: ['callout-label'] }, children: label }, ...body],
  };
}

/**
 * The label content for a directive, and its body rendered to hast.
 *
 * @param state remark-rehype state.
 * @param node The directive.
 * @param fallback Default label text.
 * @returns Label content and body content.
 */
export function labelAndBody(state: State, node: ContainerDirective, fallback: string): { label: ElementContent[]; body: ElementContent[] } {
  const { label, body } = splitLabel(node);
  const title = node.attributes?.title?.trim();
  const labelContent: ElementContent[] = label && label.children.length > 0 ? state.all(label) : [{ type: 'text', value: title || fallback }];
  return { label: labelContent, body: state.all(body) };
}

/**
 * Handler for `:::warning`, `:::tip` and `:::note`.
 *
 * @param kind The directive name.
 * @param context Article and format.
 * @returns An mdast → hast handler.
 */
export function calloutHandler(kind: CalloutKind, context: DirectiveContext) {
  return (state: State, node: ContainerDirective): Element => {
    const { label, body } = labelAndBody(state, node, context.text.directiveLabels[kind]);
    const result = calloutElement(kind, label, body);
    state.patch(node, result);
    return result;
  };
}
