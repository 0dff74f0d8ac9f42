/**
 * One chapter of the e-book: the article's transformed body (the same tree as the web edition)
 * inside the chapter's own frame — title, summary, body, sources, "Reviewed by … on …" — with
 * the e-book semantics reading systems use for footnotes (`epub:type` noteref / endnotes).
 *
 *     <main epub:type="chapter" aria-labelledby="title">
 *       <h1 id="title">…</h1><p class="chapter-summary">…</p>
 *       …body…
 *       <section class="sources">…</section>
 *       <p class="reviewed">Reviewed by … on ….</p>
 *     </main>
 *
 * No DPUB `doc-chapter` role: it is a landmark, and the body's labelled callouts (`<aside>`)
 * are complementary landmarks that must not sit inside another landmark other than `main`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Article } from '../../schema/article.ts';
import { headingsOf, reviewedLine, sourcesList, type HeadingInfo } from '../article-parts.ts';
import { freeId, idsOf } from '../../transform/rehype/ids.ts';
import { classNames } from '../../transform/rehype/class-names.ts';

export interface ChapterDocument {
  /** The document's body content. */
  tree: Root;
  /** Id of the `h1`. */
  titleId: string;
  /** Headings of the article body, for the navigation. */
  headings: HeadingInfo[];
}

/**
 * Frame a transformed article as a chapter.
 *
 * @param article Validated frontmatter.
 * @param body Result of `transformArticle` for the EPUB format (not changed).
 * @returns The chapter's body content, its title id and its headings.
 */
export function chapterDocument(article: Article, body: Root): ChapterDocument {
  const content = structuredClone(body);
  markNotes(content);
  const taken = idsOf(content);
  const titleId = freeId('title', taken);
  const headings = headingsOf(withoutNoteCalls(content));
  const children: ElementContent[] = [
    { type: 'element', tagName: 'h1', properties: { id: titleId }, children: [{ type: 'text', value: article.title }] },
    { type: 'element', tagName: 'p', properties: { className: ['chapter-summary'] }, children: [{ type: 'text', value: article.summary }] },
    ...(content.children as ElementContent[]),
  ];
  const sources = sourcesList(article);
  if (sources) children.push(sources);
  children.push(reviewedLine(article));
  const main: Element = {
    type: 'element',
    tagName: 'main',
    properties: { 'epub:type': 'chapter', ariaLabelledBy: [titleId] },
    children,
  };
  return { tree: { type: 'root', children: [main] }, titleId, headings };
}

/**
 * A copy of the body without footnote calls, so that a heading with a note is listed in the
 * navigation as "Causes", not "Causes1".
 *
 * @param tree The chapter body (not changed).
 * @returns The copy.
 */
function withoutNoteCalls(tree: Root): Root {
  const copy = structuredClone(tree);
  visit(copy, 'element', (node, index, parent) => {
    const call = node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined;
    const wrapper = node.tagName === 'sup' && node.children.some((child) => child.type === 'element' && child.tagName === 'a' && child.properties.dataFootnoteRef !== undefined);
    if ((call || wrapper) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  return copy;
}

/**
 * Footnote calls and notes as EPUB reading systems know them, so that they can show a note in
 * a pop-up and offer the way back.
 *
 * @param tree The chapter body (changed).
 */
function markNotes(tree: Root): void {
  visit(tree, 'element', (node) => {
    const classes = classNames(node);
    if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined) {
      node.properties['epub:type'] = 'noteref';
      node.properties.role = 'doc-noteref';
    } else if (node.tagName === 'a' && (node.properties.dataFootnoteBackref !== undefined || classes.includes('data-footnote-backref'))) {
      node.properties.role = 'doc-backlink';
    } else if (node.tagName === 'section' && (node.properties.dataFootnotes !== undefined || classes.includes('footnotes'))) {
      node.properties['epub:type'] = 'endnotes';
      node.properties.role = 'doc-endnotes';
    } else if (node.tagName === 'li' && typeof node.properties.id === 'string' && /(^|-)fn-/.test(node.properties.id)) {
      node.properties['epub:type'] = 'endnote';
    }
  });
}
