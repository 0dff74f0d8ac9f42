/**
 * Pages that do not sit at the root of the web edition (`topics/…`, the "page not found" page
 * served at any address) are built as if they did, then every relative link is rebased.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const URL_PROPERTIES = ['href', 'src', 'action'] as const;

/**
 * Prefix every relative URL of a page (not `#fragments`, not absolute or scheme URLs).
 *
 * @param tree Finished page.
 * @param prefix `../` for a page one folder down, or the site's path (`/library/`) for a page
 *   that may be served at any address.
 */
export function rebaseUrls(tree: Root, prefix: string): void {
  visit(tree, 'element', (node) => {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value !== 'string' || value === '' || value.startsWith('#') || value.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
      node.properties[name] = `${prefix}${value}`;
    }
  });
}
