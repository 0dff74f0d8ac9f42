/**
 * The last safety net for valid HTML: if raw HTML forged an id the pipeline also made,
 * later duplicates get a suffix. Ordinary articles never trigger it.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { freeId } from './ids.ts';

/**
 * Make ids unique.
 *
 * @returns Transform.
 */
export function rehypeUniqueIds() {
  return (tree: Root): void => {
    const all = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') all.add(node.properties.id);
    });
    const seen = new Set<string>();
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      if (seen.has(id)) {
        node.properties.id = freeId(id, all);
      }
      seen.add(node.properties.id as string);
    });
  };
}
