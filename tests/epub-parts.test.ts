/**
 * The parts of the EPUB edition on their own: identifiers, dates, XHTML, the zip post-pass,
 * image checks, the cover page, navigation, accessibility metadata, labels and the appendix.
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import * as epubModule from '../pipeline/render/epub.ts';
import { accessibilityMetadata } from '../pipeline/render/epub/accessibility-metadata.ts';
import { bookDates } from '../pipeline/render/epub/book-dates.ts';
import { bookIdentifier } from '../pipeline/render/epub/book-identifier.ts';
import { textDirection, wordsFor } from '../pipeline/languages/languages.ts';
import { chapterEntry, fragment, navDepth } from '../pipeline/render/epub/book-navigation.ts';
import { checkLocalImage, mayBeAnimated, sniffImageType } from '../pipeline/content/image-file.ts';
import { emergencyAppendix } from '../pipeline/render/epub/emergency-appendix.ts';
import { EmptyEntryError, normalizeZip } from '../pipeline/render/epub/normalize-zip.ts';
import { coverPage } from '../pipeline/render/epub/render-cover.ts';
import { toXhtml } from '../pipeline/render/epub/to-xhtml.ts';

describe('the EPUB renderer module', () => {
  it('exposes the renderer and the book file path, nothing else', () => {
    expect(Object.keys(epubModule).sort()).toEqual(['bookFilePath', 'epubRenderer']);
    expect(epubModule.epubRenderer.format).toBe('epub');
  });
});

describe('bookIdentifier', () => {
  it('turns an ISBN-13 into a URN with its ONIX type, whatever the hyphens', () => {
    expect(bookIdentifier('978-0-306-40615-7')).toEqual({ urn: 'urn:isbn:9780306406157', onixType: '15', problem: undefined });
    expect(bookIdentifier('urn:isbn:9780306406157')).toEqual({ urn: 'urn:isbn:9780306406157', onixType: '15', problem: undefined });
  });

  it('checks the check digit of ISBN-13 and ISBN-10', () => {
    expect(bookIdentifier('9780306406158').problem).toBe(
      'Unexpected check digit in ISBN `9780306406158`, expected `7` as the last digit; check the number the ISBN agency gave you',
    );
    expect(bookIdentifier('urn:isbn:0-306-40615-2')).toEqual({ urn: 'urn:isbn:0306406152', onixType: '02', problem: undefined });
    expect(bookIdentifier('urn:isbn:0-306-40615-3').problem).toMatch(/expected `2`/);
  });

  it('keeps a UUID URN (lowercased) without an ONIX type', () => {
    expect(bookIdentifier('urn:uuid:3F6C2A9E-8B41-4D7A-9C15-2E7B0D4F8A63')).toEqual({ urn: 'urn:uuid:3f6c2a9e-8b41-4d7a-9c15-2e7b0d4f8a63' });
  });
});

describe('bookDates', () => {
  it('prefers SOURCE_DATE_EPOCH, then the book date, then the latest review — never the clock', () => {
    expect(bookDates(1767225600, '2026-11-01', ['2026-10-14']).modified).toBe('2026-01-01T00:00:00Z');
    expect(bookDates(undefined, '2026-11-01', ['2026-10-14']).modified).toBe('2026-11-01T00:00:00Z');
    expect(bookDates(undefined, undefined, ['2026-03-01', '2026-10-14', '2025-01-01']).modified).toBe('2026-10-14T00:00:00Z');
  });

  it('keeps zip dates at or after 1980, where zip dates start', () => {
    const dates = bookDates(0, undefined, []);
    expect(dates.modified).toBe('1970-01-01T00:00:00Z');
    expect(dates.zipDate.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });
});

describe('toXhtml', () => {
  const p = (properties: Record<string, unknown>, text = 'x'): Root => ({
    type: 'root',
    children: [{ type: 'element', tagName: 'p', properties: properties as never, children: [{ type: 'text', value: text }] }],
  });

  it('self-closes void elements and keeps an empty alt', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'img', properties: { src: 'images/a.png', alt: '' }, children: [] }, { type: 'element', tagName: 'br', properties: {}, children: [] }] };
    expect(toXhtml(tree)).toBe('<img src="images/a.png" alt="" /><br />');
  });

  it('writes `xml:lang` next to `lang`, and a value for true data attributes', () => {
    expect(toXhtml(p({ lang: 'es' }))).toBe('<p lang="es" xml:lang="es">x</p>');
    expect(toXhtml(p({ dataFootnotes: true }))).toBe('<p data-footnotes="">x</p>');
  });

  it('drops characters XML forbids and comments, and escapes markup characters', () => {
    const tree = p({ title: 'a\u0001b' }, 'a\u0008b <c> & "d"');
    tree.children.push({ type: 'comment', value: ' -- ' });
    expect(toXhtml(tree)).toBe('<p title="ab">ab &#x3C;c> &#x26; "d"</p>');
  });

  it('turns the obsolete `align` into a style', () => {
    expect(toXhtml(p({ align: 'center' }))).toBe('<p style="text-align: center;">x</p>');
  });

  it('refuses a boolean attribute it cannot write as XML', () => {
    expect(() => toXhtml(p({ hidden: true }))).toThrow('the boolean attribute `hidden` on <p> cannot be written as XHTML');
  });
});

describe('normalizeZip', () => {
  it('puts mimetype first and stored, orders the rest, dates every entry, and leaves out folders', async () => {
    const source = new JSZip();
    source.file('OEBPS/z.xhtml', '<z/>');
    source.file('mimetype', 'application/epub+zip');
    source.file('OEBPS/content.opf', '<package/>');
    source.file('META-INF/container.xml', '<container/>');
    const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 6));
    const bytes = await normalizeZip(await source.generateAsync({ type: 'uint8array' }), date);
    const buffer = Buffer.from(bytes);
    expect(buffer.readUInt16LE(8)).toBe(0);
    expect(buffer.subarray(30, 38).toString('latin1')).toBe('mimetype');
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(['mimetype', 'META-INF/container.xml', 'OEBPS/content.opf', 'OEBPS/z.xhtml']);
    expect(Object.values(zip.files).map((entry) => entry.date.toISOString())).toEqual(Array(4).fill('2026-01-02T03:04:06.000Z'));
    expect(Buffer.from(await normalizeZip(await source.generateAsync({ type: 'uint8array' }), date)).equals(buffer)).toBe(true);
  });

  it('refuses an empty file, such as a cover the library could not read', async () => {
    const source = new JSZip();
    source.file('mimetype', 'application/epub+zip');
    source.file('OEBPS/cover.png', '');
    await expect(normalizeZip(await source.generateAsync({ type: 'uint8array' }), new Date(0))).rejects.toThrow(EmptyEntryError);
  });
});

describe('image checks', () => {
  it('know the core image types by their bytes', () => {
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from('GIF89a\x01\x00', 'latin1'))).toBe('image/gif');
    expect(sniffImageType(Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('<?xml version="1.0"?>\n<!-- x -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('image/svg+xml');
    expect(sniffImageType(Buffer.from('<html><svg/></html>'))).toBeUndefined();
  });

  it('tell a static image from one that may move', () => {
    const gif = (frames: number) => Buffer.from(`GIF89a${'\x21\xf9\x04\x00\x00\x00\x00\x00'.repeat(frames)}`, 'latin1');
    expect(mayBeAnimated('image/gif', gif(1))).toBe(false);
    expect(mayBeAnimated('image/gif', gif(2))).toBe(true);
    expect(mayBeAnimated('image/png', Buffer.from('\x89PNG....acTL....IDAT', 'latin1'))).toBe(true);
    expect(mayBeAnimated('image/png', Buffer.from('\x89PNG....IDAT....', 'latin1'))).toBe(false);
    expect(mayBeAnimated('image/svg+xml', Buffer.from('<svg><animate/></svg>'))).toBe(true);
  });

  it('refuse a symbolic link out of the content folder and a file named for another type', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'pressroom-epub-image-'));
    const contentDir = path.join(root, 'content');
    await mkdir(contentDir);
    await writeFile(path.join(root, 'outside.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await symlink(path.join(root, 'outside.svg'), path.join(contentDir, 'inside.svg'));
    await writeFile(path.join(contentDir, 'photo.png'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]));
    expect(await checkLocalImage(path.join(contentDir, 'inside.svg'), contentDir)).toEqual({
      ok: false,
      reason: 'Unexpected image `inside.svg` out of the content folder (through a symbolic link), expected a file inside it; copy the image into the content folder',
    });
    expect(await checkLocalImage(path.join(contentDir, 'photo.png'), contentDir)).toEqual({
      ok: false,
      reason: 'Unexpected file name `photo.png` for JPEG content, expected the extension `.jpg` or `.jpeg`; rename the file so every reader knows its type',
    });
    expect(await checkLocalImage(path.join(root, 'outside.svg'), contentDir)).toMatchObject({ ok: false });
  });
});

describe('coverPage', () => {
  const template = '<!DOCTYPE html><html><head><title>c</title></head><body><h1 data-cover="title">T</h1><p data-cover="subtitle">S</p><p data-cover="authors">A</p><p data-cover="publisher">P</p></body></html>';

  it('fills the fields as text and removes the ones the book lacks', () => {
    const html = coverPage(template, { title: 'Pain & <b>relief</b>', authors: ['Ada Reyes', 'Cedar Bend'], publisher: 'Ada Reyes, Cedar Bend', language: 'es' });
    expect(html).toContain('<h1 data-cover="title" data-length="short">Pain &#x26; &#x3C;b>relief&#x3C;/b></h1>');
    expect(html).toContain('<p data-cover="authors">Ada Reyes, Cedar Bend</p>');
    expect(html).not.toContain('data-cover="subtitle"');
    // Author and publisher the same: named once.
    expect(html).not.toContain('data-cover="publisher"');
    expect(html).toContain('<html lang="es">');
    expect(html).toMatch(/@font-face \{\n {2}font-family: 'Atkinson Hyperlegible';[\s\S]*src: url\(file:\/\//);
  });
});

describe('navigation entries', () => {
  it('nest `##` and `###` under their chapter and leave deeper headings out', () => {
    const entry = chapterEntry('Title', 'c.xhtml', [
      { depth: 2, text: 'Causes', id: 'causes' },
      { depth: 3, text: 'Strains', id: 'strains' },
      { depth: 4, text: 'Deep', id: 'deep' },
      { depth: 2, text: 'Cuándo ir', id: 'cuándo-ir' },
    ]);
    expect(entry).toEqual({
      label: 'Title',
      href: 'c.xhtml',
      lang: undefined,
      children: [
        { label: 'Causes', href: 'c.xhtml#causes', lang: undefined, children: [{ label: 'Strains', href: 'c.xhtml#strains', lang: undefined, children: [] }] },
        { label: 'Cuándo ir', href: 'c.xhtml#cuándo-ir', lang: undefined, children: [] },
      ],
    });
    expect(navDepth([entry])).toBe(3);
    expect(fragment('a b#c%')).toBe('a%20b%23c%25');
  });
});

describe('accessibilityMetadata', () => {
  const facts = { informativeImages: 0, decorativeImages: 0, imagesWithoutAlt: 0, mayAnimate: false, usesAria: false };

  it('claims only a textual book without images, and no alternative text', () => {
    const metadata = accessibilityMetadata(facts);
    expect(metadata.accessModes).toEqual(['textual']);
    expect(metadata.accessModesSufficient).toEqual(['textual']);
    expect(metadata.features).toEqual(['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability']);
    expect(metadata.hazards).toEqual(['none']);
    expect(metadata.summary).toContain('makes no conformance claim');
  });

  it('does not claim text alternatives when an image lacks one, nor "no hazard" when an image may move', () => {
    const metadata = accessibilityMetadata({ ...facts, informativeImages: 2, imagesWithoutAlt: 1, mayAnimate: true, usesAria: true });
    expect(metadata.accessModesSufficient).toEqual(['textual,visual']);
    expect(metadata.features).not.toContain('alternativeText');
    expect(metadata.features).toContain('ARIA');
    expect(metadata.hazards).toEqual(['unknown']);
  });
});

describe('labels and the appendix in other languages', () => {
  it('fall back to English labels for a language without its own, and know right-to-left scripts', () => {
    expect(wordsFor('de-CH').tag).toBe('en');
    expect(wordsFor('es-MX').book.appendixTitle).toBe('Señales de emergencia de un vistazo');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he-IL')).toBe('rtl');
    expect(textDirection('en-US')).toBe('ltr');
  });

  it('marks English labels in a German book, and says so when no chapter has emergency signs', () => {
    const body: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Nichts.' }] }] };
    const appendix = emergencyAppendix([{ href: 'chapter-a.xhtml', title: 'A', body }], wordsFor('de').book, '112', 'en');
    expect(appendix.blocks).toBe(0);
    expect(toXhtml(appendix.tree)).toBe(
      '<main epub:type="appendix" aria-labelledby="appendix-title"><h1 id="appendix-title" lang="en" xml:lang="en">Emergency signs at a glance</h1>' +
        '<p class="appendix-call" lang="en" xml:lang="en">In an emergency, call <a href="tel:112">112</a> right away.</p>' +
        '<p lang="en" xml:lang="en">No chapter of this book lists emergency signs.</p></main>',
    );
  });
});
