/**
 * One e-book, from its config entry and the renderable articles to the bytes of the EPUB:
 * chapters in the configured order (each the article's transformed body in a chapter frame),
 * title page, notice, navigation, the emergency appendix, images and cover checked before the
 * library sees them, accessibility metadata, then epub-gen-memory and the reproducible post-pass.
 * Problems are messages on the book's file; a book with an error is not written.
 */
import path from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import type { CheckedArticle } from '../../content/library.ts';
import type { Book } from '../../config/schema.ts';
import type { ResolvedConfig } from '../../config/resolve.ts';
import { report } from '../../diagnostics/report-message.ts';
import { EMERGENCY_LOSS_ID, lostRedFlags, transformArticle } from '../../transform/transform.ts';
import { emergencyLosses } from '../../transform/emergency-preserved.ts';
import { reportOnce } from '../../diagnostics/report-once.ts';
import { emergencyNumber } from '../../transform/directives/emergency.ts';
import { webEditionUrl } from '../../content/web-edition-url.ts';
import { pageName } from '../../content/page-name.ts';
import { accessibilityFacts, accessibilityMetadata, type AccessibilityFacts } from './accessibility-metadata.ts';
import { keepChapter, keptChapter, type KeptChapter } from './chapter-part.ts';
import type { PartCache } from '../../build/build-cache.ts';
import { bookCover } from './book-cover.ts';
import { bookDates } from './book-dates.ts';
import { bookFonts, fontFaceCss, scriptBookFonts } from './book-fonts.ts';
import { toString } from 'hast-util-to-string';
import { bookIdentifier } from './book-identifier.ts';
import { BookImages } from './book-images.ts';
import { interfaceLanguage, textDirection, wordsFor } from '../../languages/languages.ts';
import { chapterEntry, fragment, type Landmark, type NavEntry } from './book-navigation.ts';
import { chapterDocument } from './chapter-document.ts';
import { checkLocalImage, mayBeAnimated } from '../../content/image-file.ts';
import { emergencyAppendix } from './emergency-appendix.ts';
import type { EpubTemplates } from './epub-templates.ts';
import { noticePage, titlePage } from './front-pages.ts';
import { generateEpub, type EpubDocument } from './generate-epub.ts';
import { normalizeZip } from './normalize-zip.ts';
import { packageData } from './package-data.ts';
import type { CoverText } from './render-cover.ts';
import { elementsOf, toXhtml } from './to-xhtml.ts';
import '../../types.ts';

/** Document names inside the EPUB. */
const TITLE_PAGE = 'title-page';
const NOTICE = 'notice';
const APPENDIX = 'emergency-signs';
// A book lists each slug once, so a chapter's slug names its document (translations share slugs, but not a book).
const chapterId = (slug: string) => `chapter-${slug}`;

export interface BookJob {
  book: Book;
  /** Index of the book in `books`, for positions in the config. */
  index: number;
  config: ResolvedConfig;
  /** The chapters, published articles in the book's order (lint checked they all are). */
  chapters: readonly CheckedArticle[];
  /** The article at a path, for links between articles (content/library.ts `linkedArticle`). */
  articleAt(absolutePath: string, fromLanguage?: string, anchor?: string): { slug: string; published: boolean } | undefined;
  templates: EpubTemplates;
  /** The book's file: every problem goes here. */
  file: VFile;
  /** Position of a config node under this book (`['chapters', 2]`), if known. */
  place(path: ReadonlyArray<string | number>): Position | undefined;
  /** Draw a cover (for books without one). */
  drawCover(text: CoverText): Promise<Uint8Array>;
  sourceDateEpoch?: number;
  /** Chapters as the last build made them, reused while their inputs are the same. */
  parts?: PartCache;
}

export interface BuiltBook {
  bytes: Uint8Array;
  /** The chapters' article files, in order. */
  chapters: VFile[];
}

/**
 * Build one book.
 *
 * @param job The book and its surroundings.
 * @returns The EPUB bytes, or undefined when the book has errors (reported on `job.file`).
 */
