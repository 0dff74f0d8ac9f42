/**
 * Test books with images (informative, decorative, SVG, GIF), a table, footnotes, every directive,
 * links between chapters, a configured cover, an ISBN, a chapter in Spanish and one in Arabic — in an
 * English book — and a Spanish book (fixtures/epub/library).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EPUBCHECK_TIMEOUT, buildFixtureBooks, epubcheck, epubFixtures, messagesOf, openEpub, pandocText, type BuiltBooks, type OpenedEpub } from './epub-helpers.ts';

const library = path.join(epubFixtures, 'library');
let built: BuiltBooks;
let full: OpenedEpub;
let spanish: OpenedEpub;

beforeAll(async () => {
  built = await buildFixtureBooks(library, { sourceDateEpoch: 1767225600 });
  full = await openEpub(built.epub('full-book'));
  spanish = await openEpub(built.epub('libro-en-espanol'));
}, EPUBCHECK_TIMEOUT);

/** The `<main>` of a content document, for content assertions. */
async function mainOf(epub: OpenedEpub, name: string): Promise<string> {
  const text = await epub.text(`OEBPS/${name}`);
  return text.slice(text.indexOf('<main'), text.indexOf('</main>') + 7);
}

describe('test books', () => {
  it('build without messages on the books', () => {
    expect(built.bookFiles.map(messagesOf)).toEqual([[], []]);
  });

  it.each(['full-book', 'libro-en-espanol'])('pass EPUBCheck 5.3 with 0 errors and 0 warnings: %s', async (id) => {
    const result = await epubcheck(built.epub(id));
    expect(result.messages).toEqual([]);
    expect(result).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
  }, EPUBCHECK_TIMEOUT);

  it('keep alt text as written: descriptions verbatim, decorative images silent', async () => {
    const chapter = await mainOf(full, 'chapter-everything.xhtml');
    expect(chapter).toContain('<img src="images/image-1.gif" alt="" />');
    expect(chapter).toContain('<img src="images/image-2.jpg" alt="Lying on your back, pull one knee toward your chest with both hands" />');
    expect(chapter).toContain('<img src="images/image-3.svg" alt="Drawing of a spine: a column with four discs" />');
    expect(chapter).not.toContain('image-placeholder');
    expect(chapter).toContain('<figcaption>Hold for 20 seconds</figcaption>');
  });

  it('embed each image once, under a fixed name, with its own bytes and type', async () => {
    const opf = await full.text('OEBPS/content.opf');
    expect(opf).toContain('<item id="image-1" href="images/image-1.gif" media-type="image/gif"/>');
    expect(opf).toContain('<item id="image-2" href="images/image-2.jpg" media-type="image/jpeg"/>');
    expect(opf).toContain('<item id="image-3" href="images/image-3.svg" media-type="image/svg+xml"/>');
    const jpeg = await full.zip.file('OEBPS/images/image-2.jpg')!.async('nodebuffer');
    expect(jpeg.equals(await readFile(path.join(library, 'images', 'knee-to-chest.jpg')))).toBe(true);
  });

  it('keep what the library would drop: table headers, list start, footnote semantics', async () => {
    const chapter = await mainOf(full, 'chapter-everything.xhtml');
    expect(chapter).toContain('<th class="align-center">Hold</th>');
    expect(chapter).toContain('<ol start="3">');
    expect(chapter).toMatch(/<a href="#user-content-fn-first" id="user-content-fnref-first"[^>]*epub:type="noteref"/);
    expect(chapter).toMatch(/<section data-footnotes="" class="footnotes" epub:type="endnotes" role="doc-endnotes">/);
    expect(chapter).toContain('<li id="user-content-fn-first" epub:type="endnote">');
  });

  it('render every directive, and `:::only` for the e-book only', async () => {
    const chapter = await mainOf(full, 'chapter-everything.xhtml');
    expect(chapter).toContain('<section class="callout callout-emergency" aria-labelledby="emergency-1"><p class="callout-label" id="emergency-1">Get emergency care</p>');
    expect(chapter).toContain('<p class="emergency-call">Call <a href="tel:112">112</a> or go to the nearest emergency room.</p>');
    for (const kind of ['warning', 'tip', 'note', 'cta']) expect(chapter).toContain(`<aside class="callout callout-${kind}" aria-labelledby="${kind}-1">`);
    expect(chapter).toContain('<p class="callout-label" id="tip-1">Heat first</p>');
    expect(chapter).toContain('<address class="contact">');
    expect(chapter).toContain('This paragraph is only in the e-book.');
    expect(chapter).not.toContain('This paragraph is only on the web.');
  });

  it('link chapters to each other inside the book, and other articles to the web edition', async () => {
    const chapter = await mainOf(full, 'chapter-everything.xhtml');
    expect(chapter).toContain('<a href="chapter-dolor-de-espalda.xhtml#cuándo-buscar-atención-de-emergencia">the Spanish chapter</a>');
    expect(chapter).toContain('<a href="chapter-plain-guide.xhtml">plain guide</a>');
    expect(chapter).toContain('<a href="https://cedarbend.example.org/guides/not-in-book.html" rel="external noopener noreferrer">');
    const target = await full.text('OEBPS/chapter-dolor-de-espalda.xhtml');
    expect(target).toContain('id="cuándo-buscar-atención-de-emergencia"');
  });

  it('give a chapter in another language its own `xml:lang` and `lang`, in the chapter and in the navigation', async () => {
    const chapter = await full.text('OEBPS/chapter-dolor-de-espalda.xhtml');
    expect(chapter).toContain('<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="es" lang="es">');
    const english = await full.text('OEBPS/chapter-everything.xhtml');
    expect(english).toContain('xml:lang="en-US" lang="en-US"');
    const nav = await full.text('OEBPS/toc.xhtml');
    expect(nav).toContain('<a href="chapter-dolor-de-espalda.xhtml" lang="es" xml:lang="es">Espasmos en la parte baja de la espalda</a>');
    const opf = await full.text('OEBPS/content.opf');
    expect([...opf.matchAll(/<dc:language>([^<]+)<\/dc:language>/g)].map((match) => match[1])).toEqual(['en-US', 'es', 'ar']);
  });

  it('write a chapter in a right-to-left language right to left', async () => {
    const chapter = await full.text('OEBPS/chapter-arabic-guide.xhtml');
    expect(chapter).toContain('xml:lang="ar" lang="ar" dir="rtl">');
    expect(chapter).toContain('<h2 id="ما-يجب-إحضاره">ما يجب إحضاره</h2>');
    const nav = await full.text('OEBPS/toc.xhtml');
    expect(nav).toContain('<a href="chapter-arabic-guide.xhtml#ما-يجب-إحضاره" lang="ar" xml:lang="ar">ما يجب إحضاره</a>');
  });

  it('write a Spanish book in Spanish, from the package to the appendix', async () => {
    const opf = await spanish.text('OEBPS/content.opf');
    expect(opf).toContain('xml:lang="es"');
    expect(opf).toContain('<dc:language>es</dc:language>');
    const nav = await spanish.text('OEBPS/toc.xhtml');
    expect(nav).toContain('xml:lang="es" lang="es"');
    expect(nav).toContain('<h1 id="toc-title">Contenido</h1>');
    const notice = await mainOf(spanish, 'notice.xhtml');
    expect(notice).toContain('<h1 id="notice-title">Antes de leer</h1>');
    expect(notice).toContain('En una emergencia, llame al <a href="tel:112">112</a> de inmediato.');
    const appendix = await mainOf(spanish, 'emergency-signs.xhtml');
    expect(appendix).toContain('<h1 id="appendix-title">Señales de emergencia de un vistazo</h1>');
    expect(appendix).toContain('Más información en el capítulo «Espasmos en la parte baja de la espalda»');
  });

  it('gather every emergency block in the appendix, each linking back to its block in its chapter', async () => {
    const appendix = await mainOf(full, 'emergency-signs.xhtml');
    expect(appendix).toContain('In an emergency, call <a href="tel:112">112</a> right away.');
    const backLinks = [...appendix.matchAll(/<p class="appendix-back"><a href="([^"]+)">/g)].map((match) => match[1]);
    expect(backLinks).toEqual(['chapter-everything.xhtml#emergency-1', 'chapter-everything.xhtml#emergency-2', 'chapter-dolor-de-espalda.xhtml#emergency-1']);
    for (const link of backLinks) {
      const [file, id] = link.split('#');
      expect(await full.text(`OEBPS/${file}`)).toContain(`<p class="callout-label" id="${id}">`);
    }
    // The words of the blocks, unchanged; the plain guide has none, so it has no entry.
    expect(appendix).toContain('Get care the same day if you have a <strong>fever</strong> with back pain.');
    expect(appendix).toContain('pérdida del control de la vejiga o del intestino');
    expect(appendix).not.toContain('A plain guide');
    // Chapter words keep their language; the copied ids are unique in the appendix.
    expect(appendix).toContain('<h2 id="entry-2" lang="es" xml:lang="es">Espasmos en la parte baja de la espalda</h2>');
    const ids = [...appendix.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // A footnote call inside a block leads to the note in the chapter.
    expect(appendix).toContain('<a href="chapter-everything.xhtml#user-content-fn-second"');
  });

  it('list the appendix in the table of contents and the landmarks, and point to it from the notice', async () => {
    const nav = await full.text('OEBPS/toc.xhtml');
    expect(nav).toMatch(/<li><a href="emergency-signs.xhtml">Emergency signs at a glance<\/a>\s*<\/li>\s*<\/ol>\s*<\/nav>/);
    expect(nav).toContain('<a epub:type="appendix" href="emergency-signs.xhtml#appendix-title">Emergency signs at a glance</a>');
    const notice = await mainOf(full, 'notice.xhtml');
    expect(notice).toContain('<a href="emergency-signs.xhtml">Emergency signs at a glance</a>');
    expect(notice).toContain('It is not a substitute for care by a clinician');
    expect(notice).toContain('ISBN 978-0-306-40615-7');
  });

  it('nest the navigation by chapter and section', async () => {
    const nav = await full.text('OEBPS/toc.xhtml');
    expect(nav).toMatch(
      /<a href="chapter-everything.xhtml#causes">Causes<\/a>\s*<ol>\s*<li><a href="chapter-everything.xhtml#step-by-step">Step by step<\/a>/,
    );
    // A heading's footnote call is not part of its entry.
    expect(nav).toContain('<a href="chapter-everything.xhtml#treatment">Treatment</a>');
    const ncx = await full.text('OEBPS/toc.ncx');
    expect(ncx).toContain('<navLabel><text>Treatment</text></navLabel>');
    expect(ncx).toContain('<meta name="dtb:uid" content="urn:isbn:9780306406157"/>');
    expect(ncx).toContain('<meta name="dtb:depth" content="3"/>');
  });

  it('use the configured cover as is, marked as the cover image', async () => {
    const opf = await full.text('OEBPS/content.opf');
    expect(opf).toContain('<item id="cover-image" href="cover.jpeg" media-type="image/jpeg" properties="cover-image"/>');
    const cover = await full.zip.file('OEBPS/cover.jpeg')!.async('nodebuffer');
    expect(cover.equals(await readFile(path.join(library, 'images', 'cover.jpg')))).toBe(true);
  });

  it('declare the ISBN and only the accessibility features that are true', async () => {
    const opf = await full.text('OEBPS/content.opf');
    expect(opf).toContain('<dc:identifier id="pub-id">urn:isbn:9780306406157</dc:identifier>');
    expect(opf).toContain('<meta refines="#pub-id" property="identifier-type" scheme="onix:codelist5">15</meta>');
    const values = (property: string) => [...opf.matchAll(new RegExp(`<meta property="schema:${property}">([^<]+)</meta>`, 'g'))].map((match) => match[1]);
    expect(values('accessMode')).toEqual(['textual', 'visual']);
    expect(values('accessModeSufficient')).toEqual(['textual', 'textual,visual']);
    expect(values('accessibilityFeature')).toEqual(['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability', 'alternativeText', 'ARIA']);
    expect(values('accessibilityHazard')).toEqual(['none']);
    // The Spanish book has no images: no visual mode, no alternative-text claim.
    const other = await spanish.text('OEBPS/content.opf');
    expect(other).not.toContain('>visual<');
    expect(other).not.toContain('alternativeText');
  });

  it('are byte-identical when built again with the same inputs', async () => {
    const again = await buildFixtureBooks(library, { sourceDateEpoch: 1767225600 });
    for (const id of ['full-book', 'libro-en-espanol']) {
      const [a, b] = await Promise.all([readFile(built.epub(id)), readFile(again.epub(id))]);
      expect(a.equals(b), id).toBe(true);
    }
  }, EPUBCHECK_TIMEOUT);

  it('are read by pandoc with every chapter in order', async () => {
    const text = await pandocText(built.epub('full-book'));
    const order = ['Everything a chapter can hold', 'Espasmos en la parte baja de la espalda', 'A plain guide', 'دليل قصير', 'Emergency signs at a glance'].map((title) =>
      text.indexOf(`\n${title}\n`),
    );
    for (const position of order) expect(position).toBeGreaterThan(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Cauda equina syndrome needs surgery within hours.');
  });
});
