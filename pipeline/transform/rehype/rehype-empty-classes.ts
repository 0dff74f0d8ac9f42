/**
 * The sanitizer keeps `class` when it removes every one of its values; drop the empty
 * attribute so the output has no `class=""`.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Remove empty class lists.
 *
 * @returns Transform.
 */
export function rehypeEmptyClasses() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      const value = node.properties.className;
      if (Array.isArray(value) && value.length === 0) delete node.properties.className;
    });
  };
}
