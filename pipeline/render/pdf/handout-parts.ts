/**
 * Everything that goes into one handout page, gathered from the article, the config and the
 * shared rendering core: the sanitized body (with links and images for print), the review line,
 * the sources, the contact details (unless the article's `:::cta` shows them), the QR code to
 * the web edition, and the page CSS with the running header and footer.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { publishedImageBytes } from '../../content/image-file.ts';
import { reportOnce } from '../../diagnostics/report-once.ts';
import { select } from 'hast-util-select';
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../../config/resolve.ts';
import { transformArticle } from '../../transform/transform.ts';
import { reviewedLine, sourcesList } from '../article-parts.ts';
import { contactBlock } from '../../transform/directives/cta.ts';
import { formatDate, textDirection, wordsFor } from '../../languages/languages.ts';
import type { InterfaceWords } from '../../languages/interface-words.ts';
import type { HandoutParts, NotesArea } from './handout-page.ts';
import type { HandoutNotesInput } from '../../config/schema.ts';
import { pageCss } from './page-css.ts';
import { qrCode } from './qr-code.ts';
import { webEditionUrl } from '../../content/web-edition-url.ts';
import { pageName } from '../../content/page-name.ts';
import { fontStack, scriptFontsFor, scriptFontStylesheets } from '../script-fonts.ts';
import { toString } from 'hast-util-to-string';
import '../../types.ts';

export interface HandoutAssets {
  /** templates/handout.css. */
  stylesheet: string;
  /** `file:` URLs of the font stylesheets. */
  fontStylesheets: string[];
  /** The clinic's logo as a `data:` URL. */
  logo?: string;
  /** The article transform. */
  transform: typeof transformArticle;
  /** The article at a path, for links between articles (content/library.ts `linkedArticle`). */
  articleAt(absolutePath: string, fromLanguage?: string, anchor?: string): { slug: string; published: boolean } | undefined;
}

/**
 * An image for print: a `file:` URL, checked as the web edition checks it. An SVG is refused
 * here when its content is; `printSvgImages` then swaps the file for its re-serialization.
 */
function printedImageSrc(absolute: string, file: VFile, contentDir: string, image: Element, svgs: Map<string, Buffer>): string {
  if (path.extname(absolute).toLowerCase() === '.svg') {
    const published = publishedImageBytes(absolute, path.relative(contentDir, absolute).split(path.sep).join('/'));
    if (!published.ok) {
      reportOnce(file, 'error', published.reason, 'render-image', image);
      return '';
    }
    svgs.set(pathToFileURL(absolute).href, published.bytes);
  }
  return pathToFileURL(absolute).href;
}

/**
 * Point every SVG image of the sanitized body at its sanitized re-serialization (a `data:` URL),
 * so the handout never shows the file's bytes as written. Runs after the sanitizer, which allows
 * no `data:` URL from an article.
 */
function printSvgImages(body: Root, svgs: ReadonlyMap<string, Buffer>): void {
  visit(body, 'element', (node) => {
    // Only the images `printedImageSrc` checked: any other `file:` URL is left to the page sandbox.
    const bytes = node.tagName === 'img' && typeof node.properties.src === 'string' ? svgs.get(node.properties.src) : undefined;
    if (bytes) node.properties.src = `data:image/svg+xml;base64,${bytes.toString('base64')}`;
  });
}

/**
 * Gather the parts of an article's handout.
 *
 * @param file A validated article (`data.tree`, `data.article`); render problems go on it.
 * @param config Resolved config with a clinic.
 * @param assets Stylesheets, logo and transform, shared by every handout of the build.
 * @returns The parts for `handoutPage`.
 */
