/**
 * Web pages in every script: each page links the Noto family its text needs (published with
 * the site, never a system font), Chromium loads it, the words around the article are in the
 * page's language, Arabic pages are right to left, and the pages are valid and accessible.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { launchBrowser } from '../pipeline/render/browser/launch-browser.ts';
import { wordsFor } from '../pipeline/languages/languages.ts';
import { languageFolder } from '../pipeline/content/page-name.ts';
import { frontmatter } from './helpers/lint-markdown.ts';
import { buildFixture, repoDir, writeContent, type BuiltSite } from './helpers/render-fixture.ts';

const run = promisify(execFile);
const VNU = path.join(repoDir, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

const samples = {
  'zh-hans': { language: 'zh-CN', title: '下背部痉挛', sentence: '热敷可以帮助肌肉放松。', family: 'Noto Sans SC', dir: undefined },
  'zh-hant': { language: 'zh-TW', title: '下背部痙攣', sentence: '熱敷可以幫助肌肉放鬆。', family: 'Noto Sans TC', dir: undefined },
  ko: { language: 'ko', title: '허리 근육 경련', sentence: '따뜻한 찜질은 근육을 풀어 줍니다.', family: 'Noto Sans KR', dir: undefined },
  ar: { language: 'ar', title: 'تشنجات أسفل الظهر', sentence: 'تساعد الحرارة العضلات على الاسترخاء.', family: 'Noto Sans Arabic', dir: 'rtl' },
  ru: { language: 'ru', title: 'Спазмы в пояснице', sentence: 'Тепло помогает мышцам расслабиться.', family: 'Noto Sans', dir: undefined },
  vi: { language: 'vi', title: 'Co thắt lưng dưới', sentence: 'Chườm ấm giúp cơ được thư giãn.', family: 'Noto Sans', dir: undefined },
} as const;

type Sample = keyof typeof samples;

/** A page in a language other than the site's sits in that language's folder (`zh-hans/<slug>.html`). */
const pageOf = (name: Sample) => `${languageFolder(samples[name].language)}/${name}.html`;
const entries = Object.entries(samples) as Array<[Sample, (typeof samples)[Sample]]>;

let site: BuiltSite;
let browser: Browser;

beforeAll(async () => {
  const articles = Object.fromEntries(
    entries.map(([name, sample]) => [`${name}.md`, `${frontmatter({ title: sample.title, summary: sample.sentence, language: sample.language })}\n${sample.sentence}\n\n:::emergency\n- ${sample.title}\n:::\n\n:::cta\n${sample.sentence}\n:::\n`]),
  );
  site = await buildFixture(await writeContent(articles));
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('web pages in every script', () => {
  it('link a published stylesheet of the family each page needs, and no font from outside the site', async () => {
    for (const [name, sample] of entries) {
      const html = await readFile(path.join(site.htmlDir, pageOf(name)), 'utf8');
      const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((match) => match[1]);
      expect(links, name).toHaveLength(2);
      const css = await readFile(path.join(site.htmlDir, path.dirname(pageOf(name)), links[1]), 'utf8');
      expect(css, name).toContain(`font-family: '${sample.family}'`);
      const urls = [...css.matchAll(/url\('([^']+)'\)/g)].map((match) => match[1]);
      expect(urls.length, name).toBeGreaterThan(0);
      for (const url of urls) {
        expect(url, name).toMatch(/^[a-z0-9-]+\.[0-9a-f]{8}\.woff2$/);
        await expect(readFile(path.join(site.htmlDir, 'assets', url))).resolves.toBeDefined();
      }
      const words = wordsFor(sample.language);
      expect(html, name).toContain(`<html lang="${sample.language}"${sample.dir ? ` dir="${sample.dir}"` : ''}>`);
      expect(html, name).toContain(words.page.directiveLabels.emergency);
      expect(html, name).toContain(words.page.skipLink);
    }
  });

  it('load the family in Chromium and set the article text with it', async () => {
    for (const [name, sample] of entries) {
      const page = await browser.newPage();
      try {
        await page.goto(`file://${path.join(site.htmlDir, pageOf(name))}`, { waitUntil: 'load' });
        const loaded = await page.evaluate(async () => {
          await document.fonts.ready;
          return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replace(/"/g, ''));
        });
        expect(loaded, `${name}: ${loaded.join(', ')}`).toContain(sample.family);
        const stack = await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).fontFamily);
        expect(stack.split(',')[0].replace(/["']/g, '').trim(), name).toBe(sample.family);
      } finally {
        await page.close();
      }
    }
  });

  it('are valid HTML (Nu) and have no WCAG A/AA violations (axe), right to left included', async () => {
    const files = entries.map(([name]) => path.join(site.htmlDir, pageOf(name)));
    const { stderr } = await run('java', ['-jar', VNU, '--format', 'json', '--exit-zero-always', ...files], { maxBuffer: 16 * 1024 * 1024 });
    const errors = (JSON.parse(stderr) as { messages: Array<{ type: string; url: string; message: string }> }).messages.filter((message) => message.type !== 'info');
    expect(errors.map((message) => `${path.basename(message.url)}: ${message.message}`)).toEqual([]);
    for (const name of ['ar', 'zh-hans'] as const) {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 320, height: 800 });
        await page.goto(`file://${path.join(site.htmlDir, pageOf(name))}`, { waitUntil: 'load' });
        const result = await new AxePuppeteer(page as never).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(result.violations.map((violation) => violation.id), name).toEqual([]);
        expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), name).toBeLessThanOrEqual(320);
      } finally {
        await page.close();
      }
    }
  }, 120_000);
});
