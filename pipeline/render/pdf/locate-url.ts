/**
 * Find where in the Markdown a URL that the page requested came from, so a blocked or failed
 * request is reported at the image (or raw HTML) that asked for it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import type { Root, Nodes } from 'mdast';
import type { Root as HastRoot } from 'hast';

/** Attributes of raw HTML that make a browser load something. */
const LOADING_ATTRIBUTES = ['src', 'href', 'poster', 'data', 'srcSet'];

/**
 * The first image, definition or raw HTML node that refers to `url`.
 *
 * @param tree The article's mdast.
 * @param articlePath Absolute path of the article (relative URLs start from its folder).
 * @param url The URL the page requested.
 * @returns The node, or undefined when no node names it (a font, the page itself).
 */
export function locateUrl(tree: Root, articlePath: string, url: string): Nodes | undefined {
  const wanted = new Set([url, safeDecode(url)]);
  if (url.startsWith('file:')) {
    try {
      wanted.add(fileURLToPath(url));
    } catch {
      // Not a local path; only the URL itself can match.
    }
  }
  const folder = path.dirname(articlePath);
  const refersTo = (written: string): boolean => {
    const candidates = [written, safeDecode(written)];
    if (!/^[a-z][a-z\d+.-]*:/i.test(written) && !written.startsWith('//')) {
      candidates.push(path.resolve(folder, safeDecode(written.split(/[?#]/)[0])));
    }
    return candidates.some((candidate) => wanted.has(candidate));
  };
  let found: Nodes | undefined;
  visit(tree, (node) => {
    if (found) return false;
    if ((node.type === 'image' || node.type === 'definition') && refersTo(node.url)) found = node;
    // Raw HTML: a loading attribute, or the URL anywhere in it (a `style` with `url(…)`).
    else if (node.type === 'html' && (htmlUrls(node.value).some(refersTo) || node.value.includes(url))) found = node;
    return undefined;
  });
  return found;
}

/** URLs in the loading attributes of a piece of raw HTML (every candidate of a srcset). */
function htmlUrls(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html, { fragment: true }) as HastRoot, 'element', (element) => {
    for (const name of LOADING_ATTRIBUTES) {
      const value = element.properties[name];
      if (typeof value !== 'string') continue;
      if (name === 'srcSet') urls.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0]));
      else urls.push(value);
    }
  });
  return urls;
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