export async function buildBook(job: BookJob): Promise<BuiltBook | undefined> {
  const { book, config, file } = job;
  const chapters = job.chapters.map((chapter) => chapter.file);

  const language = book.language ?? config.defaults.language;
  const direction = textDirection(language);
  const words = wordsFor(language, config.words);
  const labels = words.book;
  // Words of another language (English, for a book in a language without its own) say so.
  const labelsLang = interfaceLanguage(language) ? undefined : words.tag;
  const identifier = bookIdentifier(book.identifier);
  if (identifier.problem) report(file, 'warning', `${identifier.problem} (e-book \`${book.id}\`)`, 'epub-identifier', job.place(['identifier']));

  // The same article tree as the web edition, with links and images for this book.
  const page = (chapter: VFile) => pageName(chapter.data.article!, config.defaults.language);
  const inBook = new Map(chapters.map((chapter) => [page(chapter), chapter]));
  const images = new BookImages();
  const parts: KeptChapter[] = [];
  // What a chapter shows besides its own article: the book (its words, which articles it holds).
  const inputs = [book.id, language, JSON.stringify([...inBook.keys()])];
  let renderErrors = false;
  for (const chapter of chapters) {
    const slug = chapter.data.article!.slug;
    const kept = await job.parts?.reuse(chapter, inputs, (data) => {
      const part = keptChapter(data);
      if (!part) return undefined;
      // Its images are named in order of first use in the book: registered again in its order, they must get the same names.
      const sameImages = part.images.map(([relative, src]) => images.src(path.resolve(config.contentDir, relative), slug) === src).every(Boolean);
      const at = (relative: string, anchor: string | null) => job.articleAt(path.resolve(config.contentDir, relative), chapter.data.article!.language, anchor ?? undefined);
      return sameImages && part.links.every(([relative, anchor, answer]) => JSON.stringify(at(relative, anchor) ?? null) === answer) ? part : undefined;
    }, book.id);
    if (kept) {
      parts.push(kept);
      continue;
    }
    const messagesBefore = chapter.messages.length;
    const asked: Pick<KeptChapter, 'links' | 'images'> = { links: [], images: [] };
    const inContent = (absolute: string) => path.relative(config.contentDir, absolute).split(path.sep).join('/');
    const body = transformArticle(chapter, config, {
      format: 'epub',
      articleHref: (target, anchor) => articleHref(target, anchor, inBook, config, slug),
      articleAt: (absolute, anchor) => {
        const linked = job.articleAt(absolute, chapter.data.article!.language, anchor);
        asked.links.push([inContent(absolute), anchor ?? null, JSON.stringify(linked ?? null)]);
        return linked;
      },
      imageSrc: (absolute) => {
        const src = images.src(absolute, slug);
        asked.images.push([inContent(absolute), src]);
        return src;
      },
    });
    const framed = chapterDocument(chapter.data.article!, body, config.words);
    const made = keepChapter(framed.tree, body, framed.headings, asked);
    parts.push(made);
    // A chapter with something to say is made again each time, so it says it again.
    if (chapter.messages.length === messagesBefore && !chapter.messages.some((message) => message.ruleId?.startsWith('render-'))) await job.parts?.keep(chapter, inputs, made, [], undefined, book.id);
  }
  for (const chapter of chapters) {
    const slug = chapter.data.article!.slug;
    // Errors of the shared rendering core (`render-*`) are reported once per file, whichever
    // format met them first, so look for them rather than for new messages.
    if (lostRedFlags(chapter) || chapter.messages.some((message) => message.fatal && message.ruleId?.startsWith('render-'))) {
      renderErrors = true;
      report(file, 'error', `Cannot build the e-book \`${book.id}\`: chapter \`${slug}\` (\`${chapter.path}\`) has rendering errors; see its messages`, 'epub-chapter', job.place(['chapters', book.chapters.indexOf(slug)]));
    }
  }
  const imagesOk = await checkImages(job, images);
  if (renderErrors || !imagesOk) return undefined;

  const number = emergencyNumber({ config });
  const documents: EpubDocument[] = [];
  const trees: Root[] = [];
  const add = (document: Omit<EpubDocument, 'body' | 'direction' | 'images'>, tree: Root) => {
    trees.push(tree);
    const svg = elementsOf(tree).some((element) => element.tagName === 'svg');
    documents.push({ ...document, body: toXhtml(tree), direction: textDirection(document.lang), properties: svg ? 'svg' : undefined, images: [] });
  };
  add({ id: TITLE_PAGE, title: book.title, bodyType: 'frontmatter', lang: language, beforeToc: true }, titlePage(book));
  add(
    { id: NOTICE, title: labels.noticeTitle, bodyType: 'frontmatter', lang: language, beforeToc: true },
    noticePage(book, config, labels, language, number, `${APPENDIX}.xhtml`, labelsLang),
  );
  const nav: NavEntry[] = [{ label: labels.noticeTitle, href: `${NOTICE}.xhtml`, lang: labelsLang, children: [] }];
  chapters.forEach((chapter, index) => {
    const article = chapter.data.article!;
    const part = parts[index];
    const id = chapterId(article.slug);
    documents.push({
      id,
      title: article.title,
      bodyType: 'bodymatter',
      lang: article.language,
      beforeToc: false,
      body: part.xhtml,
      direction: textDirection(article.language),
      properties: part.svg ? 'svg' : undefined,
      images: images.list().filter((image) => image.chapter === article.slug),
    });
    nav.push(chapterEntry(article.title, `${id}.xhtml`, part.headings, sameLanguage(article.language, language) ? undefined : article.language));
  });
  const appendix = emergencyAppendix(
    chapters.map((chapter, index) => {
      const article = chapter.data.article!;
      const emergency: Root = { type: 'root', children: parts[index].emergency };
      return { href: `${chapterId(article.slug)}.xhtml`, title: article.title, lang: sameLanguage(article.language, language) ? undefined : article.language, body: emergency };
    }),
    labels,
    number,
    labelsLang,
  );
  // The red-flag guarantee for the appendix: each chapter's copies hold every item of its blocks.
  let appendixLost = false;
  chapters.forEach((chapter, index) => {
    const copies: Root = { type: 'root', children: appendix.copies.get(index) ?? [] };
    for (const loss of emergencyLosses(chapter.data.tree!, String(chapter.value ?? ''), copies, 'epub')) {
      appendixLost = true;
      reportOnce(chapter, 'error', `${loss.reason} (in the e-book's “${labels.appendixTitle}”)`, EMERGENCY_LOSS_ID, loss.position);
    }
  });
  if (appendixLost) {
    report(file, 'error', `Cannot build the e-book \`${book.id}\`: its “${labels.appendixTitle}” appendix would lose red flags; see the chapters' messages`, 'epub-chapter', job.place(['chapters']));
    return undefined;
  }
  add({ id: APPENDIX, title: labels.appendixTitle, bodyType: 'backmatter', lang: language, beforeToc: false }, appendix.tree);
  nav.push({ label: labels.appendixTitle, href: `${APPENDIX}.xhtml`, lang: labelsLang, children: [] });
  const landmarks: Landmark[] = [
    { type: 'titlepage', href: `${TITLE_PAGE}.xhtml`, label: book.title },
    { type: 'toc', href: 'toc.xhtml#toc', label: labels.contents },
    { type: 'bodymatter', href: `${chapterId(chapters[0].data.article!.slug)}.xhtml`, label: chapters[0].data.article!.title },
    { type: 'appendix', href: `${APPENDIX}.xhtml#${fragment(appendix.titleId)}`, label: labels.appendixTitle },
  ];

  const coverText: CoverText = { title: book.title, subtitle: book.subtitle, authors: book.authors, publisher: book.publisher, language };
  let cover: Awaited<ReturnType<typeof bookCover>>;
  try {
    cover = await bookCover(book.cover, config.contentDir, () => job.drawCover(coverText));
  } catch (error) {
    // No browser on this machine, or Chromium failed: say how to do without one.
    const message = report(
      file,
      'error',
      `Cannot draw a cover for the e-book \`${book.id}\` (${(error as Error).message.replace(/\.$/, '')}); set \`cover:\` to an image file in the content folder, or make a browser available`,
      'epub-cover',
      job.place(['cover']),
    );
    message.cause = error;
    return undefined;
  }
  if (!cover.ok) {
    report(file, 'error', `Cannot use the cover of the e-book \`${book.id}\`: ${lowerFirst(cover.reason)}`, 'epub-cover', job.place(['cover']));
    return undefined;
  }

  const dates = bookDates(job.sourceDateEpoch, book.date, chapters.map((chapter) => chapter.data.article!.reviewed.on));
  const animated = images.list().some((image) => image.animated);
  const data = packageData({
    book,
    identifier,
    language,
    direction,
    chapterLanguages: chapters.map((chapter) => chapter.data.article!.language),
    modified: dates.modified,
    accessibility: accessibilityMetadata(withChapters(accessibilityFacts(trees, animated), parts)),
    nav,
    landmarks,
    labels,
    labelsLang,
  });
  const fonts = bookFonts();
  // Every word the book shows, for the script fonts it needs (none for a Latin-script book).
  const shown = scriptBookFonts(
    [book.title, book.subtitle ?? '', ...book.authors, book.publisher ?? '', labels.contents, ...trees.map((tree) => toString(tree)), ...parts.map((part) => part.characters)].join('\n'),
    language,
  );
  const zip = await generateEpub({
    options: {
      title: book.title,
      author: book.authors,
      publisher: book.publisher,
      description: book.description,
      lang: language,
      // Unused by pressroom's templates; set so the library never reads the clock.
      date: dates.modified,
      tocTitle: labels.contents,
      cover: cover.cover,
      css: `${fontFaceCss(fonts)}\n${job.templates.css}\n${shown.css}`,
      fonts: [...fonts.map((font) => ({ filename: font.filename, url: font.url })), ...shown.fonts],
      contentOPF: job.templates.contentOpf,
      tocXHTML: job.templates.navXhtml,
      tocNCX: job.templates.tocNcx,
      chapterXHTML: job.templates.chapterXhtml,
      book: data,
    },
    documents,
    images: images.list(),
  });
  return { bytes: await normalizeZip(zip, dates.zipDate), chapters };
}

