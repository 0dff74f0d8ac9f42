/**
 * What every output format plugs into. The build runs load → parse → validate → lint once,
 * then hands the published articles and one build context to each selected renderer.
 */
import type { VFile } from 'vfile';
import type { ConfigSource } from '../config/config-source.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import type { CheckedArticle, Library } from '../content/library.ts';
import type { OutputFormat } from '../formats.ts';
import type { SharedBrowser } from './browser/shared-browser.ts';
import type { PartCache } from '../build/build-cache.ts';

export interface BuildContext {
  config: ResolvedConfig;
  /** The config file, for build-wide messages at the line of the setting concerned. */
  source: ConfigSource;
  /** Every checked article of this run, by path and slug, with its status; and whether the run is partial. */
  library: Library;
  /** Indexes in `books` of the books lint refused (their problems are already on the config): not built. */
  refusedBooks: ReadonlySet<number>;
  /** Absolute output folder (default output/); each format writes under <outDir>/<format>/. */
  outDir: string;
  cwd: string;
  /** Seconds since the epoch from SOURCE_DATE_EPOCH, for reproducible dates; undefined when unset. */
  sourceDateEpoch?: number;
  /**
   * What this run writes: `all`; `articles`, a shard's (`build --shard`): the outputs of each
   * article it is given, nothing about the whole library; or `shared`, a merge's: only the parts
   * about the whole library (index, topics, search, sitemap, feed, books), the shards having
   * written the articles' own outputs.
   */
  scope: 'all' | 'articles' | 'shared';
  /** The build's one Chromium, started on first use and closed by the build. */
  browser: SharedBrowser;
  /**
   * Claim an output file (absolute path) as this build's: after a full build, every other file
   * under a rendered format's folder is removed, so outputs follow the content.
   */
  own(file: string): void;
  /**
   * Tell the build's progress display that an output of an article (or a book) was written, as
   * soon as it is; unset when nobody listens.
   *
   * @param file The article or book.
   * @param output Absolute path written.
   */
  written?(file: VFile, output: string): void;
  /**
   * For a format rendered as a whole: each article's share of it (its page, its chapter) as the
   * last build made it, reused while its inputs are the same; unset when everything is made again.
   */
  parts?: PartCache;
}

export interface Renderer {
  format: OutputFormat;
  /**
   * Render the articles: published, checked, each with its tree and frontmatter. Problems go on
   * the article's file as messages (an error makes the build exit 1); outputs are recorded in
   * `file.data.outputs[format]` and claimed with `context.own`. Must never leave a half-written
   * file behind (use build/write.ts).
   *
   * @returns Extra files whose messages belong in the report (an e-book, say), or nothing.
   */
  render(articles: CheckedArticle[], context: BuildContext): Promise<VFile[] | void>;
}
