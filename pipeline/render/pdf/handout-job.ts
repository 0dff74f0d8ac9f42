/**
 * One handout edition to print: the article, the edition, its page file and where its PDF goes.
 */
import type { VFile } from 'vfile';
import type { HandoutVariant } from './handout-variants.ts';

/** A built handout page. */
export interface HandoutPageResult {
  html: string;
  /** Texts of the page's headings, to repair the outline. */
  headings: string[];
  /** Text of each link by `href`, for the link annotations' descriptions. */
  links: Map<string, string>;
}

export interface HandoutJob {
  file: VFile;
  variant: HandoutVariant;
  /** Absolute path of the page file, rewritten for each layout attempt. */
  pagePath: string;
  /** Absolute path of the PDF. */
  target: string;
  /** Whether the article asks for the care team's notes area. */
  hasNotes: boolean;
  /** Height of the page's text area in points (paper height less the margins). */
  textHeight: number;
  /** Build the page for one layout attempt. */
  page(options: { notes: boolean; refit: boolean }): HandoutPageResult;
}
