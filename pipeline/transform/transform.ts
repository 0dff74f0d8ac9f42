/**
 * The shared rendering core: an article's Markdown tree → the sanitized hast of its body,
 * for one output format. Every renderer (HTML, PDF, EPUB) calls this on the tree parsed once
 * by stages/parse.ts; the page, handout or chapter around the body is the renderer's.
 *
 * Stages, in order:
 * 1. mdast → hast (remark-rehype) with the directive handlers (transform/directives/): callouts,
 *    the emergency block, the contact block, `:::only`; unknown directives as literal text.
 *    Footnotes get localized labels and links.
 * 2. Markdown-only markup: task-list boxes, table regions, figures with captions.
 * 3. rehype-raw: raw HTML becomes elements (untrusted from here on). Each raw fragment is
 *    closed first where Markdown follows it, so an unclosed tag cannot swallow (and have the
 *    sanitizer remove) the rest of the article, emergency blocks included.
 * 4. Images and links for the format (`imageSrc`, `articleHref`, `fileHref`).
 * 5. rehype-sanitize with transform/sanitize-schema.ts: the last step that sees anything an
 *    author wrote. Its clobber prefix namespaces every id that exists at this point.
 * 6. Ids the pipeline owns, which cannot carry unsafe HTML: heading ids (matching lint's
 *    anchors), callout label ids, footnote links to the prefixed ids, unique ids; and no
 *    empty `class` left by the sanitizer.
 *
 * The input tree is shared by every format and is never changed: remark-rehype builds new
 * nodes, and every later step works on those.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { ResolvedConfig } from '../config/resolve.ts';
import type { OutputFormat } from '../formats.ts';
import { directiveHandlers } from './directives/index.ts';
import { wordsFor } from '../languages/languages.ts';
import { markdownHeadingIds } from '../content/heading-ids.ts';
import { CLOBBER_PREFIX, sanitizeSchema } from './sanitize-schema.ts';
import { rehypeTaskLists } from './rehype/rehype-task-lists.ts';
import { rehypeTables } from './rehype/rehype-tables.ts';
import { rehypeFigures } from './rehype/rehype-figures.ts';
import { rehypeCloseRaw } from './rehype/rehype-close-raw.ts';
import { rehypeImages } from './rehype/rehype-images.ts';
import { rehypeLinks } from './rehype/rehype-links.ts';
import { rehypeHeadingIds } from './rehype/rehype-heading-ids.ts';
import { rehypeCalloutIds } from './rehype/rehype-callout-ids.ts';
import { rehypeFragmentLinks } from './rehype/rehype-fragment-links.ts';
import { rehypeUniqueIds } from './rehype/rehype-unique-ids.ts';
import { rehypeEmptyClasses } from './rehype/rehype-empty-classes.ts';
import { emergencyLosses } from './emergency-preserved.ts';
import { reportOnce } from '../diagnostics/report-once.ts';
import { cpuMilliseconds } from './cpu-time.ts';
import '../types.ts';

export interface TransformOptions {
  format: OutputFormat;
  /** Href of a link to another article in this format. */
  articleHref(slug: string, anchor?: string): string;
  /** The article at an absolute path of the content folder (see content/library.ts `linkedArticle`). */
  articleAt(absolutePath: string, anchor?: string): { slug: string; published: boolean } | undefined;
  /**
   * URL for a content image (its absolute path inside config.contentDir): relative, `http(s):`
   * or `file:` (the sanitizer removes any other scheme). Return `''` to refuse the file, after
   * reporting why on the article (at `image`, the `<img>` with the author's position); the
   * image's alt text is shown instead.
   */
  imageSrc(absolutePath: string, image: Element): string;
  /**
   * URL for another file of the content folder that an article links to (a PDF form, say).
   * Formats without it, or returning `''`, keep the link's words and drop the link.
   */
  fileHref?(absolutePath: string): string;
}

