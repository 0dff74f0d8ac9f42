/**
 * One handout to print: the article, its page file and where its PDF goes.
 */
import type { VFile } from 'vfile';

export interface HandoutJob {
  file: VFile;
  /** `file:` URL of the handout page. */
  pageUrl: string;
  /** Absolute path of the PDF. */
  target: string;
  /** Texts of the page's headings, to repair the outline. */
  headings: string[];
  /** Text of each link by `href`, for the link annotations' descriptions. */
  links: Map<string, string>;
}
