/**
 * Bounded cost per article (issue 9): a paragraph of 60,000 sentences is refused after parsing
 * (the prose rules would overflow the stack); 10,000 inline elements (the most an article may
 * hold) render without overflowing the stack; an article whose lint or transform runs over its
 * configured budget gets a `time-budget` error, is not published, and the others go on.
 */
import { cp, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkArticles } from '../pipeline/check.ts';
import { lostRedFlags, transformArticle } from '../pipeline/transform/transform.ts';
import { MAX_BLOCK_CHARACTERS, MAX_ELEMENTS } from '../pipeline/content/markdown.ts';
import { cpuMilliseconds } from '../pipeline/transform/cpu-time.ts';
import { chapterDocument } from '../pipeline/render/epub/chapter-document.ts';
import { toXhtml } from '../pipeline/render/epub/to-xhtml.ts';
import { toHtml } from 'hast-util-to-html';
import { loadFixture } from './helpers/render-fixture.ts';
import { fixturesDir, frontmatter, lintMarkdown } from './helpers/lint-markdown.ts';
import { runCli as run } from './helpers/run-cli.ts';

const good = path.join(fixturesDir, 'cli', 'good');

/** A short article and one of 3,000 list items with inline markup (lint ≈ 3 s since the lint walks got faster, transform ≈ 3 s on a loaded machine; budgets count CPU time). */
async function content(budget: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-budget-'));
  await cp(good, dir, { recursive: true });
  await writeFile(path.join(dir, 'pressroom.yaml'), `${await readFile(path.join(good, 'pressroom.yaml'), 'utf8')}budget:\n${budget}`);
  const article = await readFile(path.join(good, 'heat-and-cold.md'), 'utf8');
  const items = Array.from({ length: 3000 }, (_, index) => `- Step ${index} with the <b>warm</b> pack and <span>a towel</span> for a while`).join('\n');
  await writeFile(path.join(dir, 'long-list.md'), `${article.replace('Heat and cold for sore muscles', 'Heat and cold, step by step')}\n## Steps\n\n${items}\n`);
  return dir;
}

beforeAll(async () => {
  // Dictionaries and parsers load on first use: not part of any article's budget below.
  await lintMarkdown(`${frontmatter()}\nWarm up.\n`);
}, 60_000);

describe('block length', () => {
  it('60,000 sentences in one paragraph: one file-too-long-paragraph error at the paragraph, no stack overflow, fast', async () => {
    const started = cpuMilliseconds();
    const found = await lintMarkdown(`${frontmatter()}\n${'Rest well. '.repeat(60_000)}\n`);
    // CPU time: the wall clock of a shared machine says little (the full lint took 31 s of it).
    expect(cpuMilliseconds() - started).toBeLessThan(10_000);
    expect(found.map((message) => [message.ruleId, message.line, message.column, message.reason])).toEqual([
      ['file-too-long-paragraph', 10, 1, `Unexpected paragraph of 660,000 characters, expected at most ${MAX_BLOCK_CHARACTERS.toLocaleString('en')}; split it into shorter paragraphs (a blank line between them)`],
    ]);
  }, 300_000);

  it('the same sentences in paragraphs of a hundred lint without any internal error', async () => {
    const paragraphs = Array.from({ length: 100 }, () => 'Rest well. '.repeat(100)).join('\n\n');
    const found = await lintMarkdown(`${frontmatter()}\n${paragraphs}\n`);
    expect(found.filter((message) => message.ruleId === 'internal-error' || message.ruleId?.startsWith('file-'))).toEqual([]);
  }, 300_000);
});