/**
 * Render an article's body for one format.
 *
 * @param file Parsed article (`file.data.tree`); render problems are reported on it.
 * @param config Resolved config (clinic details, content folder, default language).
 * @param options Format and its URLs.
 * @returns The sanitized body as a hast root (no title, no page).
 */
export function transformArticle(file: VFile, config: ResolvedConfig, options: TransformOptions): HastRoot {
  const tree = file.data.tree;
  if (!tree) throw new Error(`${file.path}: no Markdown tree; run parseArticles before transformArticle`);
  const language = file.data.article?.language ?? config.defaults.language;
  const text = wordsFor(language, config.words).page;
  const processor = unified()
    .use(remarkRehype, {
      allowDangerousHtml: true,
      handlers: directiveHandlers({ format: options.format, config, file, text }),
      // Footnote ids are namespaced by the sanitizer (step 5), like any other id.
      clobberPrefix: '',
      footnoteLabel: text.notes,
      footnoteLabelTagName: 'h2',
      footnoteLabelProperties: {},
      footnoteBackLabel: (index: number, again: number) => text.backToReference(index + 1) + (again > 1 ? `-${again}` : ''),
      footnoteBackContent: '↑',
    })
    .use(() => rehypeTaskLists(text))
    .use(() => rehypeTables(text))
    .use(() => rehypeFigures())
    .use(() => rehypeCloseRaw())
    .use(rehypeRaw)
    .use(() => rehypeImages({ file, contentDir: config.contentDir, imageSrc: options.imageSrc }))
    .use(() => rehypeLinks({ file, contentDir: config.contentDir, articleHref: options.articleHref, articleAt: options.articleAt, fileHref: options.fileHref }))
    .use(rehypeSanitize, sanitizeSchema)
    .use(() => rehypeHeadingIds(markdownHeadingIds(tree)))
    .use(() => rehypeCalloutIds())
    .use(() => rehypeFragmentLinks(CLOBBER_PREFIX))
    .use(() => rehypeUniqueIds())
    .use(() => rehypeEmptyClasses());
  // remark-rehype reads the shared tree and builds a new one; nothing below touches `tree`.
  const started = cpuMilliseconds();
  const body = processor.runSync(tree as MdastRoot, file) as HastRoot;
  // The article's time budget for this stage (budget.transform, in CPU time: cpu-time.ts). A synchronous transform cannot be
  // interrupted; it is bounded by the limits checked at parse time (elements, depth, block
  // length), and a transform that still runs long refuses the article rather than publish late.
  const spent = cpuMilliseconds() - started;
  if (spent > config.budget.transform) {
    reportOnce(
      file,
      'error',
      `Unexpected transform time of ${(spent / 1000).toFixed(1)} s of CPU for this article, expected at most ${(config.budget.transform / 1000).toFixed(1)} s (\`budget.transform\` in pressroom.yaml); it is not published. Split the article or its longest lists and tables, or raise \`budget.transform\``,
      TIME_BUDGET_ID,
    );
  }
  // The red-flag guarantee, on exactly what this format will publish.
  for (const loss of emergencyLosses(tree as MdastRoot, String(file.value ?? ''), body, options.format)) {
    reportOnce(file, 'error', loss.reason, EMERGENCY_LOSS_ID, loss.position);
  }
  return body;
}

/** Message id of a red flag lost in rendering: the article is not published in that format. */
export const EMERGENCY_LOSS_ID = 'render-emergency';

/**
 * Whether rendering lost a red flag of this article, or went over its time budget (then no
 * format publishes it).
 *
 * @param file A rendered article.
 * @returns True when `transformArticle` reported a loss or an overrun.
 */
export function lostRedFlags(file: VFile): boolean {
  return file.messages.some((message) => message.ruleId === EMERGENCY_LOSS_ID || message.ruleId === TIME_BUDGET_ID);
}

/** Message id of an article over its time budget: not published. */
const TIME_BUDGET_ID = 'time-budget';
