/**
 * Same-page links after the sanitizer: it prefixes the ids it lets through (footnotes, for
 * one) but not the links to them. Point `#x` at `#user-content-x` when only that exists.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { idsOf } from './ids.ts';

/**
 * Repair fragment links.
 *
 * @param prefix The sanitizer's clobber prefix.
 * @returns Transform.
 */
export function rehypeFragmentLinks(prefix: string) {
  return (tree: Root): void => {
    const ids = idsOf(tree);
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      let target: string;
      try {
        target = decodeURIComponent(href.slice(1));
      } catch {
        return;
      }
      if (!ids.has(target) && ids.has(prefix + target)) node.properties.href = `#${prefix}${href.slice(1)}`;
    });
  };
}
