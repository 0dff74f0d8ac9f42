/**
 * What every output format plugs into. The build runs load → parse → validate → lint once,
 * then hands the articles that passed to each selected renderer.
 */
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../config/resolve.ts';
import type { OutputFormat } from '../content/directives.ts';

export interface BuildContext {
  config: ResolvedConfig;
  /** Absolute output folder (default output/); each format writes under <outDir>/<format>/. */
  outDir: string;
  cwd: string;
  /**
   * True when the build covers only part of the content folder (`pressroom build one.md`):
   * collections such as e-books are then skipped with a note rather than built incomplete.
   */
  partial?: boolean;
  /** Seconds since the epoch from SOURCE_DATE_EPOCH, for reproducible dates; undefined when unset. */
  sourceDateEpoch?: number;
}

export interface Renderer {
  format: OutputFormat;
  /**
   * Whether each article renders on its own (one output per article, nothing shared), so the build
   * can skip unchanged articles one by one. Otherwise the renderer is skipped only as a whole.
   */
  perArticle?: boolean;
  /**
   * Render the articles. Each file has `data.tree` and `data.article`, no lint errors, and is not a draft.
   * Problems go on the article's file as error messages (the build then exits 1); outputs are recorded
   * in `file.data.outputs[format]`. Must never leave a half-written file behind (use build/write.ts).
   *
   * @returns Extra files whose messages belong in the report (an e-book, say), or nothing.
   */
  render(files: VFile[], context: BuildContext): Promise<VFile[] | void>;
}
