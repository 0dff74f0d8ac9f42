/**
 * The sample book of content/pressroom.yaml, built by `build()` as `pressroom build --format epub`
 * does (lint included): valid, complete, readable elsewhere and reproducible.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../pipeline/build.ts';
import type { Book } from '../pipeline/config/schema.ts';
import { EPUBCHECK_TIMEOUT, epubcheck, messagesOf, openEpub, pandocText, repoRoot } from './epub-helpers.ts';

const EPOCH = 1767225600; // 2026-01-01T00:00:00Z

let first: BuildResult;
let book: Book;
let epubA: string;
let epubB: string;
const previousEpoch = process.env.SOURCE_DATE_EPOCH;

beforeAll(async () => {
  process.env.SOURCE_DATE_EPOCH = String(EPOCH);
  const outA = await mkdtemp(path.join(tmpdir(), 'pressroom-sample-a-'));
  const outB = await mkdtemp(path.join(tmpdir(), 'pressroom-sample-b-'));
  first = await build({ paths: ['content'], cwd: repoRoot, outDir: outA, formats: ['epub'] });
  await build({ paths: ['content'], cwd: repoRoot, outDir: outB, formats: ['epub'] });
  expect(first.config?.books.map((entry) => entry.id)).toEqual(['back-care-library', 'biblioteca-cuidado-espalda']);
  book = first.config!.books[0];
  epubA = path.join(outA, 'epub', `${book.id}.epub`);
  epubB = path.join(outB, 'epub', `${book.id}.epub`);
}, EPUBCHECK_TIMEOUT);

afterAll(() => {
  if (previousEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = previousEpoch;
});

describe('the sample e-book', () => {
  it('builds from every configured chapter, with no message on the book', () => {
    expect(first.extra).toHaveLength(2);
    for (const bookFile of first.extra) expect(messagesOf(bookFile)).toEqual([]);
    expect(first.extra[0].data.outputs?.epub).toBe(epubA);
    // The chapters are the book's language's articles with those slugs (translations share them).
    const chapters = first.rendered.filter((file) => book.chapters.includes(file.data.article!.slug) && file.data.article!.language === book.language);
    expect(chapters.map((file) => file.data.article!.slug).sort()).toEqual([...book.chapters].sort());
  });

  it('passes EPUBCheck 5.3 with 0 errors and 0 warnings', async () => {
    const result = await epubcheck(epubA);
    expect(result.messages).toEqual([]);
    expect(result).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
  }, EPUBCHECK_TIMEOUT);

  it('is byte-identical when built twice with the same SOURCE_DATE_EPOCH', async () => {
    const [a, b] = await Promise.all([readFile(epubA), readFile(epubB)]);
    expect(a.equals(b)).toBe(true);
    const opf = await (await openEpub(epubA)).text('OEBPS/content.opf');
    expect(opf).toContain('<meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>');
  });

  it('stores `mimetype` first, uncompressed, and dates every entry from SOURCE_DATE_EPOCH', async () => {
    const bytes = await readFile(epubA);
    // Local file header: signature, version, flags, method (0 = stored) at offset 8, name at 30.
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.subarray(30, 38).toString('latin1')).toBe('mimetype');
    expect(bytes.subarray(38, 58).toString('latin1')).toBe('application/epub+zip');
    const { zip } = await openEpub(epubA);
    const dates = new Set(Object.values(zip.files).map((entry) => entry.date.toISOString()));
    expect([...dates]).toEqual(['2026-01-01T00:00:00.000Z']);
  });

  it('carries the config’s metadata in the package document', async () => {
    const opf = await (await openEpub(epubA)).text('OEBPS/content.opf');
    expect(opf).toMatch(new RegExp(`<dc:identifier id="pub-id">${book.identifier}</dc:identifier>`));
    expect(opf).toContain(`<dc:title id="title">${book.title}</dc:title>`);
    if (book.subtitle) expect(opf).toContain(`<dc:title id="subtitle">${book.subtitle}</dc:title>`);
    for (const author of book.authors) expect(opf).toContain(`>${author}</dc:creator>`);
    expect(opf).toContain(`<dc:language>${book.language}</dc:language>`);
    expect(opf).toContain(`xml:lang="${book.language}"`);
    expect(opf).toContain(`<dc:description>${book.description}</dc:description>`);
    if (book.rights) expect(opf).toContain(`<dc:rights>${book.rights}</dc:rights>`);
    if (book.date) expect(opf).toContain(`<dc:date>${book.date}</dc:date>`);
    for (const property of ['accessMode', 'accessModeSufficient', 'accessibilityFeature', 'accessibilityHazard', 'accessibilitySummary']) {
      expect(opf).toContain(`<meta property="schema:${property}"`);
    }
    expect(opf).not.toContain('dcterms:conformsTo');
  });

  it('lists the chapters in the configured order in the spine, the navigation and the NCX', async () => {
    const epub = await openEpub(epubA);
    const opf = await epub.text('OEBPS/content.opf');
    const spine = [...opf.matchAll(/<itemref idref="([^"]+)"\/>/g)].map((match) => match[1]);
    expect(spine).toEqual(['title-page', 'notice', 'nav', ...book.chapters.map((slug) => `chapter-${slug}`), 'emergency-signs']);
    const nav = await epub.text('OEBPS/toc.xhtml');
    const tocNav = nav.slice(nav.indexOf('epub:type="toc"'), nav.indexOf('epub:type="landmarks"'));
    const chapterLinks = [...tocNav.matchAll(/href="(chapter-[^"#]+)\.xhtml"/g)].map((match) => match[1]);
    expect(chapterLinks).toEqual(book.chapters.map((slug) => `chapter-${slug}`));
    const ncx = await epub.text('OEBPS/toc.ncx');
    expect([...ncx.matchAll(/<content src="(chapter-[^"#]+)\.xhtml"\/>/g)].map((match) => match[1])).toEqual(book.chapters.map((slug) => `chapter-${slug}`));
    expect(ncx).toContain(`<meta name="dtb:uid" content="${book.identifier}"/>`);
  });

  it('is read by pandoc with every chapter in order', async () => {
    const text = await pandocText(epubA);
    const titles = book.chapters.map((slug) => first.rendered.find((file) => file.data.article!.slug === slug && file.data.article!.language === book.language)!.data.article!.title);
    const positions = titles.map((title) => text.indexOf(title));
    for (const position of positions) expect(position).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const appendix = text.lastIndexOf('Emergency signs at a glance');
    expect(appendix).toBeGreaterThan(positions.at(-1)!);
    // The red flags of the sample article reach the other reader.
    expect(text).toContain('loss of bladder or bowel control');
  });

  it('has a generated 1600×2560 PNG cover marked as the cover image', async () => {
    const epub = await openEpub(epubA);
    const opf = await epub.text('OEBPS/content.opf');
    expect(opf).toContain('<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image"/>');
    const png = Buffer.from(await epub.zip.file('OEBPS/cover.png')!.async('uint8array'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 2560]);
  });

  it('embeds the bundled fonts and its own stylesheet', async () => {
    const epub = await openEpub(epubA);
    const fonts = epub.names.filter((name) => name.startsWith('OEBPS/fonts/'));
    expect(fonts).toContain('OEBPS/fonts/atkinson-hyperlegible-latin-400-normal.woff2');
    expect(fonts).toHaveLength(8);
    const css = await epub.text('OEBPS/style.css');
    for (const font of fonts) expect(css).toContain(`url(${font.slice('OEBPS/'.length)})`);
    expect(css).toContain('.callout-emergency');
    const opf = await epub.text('OEBPS/content.opf');
    for (const font of fonts) expect(opf).toContain(`href="${font.slice('OEBPS/'.length)}" media-type="font/woff2"`);
  });

  it('has a Spanish book of the Spanish translation, in Spanish throughout, EPUBCheck-clean', async () => {
    const spanish = first.extra[1].data.outputs?.epub as string;
    expect(path.basename(spanish)).toBe('biblioteca-cuidado-espalda.epub');
    const result = await epubcheck(spanish);
    expect(result.messages).toEqual([]);
    const epub = await openEpub(spanish);
    const opf = await epub.text('OEBPS/content.opf');
    expect(opf).toContain('<dc:language>es-US</dc:language>');
    const text = await pandocText(spanish);
    for (const words of ['Antes de leer', 'Señales de emergencia de un vistazo', 'Espasmos en la parte baja de la espalda', 'pérdida del control de la vejiga']) expect(text).toContain(words);
  }, EPUBCHECK_TIMEOUT);
});
