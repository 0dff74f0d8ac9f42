/**
 * Draw a cover for a book that has no cover image: templates/epub/cover.html filled with the
 * book's title, subtitle, authors and publisher, rendered by Chromium at 1600×2560 and saved as PNG.
 * The text goes in as hast text nodes, so a title with `<` or `&` stays text.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { SKIP, visit } from 'unist-util-visit';
import { toHtml } from 'hast-util-to-html';
import type { Browser } from 'puppeteer-core';
import { bookFonts, fontFaceCss } from './book-fonts.ts';

const COVER_WIDTH = 1600;
const COVER_HEIGHT = 2560;

export interface CoverText {
  title: string;
  subtitle?: string;
  authors: readonly string[];
  publisher?: string;
  /** BCP 47 tag, for hyphenation and the page's `lang`. */
  language: string;
}

/**
 * Fill the cover template.
 *
 * @param template Text of templates/epub/cover.html.
 * @param text The book's words.
 * @returns HTML of the cover page, loading the bundled fonts by `file:` URL.
 */
export function coverPage(template: string, text: CoverText): string {
  const tree: Root = fromHtml(template);
  const values: Record<string, string | undefined> = {
    title: text.title,
    subtitle: text.subtitle,
    authors: text.authors.join(', '),
    // A clinic that is both author and publisher is named once.
    publisher: text.publisher === text.authors.join(', ') ? undefined : text.publisher,
  };
  visit(tree, 'element', (element, index, parent) => {
    if (element.properties.dataCover === undefined) return;
    const field = String(element.properties.dataCover);
    const value = values[field];
    if (value === undefined || value.trim() === '') {
      // The book has no such field: drop the element rather than leave the placeholder.
      parent?.children.splice(index!, 1);
      return [SKIP, index!];
    }
    element.children = [{ type: 'text', value }];
    if (field === 'title') element.properties.dataLength = value.length > 70 ? 'very-long' : value.length > 40 ? 'long' : 'short';
    return SKIP;
  });
  const html = select('html', tree);
  if (html) html.properties.lang = text.language;
  const head = select('head', tree);
  const style: Element = { type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: fontFaceCss(bookFonts(), (font) => font.url) }] };
  head?.children.unshift(style);
  return toHtml(tree);
}

/**
 * Render a cover PNG.
 *
 * @param browser The build's browser.
 * @param template Text of templates/epub/cover.html.
 * @param text The book's words.
 * @param timeout Milliseconds the page may take (the config's `pdf.timeout`): a hung page fails the cover, not the build.
 * @param workDir Where the page file goes (the build's work folder; default the OS's temporary folder).
 * @returns PNG bytes, 1600×2560.
 */
export async function renderCover(browser: Browser, template: string, text: CoverText, timeout: number, workDir = tmpdir()): Promise<Uint8Array> {
  // Chromium refuses file: fonts for pages set with setContent, so the page is a file too.
  await mkdir(workDir, { recursive: true });
  const folder = await mkdtemp(path.join(workDir, 'cover-'));
  const page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  try {
    const file = path.join(folder, 'cover.html');
    await writeFile(file, coverPage(template, text));
    await page.setViewport({ width: COVER_WIDTH, height: COVER_HEIGHT, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await withTimeout(page.evaluate(() => document.fonts.ready.then(() => undefined)), timeout, 'the cover page did not finish loading its fonts');
    return await withTimeout(
      page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: COVER_WIDTH, height: COVER_HEIGHT }, captureBeyondViewport: false }),
      timeout,
      'Chromium did not draw the cover',
    );
  } finally {
    await page.close().catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
}

/** `work`, or a rejection after `ms` milliseconds: Puppeteer's own timeouts do not cover every call. */
async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
