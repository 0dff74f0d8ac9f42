/**
 * Structure element ids that do not depend on the browser's history: Chromium names table header
 * cells' ids after its DOM node counter, so the same page printed after other pages had other ids.
 * After `stabilizeIds` the same page gives the same bytes however many pages were printed before.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { launchBrowser, closeBrowser } from '../pipeline/render/browser/launch-browser.ts';
import { allowedRoots, sandboxPage, type SandboxedPage } from '../pipeline/render/pdf/sandbox.ts';
import { renderHandout } from '../pipeline/render/pdf/render-handout.ts';
import { stabilizeIds } from '../pipeline/render/pdf/stable-ids.ts';
import { loadPdf } from '../pipeline/render/pdf/set-metadata.ts';

const TABLE = '<!doctype html><html lang="en"><head><title>Remedies</title></head><body><h1>Remedies</h1><table><thead><tr><th>Remedy</th><th>How long</th></tr></thead><tbody><tr><td>Heat</td><td>15 minutes</td></tr></tbody></table></body></html>';
const OTHER = '<!doctype html><html lang="en"><head><title>Other</title></head><body><h1>Other</h1>' + '<p>Filler.</p>'.repeat(200) + '</body></html>';

/** Every string id in the document: the id tree's keys, the elements' `/ID` and the cells' `/Headers`. */
function ids(document: PDFDocument): { tree: string[]; elements: string[]; headers: string[] } {
  const found = { tree: [] as string[], elements: [] as string[], headers: [] as string[] };
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const id = object.lookup(PDFName.of('ID'));
    if (id instanceof PDFString) found.elements.push(id.decodeText());
    const names = object.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray) names.asArray().forEach((item, index) => index % 2 === 0 && item instanceof PDFString && found.tree.push(item.decodeText()));
    const attributes = object.lookup(PDFName.of('A'));
    for (const attribute of attributes instanceof PDFArray ? attributes.asArray() : [attributes]) {
      const headers = attribute instanceof PDFDict ? attribute.lookup(PDFName.of('Headers')) : undefined;
      if (headers instanceof PDFArray) found.headers.push(...headers.asArray().map((item) => (item as PDFString).decodeText()));
    }
  }
  return found;
}

describe('stabilizeIds', () => {
  let browser: Browser;
  let work: string;
  let sandboxed: SandboxedPage;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'pressroom-ids-'));
    await writeFile(path.join(work, 'table.html'), TABLE);
    await writeFile(path.join(work, 'other.html'), OTHER);
    browser = await launchBrowser();
    sandboxed = await sandboxPage(await browser.newPage(), await allowedRoots([work]));
  });
  afterAll(async () => {
    await closeBrowser(browser);
    await rm(work, { recursive: true, force: true });
  });

  const print = async (name: string) => {
    const { pdf } = await renderHandout(sandboxed, pathToFileURL(path.join(work, name)).href, 30_000);
    const document = await loadPdf(pdf!);
    // Chromium's dates tick with the clock; the build sets them from SOURCE_DATE_EPOCH.
    document.setCreationDate(new Date(0));
    document.setModificationDate(new Date(0));
    return document;
  };

  it('gives a table the same ids and bytes whatever the browser page printed before', async () => {
    const first = await print('table.html');
    await print('other.html');
    const again = await print('table.html');
    // Chromium's own ids differ between the two prints of the same page.
    expect(ids(first).elements).toHaveLength(2);
    expect(ids(again).elements).not.toEqual(ids(first).elements);

    expect(stabilizeIds(first)).toBe(2);
    expect(stabilizeIds(again)).toBe(2);
    expect(ids(first)).toEqual({ tree: ['id00000001', 'id00000002'], elements: ['id00000001', 'id00000002'], headers: expect.arrayContaining(['id00000001', 'id00000002']) });
    expect(ids(again)).toEqual(ids(first));
    expect(Buffer.from(await again.save()).equals(Buffer.from(await first.save()))).toBe(true);
  });

  it('leaves a document without an id tree alone', async () => {
    const document = await print('other.html');
    expect(stabilizeIds(document)).toBe(0);
  });
});
