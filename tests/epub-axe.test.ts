/**
 * Every content document of the sample book and the test books passes axe-core with zero
 * violations, opened as XHTML from the unpacked EPUB in Chromium (so with the book's stylesheet
 * and fonts, as a reading system would show it).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../pipeline/render/browser/launch-browser.ts';
import { EPUBCHECK_TIMEOUT, buildFixtureBooks, epubFixtures, repoRoot, unpackEpub } from './epub-helpers.ts';

/** Chromium and a build per test: slow on a busy two-core machine. */
const TIMEOUT = EPUBCHECK_TIMEOUT;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

/**
 * Run axe on one document.
 *
 * @returns Violations as `rule: targets` lines.
 */
async function violations(file: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // Parsed as XHTML, as reading systems do, not as tag soup.
    expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
    // @axe-core/puppeteer is typed against `puppeteer`; the page is the same class from puppeteer-core.
    const result = await new AxePuppeteer(page as never).analyze();
    expect(result.passes.length).toBeGreaterThan(0);
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  } finally {
    await page.close();
  }
}

/**
 * Check every XHTML document of an EPUB.
 *
 * @returns Violations by document.
 */
async function checkBook(epub: string): Promise<Record<string, string[]>> {
  const { folder, documents } = await unpackEpub(epub);
  expect(documents.length).toBeGreaterThanOrEqual(5);
  const found: Record<string, string[]> = {};
  for (const document of documents) found[document] = await violations(path.join(folder, document));
  return found;
}

const clean = (found: Record<string, string[]>) => Object.fromEntries(Object.keys(found).map((name) => [name, []]));

describe('axe-core on the e-book’s content documents', () => {
  it('finds no violation in the sample book', async () => {
    const built = await buildFixtureBooks(path.join(repoRoot, 'content'));
    const found = await checkBook(built.epub(built.config.books[0].id));
    expect(found).toEqual(clean(found));
  }, TIMEOUT);

  it('finds no violation in the test books (images, table, footnotes, every directive, Spanish)', async () => {
    const built = await buildFixtureBooks(path.join(epubFixtures, 'library'));
    for (const id of ['full-book', 'libro-en-espanol']) {
      const found = await checkBook(built.epub(id));
      expect(found, id).toEqual(clean(found));
    }
  }, TIMEOUT);

  it('does report violations when a document has them (the check can fail)', async () => {
    const { folder } = await unpackEpub((await buildFixtureBooks(path.join(epubFixtures, 'library'))).epub('libro-en-espanol'));
    const bad = path.join(folder, 'OEBPS', 'bad.xhtml');
    await writeFile(
      bad,
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>' +
        '<body><main><h1>x</h1><img src="images/none.png"/><a href="#"></a></main></body></html>',
    );
    const found = await violations(bad);
    expect(found.map((line) => line.split(':')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']));
  }, TIMEOUT);
});
