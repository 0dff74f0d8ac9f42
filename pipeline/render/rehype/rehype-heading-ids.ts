/**
 * Heading ids (runs after the sanitizer, so they are never prefixed): the id lint expects
 * for each Markdown heading, and a unique slug for any other heading (raw HTML).
 * Slugs are letters, digits, `-` and `_`: safe as attribute values.
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { MarkdownHeadingIds } from '../heading-ids.ts';

/**
 * Set heading ids.
 *
 * @param ids Ids of the Markdown headings.
 * @returns Transform.
 */
export function rehypeHeadingIds(ids: MarkdownHeadingIds) {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName) || node.properties.id) return;
      const offset = node.position?.start.offset;
      const known = offset === undefined ? undefined : ids.byOffset.get(offset);
      node.properties.id = known ?? ids.slugger.slug(toString(node));
    });
  };
}
