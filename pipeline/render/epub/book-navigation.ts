/**
 * The book's table of contents, nested by chapter and section (`##`, then `###`), and its
 * landmarks. Both the navigation document and the NCX are rendered from these entries, in
 * spine order (EPUBCheck checks that the table of contents follows the reading order).
 */
import type { HeadingInfo } from '../article-parts.ts';

export interface NavEntry {
  label: string;
  href: string;
  /** Language of the label, when it differs from the book's. */
  lang?: string;
  children: NavEntry[];
}

export interface Landmark {
  /** `epub:type` of the landmark. */
  type: 'titlepage' | 'toc' | 'bodymatter' | 'appendix';
  href: string;
  label: string;
}

/** Deepest heading level listed under a chapter. */
const DEEPEST = 3;

/**
 * The entry of a chapter with its sections.
 *
 * @param label The chapter's title.
 * @param href Its document.
 * @param headings Headings of its body.
 * @param lang Its language, when it differs from the book's.
 * @returns The entry.
 */
export function chapterEntry(label: string, href: string, headings: readonly HeadingInfo[], lang?: string): NavEntry {
  const root: NavEntry = { label, href, lang, children: [] };
  const stack: Array<{ depth: number; entry: NavEntry }> = [{ depth: 1, entry: root }];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > DEEPEST || heading.text === '') continue;
    while (stack.length > 1 && stack.at(-1)!.depth >= heading.depth) stack.pop();
    const entry: NavEntry = { label: heading.text, href: `${href}#${fragment(heading.id)}`, lang, children: [] };
    stack.at(-1)!.entry.children.push(entry);
    stack.push({ depth: heading.depth, entry });
  }
  return root;
}

/**
 * How deep the entries go (for the NCX's `dtb:depth`).
 *
 * @param entries Top-level entries.
 * @returns 1 for a flat list.
 */
export function navDepth(entries: readonly NavEntry[]): number {
  return entries.reduce((deepest, entry) => Math.max(deepest, 1 + navDepth(entry.children)), 0);
}

/**
 * An id as a URL fragment: characters that cannot stand in a fragment are percent-encoded,
 * letters of any script stay as they are.
 *
 * @param id An element id.
 * @returns The fragment (without `#`).
 */
export function fragment(id: string): string {
  return id.replace(/[\s"#%<>[\\\]^`{|}]/g, (character) => encodeURIComponent(character));
}
