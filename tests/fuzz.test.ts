/**
 * Property-based tests (issue 9): generated and mutated articles and frontmatter, built from
 * ordinary Markdown and the hostile constructs of the issue, go through lint and the HTML and
 * EPUB transforms. For every one:
 * - lint never throws (no `internal-error`) and finishes in bounded time;
 * - every message points inside the file (line ≤ line count, column ≤ that line's length + 1);
 * - no output has a script element, an event handler or a `javascript:` URL;
 * - every e-book chapter is well-formed XML;
 * - every red flag of the source is in the rendered emergency box, or the article is refused
 *   with `emergency-preserved` / `render-emergency`.
 * CI runs FUZZ_RUNS cases (default 50: 10 s alone, about 35 s on a loaded machine); `make fuzz` runs more.
 * A failure prints its seed and the shrunk article: save the article as
 * tests/fixtures/fuzz/<what-broke>.md, and the replay test below checks it on every run.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { validateXML } from 'xmllint-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { lintArticles } from '../pipeline/stages/lint.ts';
import { transformArticle } from '../pipeline/transform/transform.ts';
import { comparableText, emergencySources } from '../pipeline/content/emergency-items.ts';
import { chapterDocument } from '../pipeline/render/epub/chapter-document.ts';
import { toXhtml } from '../pipeline/render/epub/to-xhtml.ts';
import { cpuMilliseconds } from '../pipeline/transform/cpu-time.ts';
import type { OutputFormat } from '../pipeline/formats.ts';
import { fixturesDir, testConfig } from './helpers/lint-markdown.ts';
import '../pipeline/types.ts';

const RUNS = Number(process.env.FUZZ_RUNS) || 50;
const REGRESSIONS = path.join(fixturesDir, 'fuzz');
const config = testConfig({ clinic: { name: 'Maple Row Clinic', phone: '+1 555-0100', url: 'https://maplerow.example.org/', address: '1 Maple Row, Springfield' } });
/** Per article and step, in CPU time (a busy machine stretches the wall clock): lint or one transform over this is a hang. */
const STEP_MS = 20_000;

const words = ['rest', 'ice', 'call', 'pain', 'numb', 'legs', 'fever', 'the', 'a', 'your', 'doctor', 'chest', 'breathing', '911', 'now', 'Café', 'ÆON', 'naïve', 'x'];
const phrase = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((list) => list.join(' '));

/** Hostile or awkward constructs from the issue and the security tests. */
const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '<a href="javascript:alert(1)">link</a>',
  '<a href="  JaVaScRiPt:alert(1)">spaced</a>',
  '<a href="jav&#x09;ascript:alert(1)">entity</a>',
  '![pic](javascript:alert(1))',
  '<svg><desc><div>inside</div></desc></svg>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<math><mi><div>math</div></mi></math>',
  '<!--',
  '<!-- closed -->',
  '-->',
  '<span class="visually-hidden">hidden words</span>',
  '<section class="callout callout-emergency">forged box</section>',
  '<div onclick="alert(1)">clickable</div>',
  '<iframe src="https://evil.example/"></iframe>',
  '<style>body{display:none}</style>',
  '<base href="https://evil.example/">',
  '<table><tr><td>',
  '</div></section></main>',
  '<p title="a&quot;onmouseover=alert(1)">quoted</p>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<form action="https://evil.example/"><input name=x></form>',
  ':::tip\nInside a tip.\n:::',
  ':::',
  '::::',
  '    :::',
  '\t:::tip',
  '> :::note',
  ':::only{format="pdf"}\nPrint only.\n:::',
  '[^1]\n\n[^1]: A note.',
  '| a | b |\n|---|---|\n| <script>x</script> | y |',
  '\u0000',
  '\u0007',
  '\uFFFF',
  '\uFFFE',
  '\u202E',
  '&#0;',
  '&#xFFFF;',
  '\\',
  '```\ncode\n',
  '- - - -',
  '***',
  '<details><summary>more</summary>text</details>',
];

