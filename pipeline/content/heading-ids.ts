/**
 * Heading ids, computed from the Markdown the way lint computes the anchors it checks links
 * against (lint/collection.ts `headingAnchors`): GitHub's slugger over each heading's text,
 * in document order. The renderer matches each rendered heading to its Markdown heading by
 * source offset, so both always agree, even for headings with images, footnote calls or
 * raw HTML around them.
 */
import type { Heading, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export interface MarkdownHeadingIds {
  /** Id by the start offset of the heading in the source. */
  byOffset: Map<number, string>;
  /** The slugger after the Markdown headings, to give any other heading a unique id. */
  slugger: GithubSlugger;
}

/**
 * Ids of the Markdown headings.
 *
 * @param tree Article tree.
 * @returns Ids by offset, and the slugger that made them.
 */
export function markdownHeadingIds(tree: Root): MarkdownHeadingIds {
  const slugger = new GithubSlugger();
  const byOffset = new Map<number, string>();
  visit(tree, 'heading', (node: Heading) => {
    const id = slugger.slug(toString(node));
    const offset = node.position?.start.offset;
    if (offset !== undefined) byOffset.set(offset, id);
  });
  return { byOffset, slugger };
}
