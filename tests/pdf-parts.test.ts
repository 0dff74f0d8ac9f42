/**
 * The small parts of the PDF renderer, without a browser: the page pool, the generated page
 * CSS, the handout page assembly, the structure check, the outline repair, the web URL.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFHexString, PDFName, PDFDict, PDFRawStream } from 'pdf-lib';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { PagePool } from '../pipeline/render/pdf/page-pool.ts';
import { cssString, pageCss } from '../pipeline/render/pdf/page-css.ts';
import { handoutPage, readHandoutTemplate, type HandoutParts } from '../pipeline/render/pdf/handout-page.ts';
import { checkStructure } from '../pipeline/render/pdf/check-structure.ts';
import { repairOutline } from '../pipeline/render/pdf/repair-outline.ts';
import { webEditionUrl } from '../pipeline/content/web-edition-url.ts';
import { qrCode } from '../pipeline/render/pdf/qr-code.ts';
import { HANDOUT_VARIANTS } from '../pipeline/render/pdf/handout-variants.ts';
import { readOperations } from '../pipeline/render/pdf/content-stream.ts';
import { markArtifacts } from '../pipeline/render/pdf/mark-artifacts.ts';
import { checkPdfUa } from '../pipeline/render/pdf/check-pdfua.ts';
import { nearlyEmpty, reclassed } from '../pipeline/render/pdf/layout-handout.ts';
import { deflateSync, inflateSync } from 'node:zlib';

describe('PagePool', () => {
  function pool(size: number, maxUses?: number) {
    const opened: number[] = [];
    const closed: number[] = [];
    let next = 0;
    const instance = new PagePool<number>({
      size,
      maxUses,
      open: async () => {
        next += 1;
        opened.push(next);
        return next;
      },
      close: async (item) => void closed.push(item),
    });
    return { instance, opened, closed };
  }

  it('reuses released pages and opens no more than its size', async () => {
    const { instance, opened } = pool(2);
    const first = await instance.acquire();
    const second = await instance.acquire();
    await instance.release(first, true);
    expect(await instance.acquire()).toBe(first);
    expect(opened).toEqual([1, 2]);
    await instance.release(second, true);
  });

  it('replaces a page after its number of uses, and keeps it until then', async () => {
    const { instance, opened, closed } = pool(1, 3);
    const used: number[] = [];
    for (let round = 0; round < 7; round++) {
      const item = await instance.acquire();
      used.push(item);
      await instance.release(item, true);
    }
    expect(used).toEqual([1, 1, 1, 2, 2, 2, 3]);
    expect(opened).toEqual([1, 2, 3]);
    expect(closed).toEqual([1, 2]);
    await instance.close();
    expect(closed).toEqual([1, 2, 3]);
  });

  it('makes a caller wait for a page when all are in use', async () => {
    const { instance } = pool(1);
    const first = await instance.acquire();
    let second: number | undefined;
    const waiting = instance.acquire().then((item) => (second = item));
    await Promise.resolve();
    expect(second).toBeUndefined();
    await instance.release(first, true);
    await waiting;
    expect(second).toBe(first);
  });

  it('closes a page that is not reusable and opens a fresh one', async () => {
    const { instance, opened, closed } = pool(1);
    const first = await instance.acquire();
    await instance.release(first, false);
    expect(closed).toEqual([first]);
    expect(await instance.acquire()).toBe(2);
    expect(opened).toEqual([1, 2]);
  });

  it('closes idle pages on close, and refuses use afterwards', async () => {
    const { instance, closed } = pool(2);
    const first = await instance.acquire();
    await instance.release(first, true);
    await instance.close();
    expect(closed).toEqual([first]);
    await expect(instance.acquire()).rejects.toThrow('The page pool is closed');
  });

  it('forgets idle pages of a crashed browser without closing them', async () => {
    const { instance, closed } = pool(1);
    const first = await instance.acquire();
    await instance.release(first, true);
    instance.discardIdle();
    expect(await instance.acquire()).toBe(2);
    expect(closed).toEqual([]);
  });
});

describe('page CSS', () => {
  it('escapes quotes, backslashes, newlines and `<` in CSS strings', () => {
    expect(cssString('Say "hi" \\ now')).toBe('"Say \\"hi\\" \\\\ now"');
    expect(cssString('line one\nline two')).toBe('"line one\\a line two"');
    expect(cssString('</style><img src=x>')).toBe('"\\3c /style>\\3c img src=x>"');
  });

  it('sets the paper and the words of the margin boxes', () => {
    const css = pageCss({ paper: 'a4', clinicName: 'Clinic "A"', emergency: 'In an emergency, call 112', footer: 'Title\nLast reviewed', pageOf: ['Page ', ' of ', ''] });
    expect(css).toContain('size: A4;');
    expect(css).toContain('@top-left { content: "Clinic \\"A\\""; padding-left: 0; }');
    expect(css).toContain('@top-right { content: "In an emergency, call 112"; }');
    expect(css).toContain('@bottom-left { content: "Title\\a Last reviewed"; }');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages); }');
  });
});

describe('handoutPage', () => {
  async function parts(body: string, overrides: Partial<HandoutParts> = {}): Promise<HandoutParts> {
    return {
      language: 'en-US',
      documentTitle: 'A title',
      kind: 'Patient information',
      title: 'A title',
      summary: 'A summary.',
      body: fromHtml(body, { fragment: true }) as Root,
      contact: { heading: 'Questions? Contact us', details: { type: 'element', tagName: 'address', properties: { className: ['contact'] }, children: [{ type: 'text', value: 'Call us' }] } },
      qr: await qrCode('https://clinic.example.org/a', 'QR code: opens this handout online at https://clinic.example.org/a'),
      qrCaption: 'Scan to read this page online, or go to',
      webUrl: 'https://clinic.example.org/a',
      disclaimer: 'This information does not replace advice.',
      fontStylesheets: ['file:///fonts/400.css'],
      css: 'body { color: black }',
      ...overrides,
    };
  }

  it('fills every slot and leaves no slot markers behind', async () => {
    const { html, headings } = handoutPage(await readHandoutTemplate(), await parts('<h2>Causes</h2><p>Text.</p>'));
    expect(html).not.toContain('data-slot');
    expect(html).not.toContain('<!--');
    expect(html).toContain('<html lang="en-US" class="handout-regular">');
    expect(html).toContain('<link rel="stylesheet" href="file:///fonts/400.css"><style>body { color: black }\n@page {\n  margin: 15mm 14mm 15mm 14mm;');
    expect(html).toContain('<h1>A title</h1>');
    expect(html).toContain('<h2 class="contact-heading">Questions? Contact us</h2>');
    expect(html).toContain('<a class="qr-url" href="https://clinic.example.org/a">clinic.example.org/<wbr>a</a>');
    expect(html).toContain('aria-label="QR code: opens this handout online at https://clinic.example.org/a"');
    expect(headings).toEqual(['A title', 'Causes', 'Questions? Contact us']);
  });

  it('moves the QR code into the article’s own contact callout and drops the separate block', async () => {
    const cta = '<aside class="callout callout-cta"><p class="callout-label">Contact us</p><p>Call.</p><address class="contact">Details</address></aside>';
    const { html } = handoutPage(await readHandoutTemplate(), await parts(cta, { contact: undefined }));
    expect(html).not.toContain('handout-contact');
    expect(html).toMatch(/<aside class="callout callout-cta"><p class="callout-label">Contact us<\/p><div class="contact-qr">[\s\S]*<\/div><p>Call.<\/p>/);
  });

  it('RtlHandoutLeftToRight: sets the direction of a right-to-left language, and only then', async () => {
    const arabic = handoutPage(await readHandoutTemplate(), await parts('<p>رفع الأشياء الثقيلة.</p>', { language: 'ar' }));
    expect(arabic.html).toContain('<html lang="ar" class="handout-regular" dir="rtl">');
    const spanish = handoutPage(await readHandoutTemplate(), await parts('<p>Texto.</p>', { language: 'es-MX' }));
    expect(spanish.html).toContain('<html lang="es-MX" class="handout-regular">');
  });

  it('runs lists of short items in two columns, except in the emergency block', async () => {
    const short = '<ul><li>fever</li><li>dizziness</li><li>nausea</li><li>vomiting</li></ul>';
    const emergency = `<section class="callout callout-emergency">${short}</section>`;
    const long = '<ul><li>fever</li><li>dizziness</li><li>nausea</li><li>a much longer item that does not fit half a column</li></ul>';
    const { html } = handoutPage(await readHandoutTemplate(), await parts(`${short}${emergency}${long}`));
    expect(html.match(/<ul class="list-columns">/g)).toHaveLength(1);
    expect(html).toContain('<section class="callout callout-emergency"><ul><li>fever');
  });

  it('marks a paragraph ending in ":" before a list or table, and no other', async () => {
    const { html } = handoutPage(await readHandoutTemplate(), await parts('<p>Look for:</p><ul><li>fever</li></ul><p>Ratio 3:1 here.</p><ul><li>x</li></ul><p>Table:</p><table><tr><td>1</td></tr></table><p>End:</p>'));
    expect(html).toContain('<p class="introduces">Look for:</p><ul>');
    expect(html).toContain('<p>Ratio 3:1 here.</p>');
    expect(html).toContain('<p class="introduces">Table:</p><table>');
    expect(html).toContain('<p>End:</p>');
  });

  it('large print: the emergency block (with a heading left without content) first, no two-column lists, its own class and margins', async () => {
    const short = '<ul><li>fever</li><li>dizziness</li><li>nausea</li><li>vomiting</li></ul>';
    const body = `<p>Intro.</p><h2>Causes</h2>${short}<h2>When to get help</h2><section class="callout callout-emergency"><p>Call.</p></section><h2>Treatment</h2><p>Rest.</p>`;
    const { html } = handoutPage(await readHandoutTemplate(), await parts(body), { variant: HANDOUT_VARIANTS[1] });
    expect(html).toContain('<html lang="en-US" class="handout-large">');
    expect(html).toContain('margin: 26mm 20mm 28mm 20mm;');
    expect(html).toContain('<div class="handout-body"><h2>When to get help</h2><section class="callout callout-emergency"><p>Call.</p></section><p>Intro.</p><h2>Causes</h2><ul>');
    expect(html).not.toContain('list-columns');
  });

  it('prints the notes area only when asked, with a heading the region is labelled by', async () => {
    const notes = { heading: 'Notes from your care team', lines: 2, blanks: ['Your next appointment:'] };
    const withNotes = handoutPage(await readHandoutTemplate(), await parts('<p>Text.</p>', { notes }));
    expect(withNotes.html).toContain(
      '<section class="handout-notes" aria-labelledby="care-team-notes"><h2 id="care-team-notes" class="notes-heading">Notes from your care team</h2><p class="notes-blank"><span class="notes-label">Your next appointment:</span><span class="notes-line"></span></p><div class="notes-lines" style="height: 4em"></div></section>',
    );
    expect(handoutPage(await readHandoutTemplate(), await parts('<p>Text.</p>', { notes }), { notes: false }).html).not.toContain('handout-notes');
    expect(handoutPage(await readHandoutTemplate(), await parts('<p>Text.</p>')).html).not.toContain('handout-notes');
  });

  it('prints a refit in place only when the refit page differs from the loaded one in the root class alone', async () => {
    const template = await readHandoutTemplate();
    const notes = { heading: 'Notes from your care team', lines: 2, blanks: [] };
    const handout = await parts('<h2>Causes</h2><p>Text.</p>', { notes });
    for (const variant of HANDOUT_VARIANTS) {
      const loaded = handoutPage(template, handout, { variant, notes: false });
      const refit = handoutPage(template, handout, { variant, notes: false, refit: true });
      expect(reclassed(loaded, refit, variant.className)).toBe(`${variant.className} handout-refit`);
      // Notes add content: that page is loaded, never reclassed.
      expect(reclassed(loaded, handoutPage(template, handout, { variant, notes: true, refit: true }), variant.className)).toBeUndefined();
      expect(reclassed(undefined, refit, variant.className)).toBeUndefined();
    }
    const regular = handoutPage(template, handout, { notes: false });
    expect(reclassed(regular, handoutPage(template, handout, { variant: HANDOUT_VARIANTS[1], notes: false, refit: true }), HANDOUT_VARIANTS[1].className)).toBeUndefined();
  });

  it('HandoutBodyOnPageTwo: lifts a closing :::cta out of the two-column body', async () => {
    const cta = '<aside class="callout callout-cta"><p class="callout-label">Contact us</p><p>Call.</p></aside>';
    const { html } = handoutPage(await readHandoutTemplate(), await parts(`<p>Text.</p>${cta}`));
    expect(html).toMatch(/<div class="handout-body"><p>Text\.<\/p><\/div><aside class="callout callout-cta">/);
    const middle = handoutPage(await readHandoutTemplate(), await parts(`${cta}<p>Text.</p>`));
    expect(middle.html).toMatch(/<div class="handout-body"><aside class="callout callout-cta">/);
  });
});

describe('content streams and artifacts', () => {
  it('reads operations with strings, dictionaries and inline images intact', () => {
    const stream = Buffer.from('/P <</MCID 3 /Alt (a \\) b (c))>> BDC\nBT (x \\) y) Tj [(a) -20 (b)] TJ ET\nEMC q BI /W 1 /H 1 ID \x00EI\x01 EI Q % note\n1 0 0 1 5 5 cm', 'latin1');
    expect(readOperations(stream).map((operation) => operation.operator)).toEqual(['BDC', 'BT', 'Tj', 'TJ', 'ET', 'EMC', 'q', 'BI', 'Q', 'cm']);
    expect(readOperations(stream)[0].operands).toBe('/P <</MCID 3 /Alt (a \\) b (c))>>');
  });

  it('marks untagged painting as artifacts and leaves tagged content alone', async () => {
    const document = await PDFDocument.create();
    const page = document.addPage([100, 100]);
    const content = '0 0 1 rg 0 0 10 10 re f\n/P <</MCID 0>> BDC 5 5 m 20 20 l S EMC\nq 1 0 0 1 0 0 cm 0 0 5 5 re W n 0 0 5 5 re f Q';
    page.node.set(PDFName.of('Contents'), document.context.register(document.context.stream(content)));
    const before = await checkPdfUa(await document.save());
    expect(before.filter((failure) => failure.condition === '01-005').map((failure) => failure.message)).toEqual(['Page 1 has 2 painting operations that are neither tagged nor marked as artifacts']);
    expect(markArtifacts(document)).toBe(2);
    const after = await checkPdfUa(await document.save());
    expect(after.filter((failure) => failure.condition.startsWith('01-'))).toEqual([]);
  });
});

describe('content streams compressed as Chromium writes them', () => {
  const content = '0 0 1 rg 0 0 10 10 re f\n/P <</MCID 0>> BDC 5 5 m 20 20 l S EMC\nq 1 0 0 1 0 0 cm 0 0 5 5 re W n 0 0 5 5 re f Q';
  async function pageWith(compressed: Buffer): Promise<PDFDocument> {
    const document = await PDFDocument.create();
    const page = document.addPage([100, 100]);
    page.node.set(PDFName.of('Contents'), document.context.register(PDFRawStream.of(document.context.obj({ Filter: 'FlateDecode' }), compressed)));
    return document;
  }

  it('reads a Flate stream, writes a Flate stream back, and the checker passes it in memory and as bytes', async () => {
    const document = await pageWith(deflateSync(content));
    expect(markArtifacts(document)).toBe(2);
    const written = document.getPages()[0].node.lookup(PDFName.of('Contents'));
    if (!(written instanceof PDFRawStream)) throw new Error('expected a raw stream');
    expect(written.dict.lookup(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
    expect(inflateSync(written.contents).toString('latin1')).toBe(
      '0 0 1 rg\n/Artifact BMC\n0 0 10 10 re\nf\nEMC\n/P <</MCID 0>> BDC\n5 5 m\n20 20 l\nS\nEMC\nq\n1 0 0 1 0 0 cm\n0 0 5 5 re\nW\nn\n/Artifact BMC\n0 0 5 5 re\nf\nEMC\nQ',
    );
    expect((await checkPdfUa(document)).filter((failure) => failure.condition.startsWith('01-'))).toEqual([]);
    expect((await checkPdfUa(await document.save())).filter((failure) => failure.condition.startsWith('01-'))).toEqual([]);
  });

  it('falls back to the lenient decoder for a stream zlib refuses (its checksum cut off)', async () => {
    const truncated = deflateSync(content).subarray(0, -4);
    expect(() => inflateSync(truncated)).toThrow();
    expect(markArtifacts(await pageWith(truncated))).toBe(2);
  });
});

describe('nearlyEmpty', () => {
  const fill = (parts: Array<{ index: number; top: number; bottom: number }>, pages = 2) => ({ pages, pageHeight: 792, partCount: 3, parts: parts.map((part) => ({ ...part, body: part.index === 0 })) });
  it('asks for a refit when the last page holds only end matter, or less than a fifth of a text area of the article', () => {
    expect(nearlyEmpty(fill([{ index: 1, top: 60, bottom: 200 }]), 700)).toBe(true);
    expect(nearlyEmpty(fill([{ index: 0, top: 60, bottom: 190 }, { index: 1, top: 200, bottom: 300 }]), 700)).toBe(true);
    expect(nearlyEmpty(fill([{ index: 0, top: 60, bottom: 210 }, { index: 1, top: 220, bottom: 300 }]), 700)).toBe(false);
    expect(nearlyEmpty(fill([{ index: 1, top: 60, bottom: 200 }], 1), 700)).toBe(false);
  });
});

describe('checkStructure', () => {
  it('lists what an untagged PDF lacks', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    expect(await checkStructure(await document.save())).toEqual([
      'no structure tree (the PDF is not tagged)',
      'no MarkInfo /Marked true',
      'no outline (bookmarks)',
      'no document language',
    ]);
  });
});

describe('repairOutline', () => {
  async function outline(titles: string[]): Promise<PDFDocument> {
    const document = await PDFDocument.create();
    const items = titles.map((title) => document.context.obj({ Title: PDFHexString.fromText(title) }));
    const refs = items.map((item) => document.context.register(item));
    items.forEach((item, index) => {
      if (refs[index + 1]) item.set(PDFName.of('Next'), refs[index + 1]);
    });
    document.catalog.set(PDFName.of('Outlines'), document.context.register(document.context.obj({ First: refs[0], Last: refs.at(-1)! })));
    return document;
  }

  function titles(document: PDFDocument): string[] {
    const found: string[] = [];
    const outlines = document.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    for (let item = outlines.lookup(PDFName.of('First')); item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      found.push((item.lookup(PDFName.of('Title')) as PDFHexString).decodeText());
    }
    return found;
  }

  it('collapses a title that repeats a known heading, and nothing else', async () => {
    const document = await outline(['Cauda equina syndromeCauda equina syndrome', 'Bye Bye', 'ByeBye', 'Causes']);
    expect(repairOutline(document, ['Cauda equina syndrome', 'Bye Bye', 'Causes'])).toBe(1);
    expect(titles(document)).toEqual(['Cauda equina syndrome', 'Bye Bye', 'ByeBye', 'Causes']);
  });
});

describe('webEditionUrl', () => {
  it('joins the clinic URL and the page the web edition writes, with or without a trailing slash', () => {
    expect(webEditionUrl('https://clinic.example.org/', 'lower-back-spasms')).toBe('https://clinic.example.org/lower-back-spasms.html');
    expect(webEditionUrl('https://clinic.example.org/library', 'knee', 'exercises')).toBe('https://clinic.example.org/library/knee.html#exercises');
  });
});
