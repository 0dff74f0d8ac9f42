/**
 * Name each callout by its visible label: `aria-labelledby` on the `<section>`/`<aside>`,
 * the matching `id` on its `.callout-label`. Runs after the sanitizer and the heading ids,
 * so ids are unprefixed (`emergency-1`, `tip-1`…) and never take a heading's.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { classNames, hasClass } from './class-names.ts';
import { freeId, idsOf } from './ids.ts';

/**
 * Label the callouts.
 *
 * @returns Transform.
 */
export function rehypeCalloutIds() {
  return (tree: Root): void => {
    const taken = idsOf(tree);
    const counts = new Map<string, number>();
    visit(tree, 'element', (node) => {
      if (!hasClass(node, 'callout')) return;
      const label = node.children.find((child) => child.type === 'element');
      if (label?.type !== 'element' || !hasClass(label, 'callout-label')) return;
      const kind = classNames(node).find((name) => name.startsWith('callout-'))?.slice('callout-'.length) ?? 'callout';
      const count = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, count);
      const id = freeId(`${kind}-${count}`, taken);
      label.properties.id = id;
      node.properties.ariaLabelledBy = [id];
    });
  };
}
