/**
 * Search as a patient uses it, through a real HTTP server on 127.0.0.1 and real Chromium:
 * type a word, get the guide as the first result, follow it; with JavaScript off, every page
 * still works and shows no search box that would do nothing. The search results, topics and
 * 404 pages pass axe in the light and dark colour schemes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { launchBrowser } from '../pipeline/render/browser/launch-browser.ts';
import { buildFixture } from './helpers/render-fixture.ts';
import { writeLibrary } from './helpers/library-fixture.ts';
import { serveSite, type ServedSite } from './helpers/serve-site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
let served: ServedSite;

beforeAll(async () => {
  const site = await buildFixture(await writeLibrary());
  served = await serveSite(site.htmlDir, '/library/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function withPage<T>(options: { javaScript?: boolean; width?: number; dark?: boolean }, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.setJavaScriptEnabled(options.javaScript ?? true);
    await page.setViewport({ width: options.width ?? 1280, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.dark ? 'dark' : 'light' }]);
    const result = await run(page);
    expect(errors).toEqual([]);
    return result;
  } finally {
    await page.close();
  }
}

async function resultTitles(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, { timeout: 15_000 });
  return page.$$eval('#search-results li h2 a', (links) => links.map((link) => link.textContent ?? ''));
}

describe('search with JavaScript', () => {
  it('finds a guide by a word of its red-flag list as the patient types, and follows the result', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${served.url}search.html`, { waitUntil: 'load' });
      await page.waitForSelector('form[data-search-page]:not([hidden])');
      await page.type('#search-q', 'groin');
      expect((await resultTitles(page))[0]).toBe('Sciatica and leg pain');
      await page.waitForFunction(() => document.getElementById('search-status')!.textContent!.includes('found'));
      expect(await page.$eval('#search-status', (node) => [node.getAttribute('role'), node.textContent])).toEqual(['status', '1 guide found for “groin”.']);
      expect(new URL(page.url()).search).toBe('?q=groin');
      await Promise.all([page.waitForNavigation(), page.click('#search-results li:first-child a')]);
      expect(page.url()).toBe(`${served.url}sciatica.html`);
      expect(await page.$eval('h1', (node) => node.textContent)).toBe('Sciatica and leg pain');
    });
  });

  it('searches from the box in the header of any page, and says when nothing matches', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${served.url}ice-or-heat.html`, { waitUntil: 'load' });
      await page.waitForSelector('form.site-search:not([hidden])');
      await page.type('#site-search-q', 'stretches');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      expect(page.url()).toBe(`${served.url}search.html?q=stretches`);
      expect((await resultTitles(page))[0]).toBe('Gentle stretches for a stiff back');
      await page.click('#search-q', { count: 3 });
      await page.keyboard.type('zzzyzzx');
      await page.waitForFunction(() => document.getElementById('search-status')!.textContent!.startsWith('No guides'));
      expect(await page.$eval('#search-results', (node) => (node as HTMLElement).hidden)).toBe(true);
    });
  });

  it('searches Spanish guides from the Spanish search page', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${served.url}search-es.html?q=cama`, { waitUntil: 'load' });
      expect(await resultTitles(page)).toEqual(['Dolor de espalda']);
    });
  });

  it('is keyboard usable: Tab reaches the box, typing searches, Tab reaches the first result', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${served.url}search.html`, { waitUntil: 'load' });
      await page.waitForSelector('form[data-search-page]:not([hidden])');
      for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-q'; i += 1) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      await page.keyboard.type('bladder');
      await resultTitles(page);
      await page.keyboard.press('Tab'); // the Search button
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sciatica and leg pain');
    });
  });
});

describe('without JavaScript', () => {
  it('shows every page, with no search box, and the search page says how else to find a guide', async () => {
    await withPage({ javaScript: false }, async (page) => {
      const response = await page.goto(`${served.url}sciatica.html`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.$eval('h1', (node) => node.textContent)).toBe('Sciatica and leg pain');
      expect(await page.$eval('form.site-search', (node) => getComputedStyle(node).display)).toBe('none');
      await page.goto(`${served.url}search.html?q=groin`, { waitUntil: 'load' });
      expect(await page.$eval('form[data-search-page]', (node) => getComputedStyle(node).display)).toBe('none');
      const text = await page.$eval('main', (node) => (node as HTMLElement).innerText);
      expect(text).toContain('Search needs JavaScript, which is off in this browser.');
      expect(await page.$$eval('main .browse-links a', (links) => links.map((link) => link.getAttribute('href')))).toEqual(['topics/index.html', 'index.html']);
    });
  });

  it('a missing address gets the 404 page with its styles and working links', async () => {
    await withPage({ javaScript: false }, async (page) => {
      const response = await page.goto(`${served.url}no/such/page.html`, { waitUntil: 'load' });
      expect(response?.status()).toBe(404);
      expect(await page.$eval('h1', (node) => node.textContent)).toBe('Page not found');
      expect(await page.evaluate(() => document.fonts.check('1em "Atkinson Hyperlegible"') && getComputedStyle(document.body).fontFamily)).toContain('Atkinson Hyperlegible');
      await Promise.all([page.waitForNavigation(), page.click('main .browse-links a')]);
      expect(page.url()).toBe(`${served.url}topics/index.html`);
    });
  });
});

describe('print and forced colours', () => {
  it('prints the article without navigation, search, topics or related guides, with link addresses, and the emergency block whole', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${served.url}sciatica.html`, { waitUntil: 'load' });
      await page.emulateMediaType('print');
      const hidden = await page.$$eval('.site-nav, .site-search, .article-topics, .related, .skip-link', (nodes) => nodes.map((node) => getComputedStyle(node).display));
      expect(hidden).toEqual(['none', 'none', 'none', 'none', 'none']);
      expect(await page.$eval('.callout-emergency', (node) => getComputedStyle(node).breakInside)).toBe('avoid');
      expect(await page.$eval('.article-body a[href^="https:"]', (node) => getComputedStyle(node, '::after').content)).toMatch(/^" \(" attr\(href\) "\)"$|^" \(https:/);
      await page.emulateMediaType('screen');
      expect(await page.$eval('.site-nav', (node) => getComputedStyle(node).display)).not.toBe('none');
    });
  });

  it('keeps the emergency frame and the search box outline in forced colours', async () => {
    await withPage({}, async (page) => {
      // Puppeteer's emulateMediaFeatures does not know forced-colors; Chromium's DevTools protocol does.
      const session = await page.createCDPSession();
      await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      await page.goto(`${served.url}sciatica.html`, { waitUntil: 'load' });
      await page.waitForSelector('form.site-search:not([hidden])');
      expect(await page.$eval('.callout-emergency', (node) => getComputedStyle(node).borderTopWidth)).toBe('6px');
      expect(await page.$eval('#site-search-q', (node) => getComputedStyle(node).borderTopStyle)).toBe('solid');
    });
  });
});

describe('axe-core on a redirect page (a former address), light and dark, 1280 and 320 px', () => {
  it('finds no WCAG 2.x A or AA violations while the page is held before it moves on', async () => {
    const problems: string[] = [];
    for (const dark of [false, true]) {
      for (const width of [1280, 320]) {
        await withPage({ width, dark }, async (page) => {
          // Hold the page: its refresh to the article gets "204 No Content", which leaves the page in place, so axe sees the redirect page itself.
          await page.setRequestInterception(true);
          let held = 0;
          page.on('request', (request) => {
            const away = request.isNavigationRequest() && request.frame() === page.mainFrame() && !request.url().endsWith('/stretches-for-back.html');
            if (away) held += 1;
            void (away ? request.respond({ status: 204 }) : request.continue());
          });
          await page.goto(`${served.url}stretches-for-back.html`, { waitUntil: 'load' });
          // The refresh did try to move on, to the article.
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(held).toBe(1);
          expect(page.url()).toBe(`${served.url}stretches-for-back.html`);
          expect(await page.$eval('meta[http-equiv="refresh"]', (meta) => meta.getAttribute('content'))).toBe('0; url=back-stretches.html');
          const axe = new AxePuppeteer(page as never);
          const result = await (dark ? axe.withRules(['color-contrast', 'link-in-text-block']) : axe.withTags(WCAG_TAGS)).analyze();
          for (const violation of result.violations) problems.push(`${dark ? 'dark' : 'light'} ${width}: ${violation.id}`);
          const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
          if (scrollWidth > width) problems.push(`${dark ? 'dark' : 'light'} ${width}: page is ${scrollWidth} px wide`);
        });
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});

describe('axe-core on the library pages, light and dark, 1280 and 320 px', () => {
  // The redirect page moves on at once: it has its own test above, held in place.
  const pages = ['search.html?q=back', 'topics/index.html', 'topics/back-pain.html', 'no/such/page.html', 'sciatica.html', 'index.html'];
  for (const dark of [false, true]) {
    for (const width of [1280, 320]) {
      it(`finds no WCAG 2.x A or AA violations ${dark ? 'in the dark scheme' : 'in the light scheme'} at ${width} px, with search results on screen`, async () => {
        const problems: string[] = [];
        await withPage({ width, dark }, async (page) => {
          for (const address of pages) {
            await page.goto(`${served.url}${address}`, { waitUntil: 'load' });
            if (address.startsWith('search')) await resultTitles(page);
            // The dark scheme changes colours only: it is checked for contrast; the light one for everything.
            const axe = new AxePuppeteer(page as never);
            const result = await (dark ? axe.withRules(['color-contrast', 'link-in-text-block']) : axe.withTags(WCAG_TAGS)).analyze();
            for (const violation of result.violations) problems.push(`${address}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
            const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
            if (scrollWidth > width) problems.push(`${address}: page is ${scrollWidth} px wide`);
          }
        });
        expect(problems).toEqual([]);
        // axe in Chromium takes a second or two a page, more on a busy machine.
      }, 180_000);
    }
  }
});
