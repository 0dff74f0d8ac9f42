/**
 * Every page the web edition writes, for the feature fixture, the sample content and a hostile
 * article: valid HTML (W3C Nu checker), no WCAG 2.x A/AA violations (axe-core in Chromium) at
 * desktop and phone widths, and no sideways scrolling on a 320 px screen.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { launchBrowser } from '../pipeline/render/browser/launch-browser.ts';
import { buildFixture, htmlFixtureDir, repoDir, writeContent } from './helpers/render-fixture.ts';

const run = promisify(execFile);
const VNU = path.join(repoDir, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 320];

const hostile = `---
title: "A hostile <b>article</b>"
summary: Raw HTML that the renderer must drop, in an article that must still make a valid, accessible page.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

<div id="main" style="color:red"><p onclick="x()">Unbalanced <span>tags

<script>alert(1)</script><iframe src="https://evil.example/"></iframe>

## Main

<h2 id="main">Raw heading</h2>

<form><label>Name <input name="n"></label><button>Send</button></form>

<img src="x" onerror="alert(1)"> <a href="javascript:alert(1)">link</a> <table><tr><td align="center">cell</td></tr></table>

:::emergency
Call now.[^1]
:::

[^1]: <img src=x onerror=alert(1)>A note.
`;

const spanish = `---
title: Espasmos de espalda
summary: Qué hacer cuando la espalda se contrae de repente.
type: guide
reviewed:
  by: Ana Ruiz, PT
  on: 2026-06-01
tags: [espalda]
---

Texto con una nota.[^1]

:::emergency
Dolor de pecho.
:::

:::tip
Use calor.
:::

[^1]: Una nota.
`;

/**
 * Regressions: a long code line made a sideways-scrolling box that keyboard users could not
 * reach (CodeBlockScrollRegion), and a heading without words got \`id=""\` (EmptyHeadingId).
 */
const longLines = `---
title: Long lines
summary: A code line, a web address and a word longer than any screen, and a heading without words.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Doses

\`\`\`
${'take one tablet with a full glass of water '.repeat(6)}
\`\`\`

See https://pharmacy.example.org/a/very/long/path/that/has/no/place/to/break/at/all for more.

Pneumonoultramicroscopicsilicovolcanoconiosis-hippopotomonstrosesquippedaliophobia.

##

Words after an empty heading.
`;

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

async function pagesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.html')).map((name) => path.join(dir, name));
}

let pages: string[] = [];

beforeAll(async () => {
  const sites = [
    await buildFixture(htmlFixtureDir),
    await buildFixture(await writeContent({ 'hostile.md': hostile })),
    // No clinic configured, and Spanish: no canonical URL, contact block or publisher.
    await buildFixture(await writeContent({ 'sin-clinica.md': spanish }, 'defaults:\n  language: es\n')),
    await buildFixture(await writeContent({ 'long-lines.md': longLines })),
  ];
  const sample = path.join(repoDir, 'content');
  if (existsSync(path.join(sample, 'pressroom.yaml'))) sites.push(await buildFixture(sample));
  for (const site of sites) pages.push(...(await pagesIn(site.htmlDir)));
  pages = pages.sort();
});

describe('the W3C Nu HTML checker', () => {
  it('finds no errors in any page', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const { stderr } = await run('java', ['-jar', VNU, '--format', 'json', '--exit-zero-always', ...pages], { maxBuffer: 16 * 1024 * 1024 });
    const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
    const errors = messages.filter((message) => message.type !== 'info').map((m) => `${path.basename(m.url)}:${m.lastLine}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});

describe('axe-core and the 320 px screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Every page at every width through axe: about 20 s alone, several times that on a loaded machine.
  it('finds no WCAG 2.x A or AA violations, and nothing wider than the screen', { timeout: 240_000 }, async () => {
    const problems: string[] = [];
    // The library's own pages (search, 404) are checked over HTTP, light and dark, in web-search.test.ts.
    for (const file of pages.filter((page) => !/\/(search(-[a-z]+)?|404)\.html$/.test(page))) {
      for (const width of WIDTHS) {
        const page = await browser.newPage();
        try {
          await page.setViewport({ width, height: 800 });
          await page.goto(`file://${file}`, { waitUntil: 'load' });
          const result = await new AxePuppeteer(page as never).withTags(WCAG_TAGS).analyze();
          for (const violation of result.violations) {
            problems.push(`${path.basename(file)} @${width}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
          }
          const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
          if (scrollWidth > width) problems.push(`${path.basename(file)} @${width}: page is ${scrollWidth} px wide`);
        } finally {
          await page.close();
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('loads the bundled font, so no system font is assumed', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`file://${pages.find((file) => file.endsWith('features.html'))}`, { waitUntil: 'load' });
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => `${font.family} ${font.weight} ${font.style}`);
      });
      expect(loaded).toEqual(expect.arrayContaining(['Atkinson Hyperlegible 400 normal', 'Atkinson Hyperlegible 700 normal']));
    } finally {
      await page.close();
    }
  });
});