export async function handoutParts(file: VFile, config: ResolvedConfig, assets: HandoutAssets): Promise<HandoutParts> {
  const article = file.data.article!;
  const clinic = config.clinic!;
  const text = wordsFor(article.language, config.words).handout;
  const ui = wordsFor(article.language, config.words).page;
  const svgs = new Map<string, Buffer>();
  const body = assets.transform(file, config, {
    format: 'pdf',
    // A printout has no other pages: links between articles go to their web editions.
    articleHref: (slug, anchor) => webEditionUrl(clinic.url, slug, anchor),
    articleAt: (absolute, anchor) => assets.articleAt(absolute, article.language, anchor),
    imageSrc: (absolutePath, image) => printedImageSrc(absolutePath, file, config.contentDir, image, svgs),
  });
  printSvgImages(body, svgs);
  const webUrl = webEditionUrl(clinic.url, pageName(article, config.defaults.language));
  // The article's `:::cta` already shows the contact details: print them once.
  const details = select('aside.callout-cta address.contact', body) ? undefined : contactBlock(config, ui);
  const css = pageCss({
    paper: article.handout.paper ?? config.defaults.paper,
    clinicName: clinic.name,
    logo: assets.logo,
    emergency: text.headerEmergency(clinic.emergencyNumber),
    footer: `${article.title}\n${ui.lastReviewed} ${formatDate(article.reviewed.on, article.language)}`,
    pageOf: text.pageOf,
    direction: textDirection(article.language),
  });
  // Every word the page prints, to load the script fonts it needs and only those.
  const printed = [JSON.stringify([article, clinic, Object.values(text).filter((word) => typeof word === 'string'), ui]), toString(body), css].join('\n');
  const fonts = scriptFontsFor(printed, article.language);
  return {
    language: article.language,
    documentTitle: article.title,
    kind: text.kind,
    title: article.title,
    summary: article.summary,
    reviewed: reviewedLine(article, config.words),
    body,
    contact: details && { heading: text.contactHeading, details },
    qr: await qrCode(webUrl, text.qrAlt(webUrl)),
    qrCaption: text.qrCaption,
    webUrl,
    sources: sourcesList(article, 2, config.words),
    disclaimer: ui.disclaimer,
    fontStylesheets: [...assets.fontStylesheets, ...fonts.flatMap(scriptFontStylesheets)],
    css: `${assets.stylesheet}\n${css}${fonts.length > 0 ? fontStackCss(fontStack(fonts, article.language)) : ''}`,
    furnitureText:
      fonts.length > 0
        ? { bold: `${clinic.name} ${text.headerEmergency(clinic.emergencyNumber)}`, regular: `${article.title} ${ui.lastReviewed} ${formatDate(article.reviewed.on, article.language)} ${text.pageOf.join(' 0123456789')}` }
        : undefined,
    notes: notesArea(article.handout.notes ?? config.types[article.type]?.handout?.notes, text),
  };
}

/**
 * Set the text and the running header and footer in a font stack with the article's scripts
 * (templates/handout.css names Atkinson Hyperlegible alone, which has Latin letters only).
 *
 * @param stack A CSS font-family list.
 * @returns CSS, later in the cascade than the template's rules.
 */
function fontStackCss(stack: string): string {
  const boxes = ['top-left', 'top-right', 'bottom-left', 'bottom-right'].map((box) => `  @${box} { font-family: ${stack}; }`).join('\n');
  const hidden = '.furniture-glyphs { position: absolute; visibility: hidden; height: 0; overflow: hidden; }\n.furniture-bold { font-weight: 700; }\n';
  return `html { font-family: ${stack}; }\n@page {\n${boxes}\n}\n${hidden}`;
}

/** The notes area an article asks for (its own `handout.notes`, else its type's), in its language. */
function notesArea(notes: HandoutNotesInput | undefined, text: InterfaceWords['handout']): NotesArea | undefined {
  if (notes === undefined || notes === false) return undefined;
  const chosen = notes === true ? { lines: 4, blanks: ['appointment', 'extension', 'exercises'] as const } : notes;
  if (chosen.lines === 0 && chosen.blanks.length === 0) return undefined;
  return { heading: text.notesHeading, lines: chosen.lines, blanks: chosen.blanks.map((blank) => text.blanks[blank]) };
}