/**
 * Check every image of the book before the library reads it.
 *
 * @returns Whether all are usable.
 */
async function checkImages(job: BookJob, images: BookImages): Promise<boolean> {
  let ok = true;
  for (const image of images.list()) {
    const checked = await checkLocalImage(image.absolute, job.config.contentDir);
    if (checked.ok) {
      image.mediaType = checked.mediaType;
      image.bytes = checked.bytes;
      image.animated = mayBeAnimated(checked.mediaType, checked.bytes);
      continue;
    }
    ok = false;
    const index = job.book.chapters.indexOf(image.chapter);
    report(job.file, 'error', `Cannot build the e-book \`${job.book.id}\`: chapter \`${image.chapter}\`: ${lowerFirst(checked.reason)}`, 'epub-image', job.place(['chapters', index]));
  }
  return ok;
}

/**
 * Where a link to another article leads in the e-book: its chapter when it is in this book,
 * else its web edition (the e-book has no other pages).
 */
function articleHref(slug: string, anchor: string | undefined, inBook: ReadonlyMap<string, VFile>, config: ResolvedConfig, from: string): string {
  // `slug` is the linked article's page name (`es/<slug>`); `inBook` is keyed by page name too.
  const hash = anchor ? `#${fragment(anchor)}` : '';
  const chapter = inBook.get(slug)?.data.article;
  if (chapter) return `${chapterId(chapter.slug)}.xhtml${hash}`;
  if (config.clinic) return webEditionUrl(config.clinic.url, slug, anchor);
  // Without a web address, stay in the chapter rather than leave a dead link.
  return `${chapterId(from)}.xhtml`;
}

/** The facts of the front and back pages with those of every chapter added. */
function withChapters(facts: AccessibilityFacts, parts: readonly KeptChapter[]): AccessibilityFacts {
  for (const part of parts) {
    facts.informativeImages += part.facts.informativeImages;
    facts.decorativeImages += part.facts.decorativeImages;
    facts.imagesWithoutAlt += part.facts.imagesWithoutAlt;
    facts.usesAria ||= part.facts.usesAria;
  }
  return facts;
}

function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
