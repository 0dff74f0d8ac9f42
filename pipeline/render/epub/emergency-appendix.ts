/**
 * The appendix "Emergency signs at a glance": the page a frightened reader must find fast. It
 * opens with the emergency number, then repeats every `:::emergency` block of the book, chapter
 * by chapter, each followed by a link back to the block in its chapter (the block's label id).
 *
 * The copies keep the block's words exactly; only their ids change (prefixed per entry, with
 * `aria-labelledby` and in-page links following), so that ids stay unique in the appendix, and
 * links to other parts of the chapter point into the chapter's document.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { emergencyBlocks } from '../article-parts.ts';
import { phoneHref } from '../../transform/directives/phone-href.ts';
import type { BookWords } from '../../languages/interface-words.ts';
import { fragment } from './book-navigation.ts';

export interface AppendixChapter {
  /** File name of the chapter document (`chapter-<slug>.xhtml`). */
  href: string;
  title: string;
  /** Language of the chapter, when it differs from the book's. */
  lang?: string;
  /** The chapter's transformed body. */
  body: Root;
}

export interface EmergencyAppendix {
  tree: Root;
  titleId: string;
  /** Number of emergency blocks gathered. */
  blocks: number;
  /** The copies made of each chapter's blocks, by chapter index (for the red-flag check). */
  copies: Map<number, Element[]>;
}

/**
 * Build the appendix.
 *
 * @param chapters The book's chapters, in reading order.
 * @param labels Words in the book's language.
 * @param emergencyNumber The clinic's emergency number.
 * @param labelsLang `lang` for the labels when they are not in the book's language.
 * @returns The appendix body content.
 */
export function emergencyAppendix(chapters: readonly AppendixChapter[], labels: BookWords, emergencyNumber: string, labelsLang?: string): EmergencyAppendix {
  const lang = labelsLang ? { lang: labelsLang } : {};
  const titleId = 'appendix-title';
  const [before, after] = labels.emergencyCall;
  const children: ElementContent[] = [
    { type: 'element', tagName: 'h1', properties: { id: titleId, ...lang }, children: [{ type: 'text', value: labels.appendixTitle }] },
    {
      type: 'element',
      tagName: 'p',
      properties: { className: ['appendix-call'], ...lang },
      children: [
        { type: 'text', value: before },
        { type: 'element', tagName: 'a', properties: { href: phoneHref(emergencyNumber) }, children: [{ type: 'text', value: emergencyNumber }] },
        { type: 'text', value: after },
      ],
    },
  ];
  let blocks = 0;
  const copies = new Map<number, Element[]>();
  chapters.forEach((chapter, chapterIndex) => {
    const found = emergencyBlocks(chapter.body);
    if (found.length === 0) return;
    const headingId = `entry-${chapterIndex + 1}`;
    // The chapter's words keep the chapter's language; the link back is in the book's.
    const chapterLang = chapter.lang ? { lang: chapter.lang } : {};
    const entry: ElementContent[] = [{ type: 'element', tagName: 'h2', properties: { id: headingId, ...chapterLang }, children: [{ type: 'text', value: chapter.title }] }];
    found.forEach((block, blockIndex) => {
      blocks += 1;
      const target = anchorOf(block);
      const copy = relabel(block, `${headingId}-${blockIndex + 1}-`, chapter.href);
      Object.assign(copy.properties, chapterLang);
      copies.set(chapterIndex, [...(copies.get(chapterIndex) ?? []), copy]);
      entry.push(copy);
      entry.push({
        type: 'element',
        tagName: 'p',
        properties: { className: ['appendix-back'] },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: target ? `${chapter.href}#${fragment(target)}` : chapter.href, ...lang },
            children: [{ type: 'text', value: labels.backToChapter(chapter.title) }],
          },
        ],
      });
    });
    children.push({
      type: 'element',
      tagName: 'section',
      properties: { className: ['appendix-entry'], ariaLabelledBy: [headingId] },
      children: entry,
    });
  });
  if (blocks === 0) {
    children.push({ type: 'element', tagName: 'p', properties: { ...lang }, children: [{ type: 'text', value: labels.noEmergencySigns }] });
  }
  const main: Element = { type: 'element', tagName: 'main', properties: { 'epub:type': 'appendix', ariaLabelledBy: [titleId] }, children };
  return { tree: { type: 'root', children: [main] }, titleId, blocks, copies };
}

/**
 * The id a link back to the block should target: the block's own, else its label's.
 *
 * @param block An emergency block from a chapter.
 * @returns The id, if any.
 */
function anchorOf(block: Element): string | undefined {
  if (typeof block.properties.id === 'string') return block.properties.id;
  const labelledBy = block.properties.ariaLabelledBy;
  const first = Array.isArray(labelledBy) ? labelledBy[0] : labelledBy;
  return first === undefined || first === null ? undefined : String(first);
}

/**
 * Copy a block for the appendix: ids prefixed, references to them following, headings moved
 * below the entry's `h2`, and in-page links to the rest of the chapter pointed at the chapter.
 *
 * @param block The block (not changed).
 * @param prefix Id prefix of this entry.
 * @param chapterHref The chapter's document.
 * @returns The copy.
 */
function relabel(block: Element, prefix: string, chapterHref: string): Element {
  const copy = structuredClone(block);
  const ids = new Set<string>();
  visit(copy, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  let topRank = 7;
  visit(copy, 'element', (node) => {
    const rank = /^h([1-6])$/.exec(node.tagName);
    if (rank) topRank = Math.min(topRank, Number(rank[1]));
  });
  visit(copy, 'element', (node) => {
    const { properties } = node;
    if (typeof properties.id === 'string') properties.id = prefix + properties.id;
    // References to ids of the copy follow them; references to the rest of the chapter (a
    // footnote heading, say) cannot be resolved in the appendix and are dropped.
    for (const key of ['ariaLabelledBy', 'ariaDescribedBy'] as const) {
      const value = properties[key];
      if (!Array.isArray(value)) continue;
      const kept = value.filter((id) => ids.has(String(id))).map((id) => prefix + String(id));
      if (kept.length > 0) properties[key] = kept;
      else delete properties[key];
    }
    if (node.tagName === 'a' && typeof properties.href === 'string' && properties.href.startsWith('#')) {
      const target = decodeFragment(properties.href.slice(1));
      properties.href = ids.has(target) ? `#${prefix}${target}` : `${chapterHref}${properties.href}`;
    }
    const rank = /^h([1-6])$/.exec(node.tagName);
    // Headings inside a block start at h3, under the entry's h2.
    if (rank) node.tagName = `h${Math.min(6, Number(rank[1]) - topRank + 3)}`;
  });
  return copy;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