describe('at the element limit', () => {
  it('10,000 inline <span> elements: the web page and the e-book chapter are made, no stack overflow', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-spans-'));
    await cp(good, dir, { recursive: true });
    // In paragraphs of 500 (one paragraph of them all is over MAX_BLOCK_CHARACTERS).
    const spans = Array.from({ length: MAX_ELEMENTS - 10 }, (_, index) => `<span>w${index}</span>${index % 500 === 499 ? '\n\n' : ' '}`).join('');
    await writeFile(path.join(dir, 'heat-and-cold.md'), `${await readFile(path.join(good, 'heat-and-cold.md'), 'utf8')}\nWords ${spans}\n`);
    const { config, files } = await loadFixture(dir);
    const [file] = files;
    expect(file.messages.map(String)).toEqual([]);
    const options = { articleHref: (slug: string) => `${slug}.html`, articleAt: () => undefined, imageSrc: () => '' };
    const page = toHtml(transformArticle(file, config, { ...options, format: 'html' }));
    expect(page.match(/<span>w\d+<\/span>/g)).toHaveLength(MAX_ELEMENTS - 10);
    const chapter = toXhtml(chapterDocument(file.data.article!, transformArticle(file, config, { ...options, format: 'epub' }), config.words).tree);
    expect(chapter).toContain(`<span>w${MAX_ELEMENTS - 11}</span>`);
    expect(file.messages.map(String)).toEqual([]);
  }, 300_000);
});

describe('time budgets', () => {
  it('lint over budget.lint: a time-budget error on that article, its other rules skipped; the short article is linted in full', async () => {
    const dir = await content('  lint: 500\n');
    const started = cpuMilliseconds();
    const { code, stdout, stderr } = await run(['lint', dir], dir);
    const elapsed = cpuMilliseconds() - started;
    expect(code).toBe(1);
    const lines = `${stdout}${stderr}`.split('\n');
    const overrun = lines.filter((line) => line.includes('time-budget'));
    expect(overrun).toHaveLength(1);
    expect(overrun[0]).toMatch(
      /^long-list\.md:1:1 {2}error {2}Unexpected lint time of \d+\.\d s of CPU for this article \(rule `[a-z-]+` took \d+\.\d+ s\), expected at most 0\.50 s \(`budget\.lint` in pressroom\.yaml\); \d+ rules were not run on it\. Split the article or its longest lists and tables, or raise `budget\.lint`; the article is not published until it is linted {2}time-budget$/,
    );
    expect(`${stdout}${stderr}`).not.toMatch(/heat-and-cold\.md.*(time-budget|internal-error)/);
    // The overrun stops the rules: the budget, the rule that crossed it and the short article, in CPU time.
    expect(elapsed).toBeLessThan(15_000);
  }, 300_000);

  it('build: the article over budget is not published, the other one is', async () => {
    const dir = await content('  lint: 500\n');
    const out = path.join(dir, 'out');
    const { code, stdout } = await run(['build', dir, '--out', out, '--format', 'html'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('heat-and-cold.md → out/html/heat-and-cold.html');
    await expect(stat(path.join(out, 'html', 'long-list.html'))).rejects.toThrow();
  }, 300_000);

  it('transform over budget.transform: a time-budget error, and the article counts as refused in that format', async () => {
    const dir = await content('  lint: 100000\n  transform: 300\n');
    const checked = await checkArticles({ paths: [dir], cwd: dir });
    const options = { format: 'html' as const, articleHref: (slug: string) => `${slug}.html`, articleAt: () => undefined, imageSrc: () => '' };
    const [short, long] = ['heat-and-cold.md', 'long-list.md'].map((name) => checked.library!.entries.find((entry) => entry.file.path.endsWith(name))!.file);
    transformArticle(short, checked.config!, options);
    expect(lostRedFlags(short)).toBe(false);
    transformArticle(long, checked.config!, options);
    const overrun = long.messages.filter((message) => message.ruleId === 'time-budget');
    expect(overrun.map((message) => message.reason)).toEqual([
      expect.stringMatching(/^Unexpected transform time of \d+\.\d s of CPU for this article, expected at most 0\.3 s \(`budget\.transform` in pressroom\.yaml\); it is not published\. Split the article or its longest lists and tables, or raise `budget\.transform`$/),
    ]);
    expect(lostRedFlags(long)).toBe(true);
  }, 300_000);
});
