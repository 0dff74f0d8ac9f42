/**
 * The output formats: one record per format. The CLI's `--format` choices and default, the
 * build's renderer table and the names `:::only{format=…}` accepts all come from here, so a
 * new format is one record plus its renderer module (render/<format>.ts) and its tests.
 *
 * Renderers are loaded on first use (dynamic `import`), so a build that does not select a
 * format never loads its code.
 */
import type { Renderer } from './render/renderer.ts';

export interface FormatSpec {
  /** What the format makes, for `--help` and messages. */
  summary: string;
  /** The edition's name in messages to authors ("the PDF handout would lose …"). */
  edition: string;
  /**
   * Whether each article renders on its own (one output per article, nothing shared), so the
   * build can skip unchanged articles one by one. Otherwise it is skipped only as a whole.
   */
  perArticle: boolean;
  /** Built when `--format` is not given. */
  byDefault: boolean;
  /** Names that select this format in `:::only{format="…"}` (the format id first). */
  only: readonly string[];
  /** Formats whose outputs this one links to (the web page links its handouts): built before it. */
  after?: readonly string[];
  /**
   * Who renders it when a build is split into shards (`build --shard I/N`, then `merge`): each
   * shard its share of the per-article outputs (`articles`), the merge the parts about the
   * whole library (`shared`), or each its part (`both`).
   */
  sharding: 'articles' | 'shared' | 'both';
  /** Load the renderer module. */
  load(): Promise<Renderer>;
}

export const FORMATS = {
  html: {
    summary: 'a web page per article and an index',
    edition: 'web page',
    // The index and the links between pages depend on every article.
    perArticle: false,
    byDefault: true,
    only: ['html'],
    // Each page links its handouts with their page count and size.
    after: ['pdf'],
    // Pages in the shards; index, topics, search, sitemap and feed in the merge.
    sharding: 'both',
    load: async () => (await import('./render/html.ts')).htmlRenderer,
  },
  pdf: {
    summary: 'a printable handout per article',
    edition: 'PDF handout',
    // Each handout stands alone, so the build re-renders only the articles that changed.
    perArticle: true,
    byDefault: true,
    only: ['pdf'],
    sharding: 'articles',
    load: async () => (await import('./render/pdf.ts')).pdfRenderer,
  },
  epub: {
    summary: 'the e-books listed in the config',
    edition: 'e-book',
    perArticle: false,
    byDefault: true,
    only: ['epub'],
    // A book is made of many articles.
    sharding: 'shared',
    load: async () => (await import('./render/epub.ts')).epubRenderer,
  },
} as const satisfies Record<string, FormatSpec>;

/** The id of an output format (`html`, `pdf`, `epub`). */
export type OutputFormat = keyof typeof FORMATS;

/** Every format id, in registry order (CLI choices, `:::only` names). */
export const OUTPUT_FORMATS = Object.keys(FORMATS) as OutputFormat[];

/** Every format id in the order a build renders them: each after the formats it links to. */
export const BUILD_ORDER: readonly OutputFormat[] = (() => {
  const order: OutputFormat[] = [];
  const visit = (format: OutputFormat) => {
    if (order.includes(format)) return;
    const spec: FormatSpec = FORMATS[format];
    for (const before of spec.after ?? []) if (before in FORMATS) visit(before as OutputFormat);
    order.push(format);
  };
  for (const format of OUTPUT_FORMATS) visit(format);
  return order;
})();

/** The formats `pressroom build` makes without `--format`. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = OUTPUT_FORMATS.filter((format) => FORMATS[format].byDefault);

/** Every name `:::only{format=…}` accepts, in format order. */
export const ONLY_NAMES: readonly string[] = [...new Set(OUTPUT_FORMATS.flatMap((format) => FORMATS[format].only))];

/** A renderer with the registry's facts about its format. */
export type RegisteredRenderer = Renderer & { perArticle: boolean };

/**
 * The build's renderer table: a loader per format.
 *
 * @returns For each format, a function that loads its renderer.
 */
export function rendererTable(): Record<OutputFormat, () => Promise<RegisteredRenderer>> {
  const table = {} as Record<OutputFormat, () => Promise<RegisteredRenderer>>;
  for (const format of OUTPUT_FORMATS) {
    table[format] = async () => ({ ...(await FORMATS[format].load()), format, perArticle: FORMATS[format].perArticle });
  }
  return table;
}

/**
 * Whether content marked `:::only{format="…"}` appears in a format.
 *
 * @param names The names from the attribute (see content/directives.ts `parseFormats`).
 * @param format The format being rendered.
 * @returns True when one of the names selects the format.
 */
export function onlySelects(names: readonly string[], format: OutputFormat): boolean {
  const accepted: readonly string[] = FORMATS[format].only;
  return names.some((name) => accepted.includes(name));
}
