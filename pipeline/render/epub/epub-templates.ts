/**
 * The files of templates/epub/: the EJS templates that replace epub-gen-memory's own (its package
 * document hard-codes `xml:lang="en"`, the build time and a random id, and lacks accessibility
 * metadata and the cover-image property), the book's stylesheet and the cover page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the e-book templates. */
const EPUB_TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates', 'epub');

export interface EpubTemplates {
  /** Package document (`contentOPF`). */
  contentOpf: string;
  /** Navigation document (`tocXHTML`). */
  navXhtml: string;
  /** NCX for older reading systems (`tocNCX`). */
  tocNcx: string;
  /** Shell of every content document (`chapterXHTML`). */
  chapterXhtml: string;
  /** The book's stylesheet (without the @font-face rules, which are generated). */
  css: string;
  /** The page Chromium draws a cover from. */
  coverHtml: string;
}

let cached: Promise<EpubTemplates> | undefined;

/**
 * Read the templates (once per process).
 *
 * @returns Their text.
 */
export function loadEpubTemplates(): Promise<EpubTemplates> {
  cached ??= (async () => {
    const read = (name: string) => readFile(path.join(EPUB_TEMPLATES_DIR, name), 'utf8');
    const [contentOpf, navXhtml, tocNcx, chapterXhtml, css, coverHtml] = await Promise.all(
      ['content.opf.ejs', 'toc.xhtml.ejs', 'toc.ncx.ejs', 'chapter.xhtml.ejs', 'book.css', 'cover.html'].map(read),
    );
    return { contentOpf, navXhtml, tocNcx, chapterXhtml, css, coverHtml };
  })();
  cached.catch(() => (cached = undefined));
  return cached;
}
