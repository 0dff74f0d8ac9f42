/**
 * Pieces around an article body that every format shows the same way: the review line,
 * the sources, and what navigation and the e-book appendix need from a transformed body.
 * All return hast built from validated frontmatter (text nodes and http(s) URLs only).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { Article } from '../schema/article.ts';
import { formatDate, wordsFor } from '../languages/languages.ts';
import { hasClass } from '../transform/rehype/class-names.ts';

export interface HeadingInfo {
  /** 1–6. */
  depth: number;
  text: string;
  id: string;
}

/**
 * A `<time>` element for a date.
 *
 * @param isoDate `YYYY-MM-DD`.
 * @param language BCP 47 tag.
 * @returns `<time datetime="2026-10-14">October 14, 2026</time>`.
 */
export function timeElement(isoDate: string, language: string): Element {
  return { type: 'element', tagName: 'time', properties: { dateTime: isoDate }, children: [{ type: 'text', value: formatDate(isoDate, language) }] };
}

/**
 * The visible review line.
 *
 * @param article Validated frontmatter.
 * @returns `<p class="reviewed">Reviewed by Dana Whitfield, DPT on <time datetime="…">…</time>.</p>`.
 */
export function reviewedLine(article: Article): Element {
  const [before, between, after] = wordsFor(article.language).page.reviewedBy;
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['reviewed'] },
    children: [
      { type: 'text', value: before },
      { type: 'element', tagName: 'span', properties: { className: ['reviewer'] }, children: [{ type: 'text', value: article.reviewed.by }] },
      { type: 'text', value: between },
      timeElement(article.reviewed.on, article.language),
      { type: 'text', value: after },
    ],
  };
}

/**
 * The sources, as a section with a heading and a numbered list.
 *
 * @param article Validated frontmatter.
 * @param headingLevel Heading rank of the "Sources" heading (default 2).
 * @returns The section, or undefined when the article lists no sources.
 */
export function sourcesList(article: Article, headingLevel = 2): Element | undefined {
  if (article.sources.length === 0) return undefined;
  const text = wordsFor(article.language).page;
  const items = article.sources.map((source): Element => {
    const children: ElementContent[] = [
      { type: 'element', tagName: 'a', properties: { href: source.url, rel: ['external', 'noopener', 'noreferrer'] }, children: [{ type: 'text', value: source.title }] },
    ];
    if (source.accessed) {
      children.push({ type: 'text', value: ` (${text.accessed} ` }, timeElement(source.accessed, article.language), { type: 'text', value: ')' });
    }
    return { type: 'element', tagName: 'li', properties: {}, children };
  });
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['sources'] },
    children: [
      { type: 'element', tagName: `h${headingLevel}`, properties: {}, children: [{ type: 'text', value: text.sources }] },
      { type: 'element', tagName: 'ol', properties: {}, children: items },
    ],
  };
}

/**
 * The emergency blocks of a transformed body, for an e-book's "When to get emergency care" appendix.
 *
 * @param root Result of `transformArticle`.
 * @returns Copies of the `section.callout-emergency` elements, in document order.
 */
export function emergencyBlocks(root: Root): Element[] {
  const found: Element[] = [];
  visitParents(root, 'element', (node) => {
    if (node.tagName === 'section' && hasClass(node, 'callout-emergency')) {
      found.push(structuredClone(node));
      return 'skip';
    }
  });
  return found;
}

/**
 * The headings of a transformed body that have ids and words, for tables of contents and
 * e-book navigation. The footnotes' "Notes" heading is left out.
 *
 * @param root Result of `transformArticle`.
 * @returns Depth, text and id of each heading, in document order.
 */
export function headingsOf(root: Root): HeadingInfo[] {
  const found: HeadingInfo[] = [];
  visitParents(root, 'element', (node, ancestors) => {
    const match = /^h([1-6])$/.exec(node.tagName);
    if (!match || typeof node.properties.id !== 'string') return;
    if (ancestors.some((ancestor) => ancestor.type === 'element' && hasClass(ancestor, 'footnotes'))) return;
    const text = headingText(node).replace(/\s+/g, ' ').trim();
    // A heading without words would be an entry without a name.
    if (text) found.push({ depth: Number(match[1]), text, id: node.properties.id });
  });
  return found;
}

/**
 * The words of a heading as a list of contents shows them: an image's alt text counts, a
 * footnote call does not ("Causes", not "Causes1").
 *
 * @param node Heading element.
 * @returns Its text.
 */
function headingText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'img') return typeof node.properties.alt === 'string' ? node.properties.alt : '';
  if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined) return '';
  return node.children.map(headingText).join('');
}