const emergency = fc
  .record({
    items: fc.array(phrase, { minLength: 1, maxLength: 4 }),
    prefix: fc.constantFrom('', ' ', '   ', '> '),
    inner: fc.option(fc.constantFrom(...hostile), { nil: undefined }),
    at: fc.nat(4),
  })
  .map(({ items, prefix, inner, at }) => {
    const lines = [':::emergency', ...items.map((item) => `- ${item}`), ':::'];
    if (inner !== undefined) lines.splice(1 + Math.min(at, items.length), 0, ...inner.split('\n'));
    return lines.map((line) => `${prefix}${line}`).join('\n');
  });

const block = fc.oneof(
  phrase.map((text) => `## ${text}`),
  fc.array(phrase, { minLength: 1, maxLength: 3 }).map((list) => `${list.join('. ')}.`),
  fc.array(phrase, { minLength: 1, maxLength: 4 }).map((list) => list.map((item) => `- ${item}`).join('\n')),
  fc.constantFrom(...hostile),
  fc.tuple(phrase, fc.constantFrom(...hostile), phrase).map((parts) => parts.join(' ')),
  emergency,
);

const title = fc.oneof(phrase, fc.constantFrom('<script>alert(1)</script>', 'Title\u0000with control', 'Ti\uFFFFtle', 'a'.repeat(300), '', ' '));
const frontmatterFields = fc.record({
  title,
  type: fc.constantFrom('guide', 'condition', 'unknown-type'),
  summary: fc.oneof(phrase, fc.constant('')),
  extra: fc.constantFrom('', 'tags: [knee, "<b>x</b>"]\n', 'unknown: 1\n', 'slug: "../escape"\n', 'language: es\n', 'reviewed: 12\n', 'title: [\n', 'summary: "open\n'),
});

/** Insert or delete characters that change Markdown structure. */
const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert', 'delete'),
  text: fc.constantFrom(':', ':::', '<', '>', '\n', '\n\n', '\t', '    ', '-', '*', '`', '[', ']', '(', '!', '&', '\u0000', '<!--', '"', '---\n'),
  length: fc.integer({ min: 1, max: 12 }),
});

const article = fc
  .record({ front: frontmatterFields, blocks: fc.array(block, { minLength: 1, maxLength: 8 }), mutations: fc.array(mutation, { maxLength: 3 }) })
  .map(({ front, blocks, mutations }) => {
    let text = `---\ntitle: ${JSON.stringify(front.title)}\nsummary: ${JSON.stringify(front.summary)}\ntype: ${front.type}\nreviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n${front.extra}---\n\n${blocks.join('\n\n')}\n`;
    for (const change of mutations) {
      const index = Math.floor(change.at * text.length);
      text = change.kind === 'insert' ? text.slice(0, index) + change.text + text.slice(index) : text.slice(0, index) + text.slice(index + change.length);
    }
    return text;
  });

const options = (format: OutputFormat) => ({
  format,
  articleHref: (slug: string, anchor?: string) => `${slug}.html${anchor ? `#${anchor}` : ''}`,
  articleAt: () => undefined,
  imageSrc: () => '',
});

function elements(tree: HastNodes): Element[] {
  const found: Element[] = [];
  const stack: HastNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') found.push(node);
    if ('children' in node) stack.push(...node.children);
    if (node.type === 'element' && node.content) stack.push(node.content);
  }
  return found;
}

