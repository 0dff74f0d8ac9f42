/**
 * An e-book chapter as the build cache keeps it between builds (build/build-cache.ts parts): its
 * XHTML and everything the book around it needs from its tree — headings for the navigation, the
 * emergency blocks for the appendix, what it tells the accessibility metadata, the characters it
 * shows (for the script fonts) — plus what it asked of the rest of the library (the articles it
 * links to, the images it shows and their names in the book), so that an unchanged chapter is
 * not transformed again, and is made again as soon as any of those answers differs.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { HeadingInfo } from '../article-parts.ts';
import { emergencyBlocks } from '../article-parts.ts';
import { accessibilityFacts } from './accessibility-metadata.ts';
import { elementsOf, toXhtml } from './to-xhtml.ts';

/** What the accessibility metadata counts in a chapter. */
interface ChapterFacts {
  informativeImages: number;
  decorativeImages: number;
  imagesWithoutAlt: number;
  usesAria: boolean;
}

export interface KeptChapter {
  /** The chapter document's body as XHTML. */
  xhtml: string;
  headings: HeadingInfo[];
  /** Whether it holds inline SVG (manifest `properties="svg"`). */
  svg: boolean;
  /** Its emergency blocks, for the appendix. */
  emergency: Element[];
  facts: ChapterFacts;
  /** Every distinct character it shows. */
  characters: string;
  /** Links to articles: `[path in the content folder, anchor, the answer as JSON]`. */
  links: Array<[string, string | null, string]>;
  /** Images in order of use: `[path in the content folder, src in the book]`. */
  images: Array<[string, string]>;
}

/**
 * What to keep of a chapter just made.
 *
 * @param tree The framed chapter (chapter-document.ts).
 * @param body The transformed body it frames.
 * @param headings Its headings.
 * @param asked Its links and images, as noted while it was transformed.
 * @returns The record.
 */
export function keepChapter(tree: Root, body: Root, headings: HeadingInfo[], asked: Pick<KeptChapter, 'links' | 'images'>): KeptChapter {
  const { mayAnimate: _, ...facts } = accessibilityFacts([tree], false);
  return {
    xhtml: toXhtml(tree),
    headings,
    svg: elementsOf(tree).some((element) => element.tagName === 'svg'),
    emergency: emergencyBlocks(body),
    facts,
    characters: [...new Set(toString(tree))].sort().join(''),
    ...asked,
  };
}

/**
 * A kept chapter as read back from the cache: anything not of that shape is not trusted.
 *
 * @param data The part's data.
 * @returns The chapter, or undefined.
 */
export function keptChapter(data: unknown): KeptChapter | undefined {
  const kept = data as Partial<KeptChapter> | undefined;
  if (!kept || typeof kept !== 'object') return undefined;
  const tuples = (value: unknown, length: number) =>
    Array.isArray(value) && value.every((item) => Array.isArray(item) && item.length === length && item.every((part) => typeof part === 'string' || part === null));
  const facts = kept.facts;
  if (typeof kept.xhtml !== 'string' || typeof kept.characters !== 'string' || typeof kept.svg !== 'boolean') return undefined;
  if (!Array.isArray(kept.headings) || !kept.headings.every((heading) => typeof heading?.id === 'string' && typeof heading.text === 'string' && Number.isInteger(heading.depth))) return undefined;
  if (!Array.isArray(kept.emergency) || !kept.emergency.every((block) => block?.type === 'element')) return undefined;
  if (!facts || ![facts.informativeImages, facts.decorativeImages, facts.imagesWithoutAlt].every(Number.isInteger) || typeof facts.usesAria !== 'boolean') return undefined;
  if (!tuples(kept.links, 3) || !tuples(kept.images, 2)) return undefined;
  return kept as KeptChapter;
}
