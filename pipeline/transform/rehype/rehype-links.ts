/**
 * Links, from Markdown or raw HTML, in the form each format needs:
 * - `other.md` and `other.md#anchor` (relative to the article) → `articleHref(slug, anchor)`;
 *   a link to an article that is not published keeps its words only;
 * - another file inside the content folder → `fileHref(path)`, or plain text in formats that
 *   do not publish files;
 * - `http:`/`https:` → `rel="external noopener noreferrer"`: the other site is not told
 *   which health topic the reader came from. Links open in the same tab, as readers expect,
 *   so no "(opens in a new tab)" warning is needed;
 * - `//host` and paths out of the content folder → plain text (lint explains why).
 * Script and data URLs are left to the sanitizer, which removes them.
 */
import path from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { urlKind } from '../../content/url-kind.ts';
import { reportOnce } from '../../diagnostics/report-once.ts';
import { localFile } from './local-target.ts';

export interface LinksOptions {
  file: VFile;
  contentDir: string;
  articleHref(slug: string, anchor?: string): string;
  /** The article at a path; `anchor` is the link's fragment, which a translation must have too to be linked instead. */
  articleAt(absolutePath: string, anchor?: string): { slug: string; published: boolean } | undefined;
  fileHref?(absolutePath: string): string;
}

/**
 * Rewrite links.
 *
 * @param options Article, content folder and the format's URLs.
 * @returns Transform.
 */
export function rehypeLinks(options: LinksOptions) {
  const article = path.resolve(options.file.cwd, options.file.path);
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !parent || index === undefined) return;
      const href = rewrite(node.properties.href, article, options, node);
      if (href === undefined) {
        // Keep the words, drop the link.
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      node.properties.href = href;
      const kind = urlKind(href);
      if (kind.kind === 'scheme' && (kind.scheme === 'http' || kind.scheme === 'https')) {
        node.properties.rel = ['external', 'noopener', 'noreferrer'];
      }
    });
  };
}

/**
 * The href a link gets in this format.
 *
 * @returns The new href, or undefined to unlink.
 */
function rewrite(href: string, article: string, options: LinksOptions, node: Element): string | undefined {
  const kind = urlKind(href);
  if (kind.kind === 'network-path') return undefined;
  if (kind.kind !== 'relative' || kind.path === '') return href;
  const target = localFile(kind.path, article, options.contentDir);
  if (!target) return undefined;
  if (/\.md$/i.test(target)) {
    const linked = options.articleAt(target, decodeFragment(kind.fragment));
    if (linked?.published) return options.articleHref(linked.slug, decodeFragment(kind.fragment));
    // Lint refuses such links within a run; this is an article outside a partial build.
    reportOnce(
      options.file,
      'warning',
      `Unexpected link to \`${path.relative(options.contentDir, target)}\`, which is not published (a draft, or it has errors): the link is left out and its words kept; publish the article or remove the link`,
      'render-link',
      node,
    );
    return undefined;
  }
  const published = options.fileHref?.(target);
  if (!published) return undefined;
  return published + (kind.fragment === undefined ? '' : `#${kind.fragment}`);
}

function decodeFragment(fragment: string | undefined): string | undefined {
  if (!fragment) return undefined;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