/** Script elements, event handlers and script URLs left in a rendered tree. */
function activeContent(tree: HastRoot): string[] {
  const found: string[] = [];
  for (const element of elements(tree)) {
    if (element.tagName === 'script') found.push('<script>');
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`);
      // Browsers ignore control characters and whitespace in a URL's scheme.
      const values = Array.isArray(value) ? value : [value];
      for (const one of values) if (typeof one === 'string' && /^[\s\u0000-\u001f]*j\W*a\W*v\W*a\W*s\W*c\W*r\W*i\W*p\W*t\W*:/i.test(one)) found.push(`${element.tagName} ${name}=${one}`);
    }
  }
  return found;
}

/** Every message inside the file; returns the ones that are not. */
function misplaced(file: VFile): string[] {
  const lines = String(file.value).split(/\r?\n|\r/);
  const bad: string[] = [];
  for (const message of file.messages) {
    for (const point of [message.place && 'start' in message.place ? message.place.start : message.place, message.place && 'end' in message.place ? message.place.end : undefined]) {
      if (!point || point.line === undefined) continue;
      const line = lines[point.line - 1];
      if (point.line < 1 || line === undefined || point.column < 1 || point.column > line.length + 1) bad.push(`${message.ruleId} at ${point.line}:${point.column}`);
    }
  }
  return bad;
}

/** libxml2's parse of a document (`--format` parses without a schema). */
const wellFormed = (xml: string) => validateXML({ xml: { fileName: 'chapter.xhtml', contents: xml }, normalization: 'format' });

const REFUSED = new Set(['emergency-preserved', 'render-emergency']);

/**
 * Check every property on one article.
 *
 * @param text The whole file.
 * @returns Nothing; fails the test with what broke.
 */
async function checkArticle(text: string): Promise<void> {
  const file = new VFile({ path: path.join(config.contentDir, 'fuzzed.md'), value: text, cwd: config.contentDir });
  let started = cpuMilliseconds();
  await parseArticles([file]);
  await validateArticles([file], config);
  await lintArticles([file], config);
  expect(cpuMilliseconds() - started, 'lint time').toBeLessThan(STEP_MS);
  expect(file.messages.filter((message) => message.ruleId === 'internal-error').map(String)).toEqual([]);
  expect(misplaced(file)).toEqual([]);
  if (file.data.stopped || !file.data.tree || !file.data.article) return;
  for (const format of ['html', 'epub'] as const) {
    started = cpuMilliseconds();
    const body = transformArticle(file, config, options(format));
    expect(cpuMilliseconds() - started, `${format} transform time`).toBeLessThan(STEP_MS);
    expect(activeContent(body), format).toEqual([]);
    if (format === 'epub') {
      const chapter = chapterDocument(file.data.article, body, config.words);
      expect(activeContent(chapter.tree), 'epub chapter').toEqual([]);
      const xhtml = `<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>${toXhtml(chapter.tree)}</body></html>`;
      const result = await wellFormed(xhtml);
      expect(result.errors.map((error) => error.rawMessage), 'well-formed chapter').toEqual([]);
    }
    if (file.messages.some((message) => REFUSED.has(message.ruleId ?? ''))) continue;
    const box = comparableText(selectAll('section.callout-emergency', body).map((section) => toString(section)).join(' '));
    for (const source of emergencySources(file.data.tree, text, format)) {
      for (const item of source.items) expect(box, `${format}: red flag “${item.excerpt}”`).toContain(item.text);
    }
  }
}

beforeAll(async () => {
  // The well-formedness check can fail.
  expect((await wellFormed('<html><body><p>open</body></html>')).errors.length).toBeGreaterThan(0);
  expect((await wellFormed('<html><body><p>closed</p></body></html>')).errors).toEqual([]);
  // Dictionaries load on first use, outside any case's time.
  await checkArticle('---\ntitle: Warm up\nsummary: Warm up.\ntype: guide\nreviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n---\n\nWarm up.\n');
}, 300_000);

describe('fuzzed articles', () => {
  it(`${RUNS} generated and mutated articles: no throw or hang, positions in the file, no active content, well-formed chapters, red flags kept or refused`, async () => {
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        await checkArticle(text);
      }),
      { numRuns: RUNS, endOnFailure: false, interruptAfterTimeLimit: 10 * 60_000 },
    );
  }, 15 * 60_000);

  it('replays the shrunk failures kept in tests/fixtures/fuzz/', async () => {
    const names = (await readdir(REGRESSIONS)).filter((name) => name.endsWith('.md')).sort();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      await expect(checkArticle(await readFile(path.join(REGRESSIONS, name), 'utf8')), name).resolves.toBeUndefined();
    }
  }, 300_000);
});
