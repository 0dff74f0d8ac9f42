/**
 * What the directive handlers need to know about the article and the format being rendered.
 */
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { OutputFormat } from '../../formats.ts';
import type { PageWords } from '../../languages/interface-words.ts';

export interface DirectiveContext {
  format: OutputFormat;
  config: ResolvedConfig;
  file: VFile;
  /** Interface words in the article's language. */
  text: PageWords;
}
