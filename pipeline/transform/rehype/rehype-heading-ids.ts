/**
 * Heading ids (runs after the sanitizer, so they are never prefixed): the id lint expects
 * for each Markdown heading, and a unique slug for any other heading (raw HTML).
 * Slugs are letters, digits, `-` and `_`: safe as attribute values, and never empty.
 */
import type { Root } from 'hast';
import { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { MarkdownHeadingIds } from '../../content/heading-ids.ts';

/** The id of a heading that has no words. */
const FALLBACK_ID = 'section';

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
      // A heading without words (`##` alone, or only markup the sanitizer removed) has no slug;
      // an empty `id` is invalid HTML and XHTML, so it gets a generic one.
      const text = toString(node);
      node.properties.id = known || ids.slugger.slug(slug(text) ? text : FALLBACK_ID);
    });
  };
}
