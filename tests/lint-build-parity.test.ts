/**
 * `lint` refuses exactly what `build` refuses, at the same file, line and column, and the build's
 * outcome depends neither on the order of `--format` nor on what the cache holds. Each case is a
 * small content folder with one good article and one kind of build-time refusal.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { build } from '../pipeline/build.ts';
import { checkArticles } from '../pipeline/check.ts';
import { main } from '../pipeline/cli.ts';
import { fixturesDir } from './helpers/lint-markdown.ts';

const clinic = [
  'clinic:',
  '  name: Willow Creek Physical Therapy',
  '  phone: +1 555-0100',
  '  url: https://willowcreek.example.org/library/',
  '  address: 12 Alder Lane, Suite 3, Millbrook, VT 05999',
].join('\n');

const article = (title: string, body = 'Rest, then move gently.', extra = '') =>
  `---\ntitle: ${title}\nsummary: A short guide for a test of what lint and build refuse.\ntype: guide\n${extra}reviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n---\n\n## What to do\n\n${body}\n`;

const book = (id: string, chapters: string[]) =>
  [
    `  - id: ${id}`,
    `    title: Guides`,
    `    authors: [Willow Creek Physical Therapy]`,
    `    identifier: urn:uuid:5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f`,
    `    description: Guides.`,
    `    cover: images/cover.jpg`,
    `    chapters: [${chapters.join(', ')}]`,
  ].join('\n');

/** A content folder: config text and articles by name. */
async function library(config: string, articles: Record<string, string>, svg?: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-parity-'));
  const content = path.join(dir, 'content');
  await mkdir(path.join(content, 'images'), { recursive: true });
  await cp(path.join(fixturesDir, 'epub', 'library', 'images', 'cover.jpg'), path.join(content, 'images', 'cover.jpg'));
  if (svg) await writeFile(path.join(content, 'images', 'chart.svg'), svg);
  await writeFile(path.join(content, 'pressroom.yaml'), `${config}\nlint:\n  today: 2026-11-25\n`);
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(content, name), text);
  return dir;
}

/** Errors as `file:line:column rule-id`, sorted. */
function errors(files: readonly (VFile | undefined)[]): string[] {
  return files
    .flatMap((file) => (file ? file.messages.filter((message) => message.fatal).map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId}`) : []))
    .sort();
}

async function cli(args: string[], cwd: string): Promise<number> {
  return main(args, { cwd, color: false, stdout: () => undefined, stderr: () => undefined });
}

const cases: Record<string, { config: string; articles: Record<string, string>; svg?: string; expected: string[]; refused: string[] }> = {
  'an article with the reserved slug `index`': {
    config: clinic,
    articles: { 'good.md': article('Good'), 'index.md': article('Start here') },
    expected: ['content/index.md:1:1 slug-reserved'],
    refused: ['content/index.md'],
  },
  'an SVG image with a script': {
    config: clinic,
    articles: { 'good.md': article('Good'), 'chart.md': article('Chart', '![A chart](images/chart.svg)') },
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    expected: ['content/chart.md:12:1 image-source'],
    refused: ['content/chart.md'],
  },
  'a book whose chapters are missing, a draft or failing, and a duplicate book id': {
    config: `${clinic}\nbooks:\n${book('guides', ['good', 'nowhere', 'sketch', 'broken'])}\n${book('guides', ['good'])}`,
    articles: {
      'good.md': article('Good'),
      'sketch.md': article('Sketch', 'Not done.', 'draft: true\n'),
      'broken.md': article('Broken', ':::emergnecy\nCall now.\n:::'),
    },
    expected: [
      'content/broken.md:12:1 unknown-directive',
      'content/pressroom.yaml:13:22 epub-chapter',
      'content/pressroom.yaml:13:31 epub-chapter',
      'content/pressroom.yaml:13:39 epub-chapter',
      'content/pressroom.yaml:14:9 epub-book',
    ],
    refused: ['content/broken.md'],
  },
  'a call to action without clinic details': {
    config: 'defaults:\n  language: en-US',
    articles: { 'good.md': article('Good'), 'call.md': article('Call', ':::cta\nCall us.\n:::') },
    expected: ['content/call.md:12:1 cta-contact'],
    refused: ['content/call.md'],
  },
  'a link to a draft': {
    config: clinic,
    articles: { 'good.md': article('Good'), 'a.md': article('A', 'See [the plan](plan.md).'), 'plan.md': article('Plan', 'Soon.', 'draft: true\n') },
    expected: ['content/a.md:12:5 internal-link'],
    refused: ['content/a.md'],
  },
};

describe('lint refuses exactly what build refuses', () => {
  for (const [name, scenario] of Object.entries(cases)) {
    it(name, async () => {
      const cwd = await library(scenario.config, scenario.articles, scenario.svg);
      const linted = await checkArticles({ paths: ['content'], cwd });
      expect(errors([linted.configFile, ...linted.files])).toEqual(scenario.expected);
      expect(await cli(['lint', 'content'], cwd)).toBe(1);

      const built = await build({ paths: ['content'], cwd, outDir: 'output', formats: ['html', 'epub'] });
      expect(errors([built.source?.file, ...built.files, ...built.extra])).toEqual(scenario.expected);
      expect(built.skipped.map((file) => file.path).sort()).toEqual(scenario.refused);
      expect(built.rendered.map((file) => file.path)).toContain('content/good.md');
      const pages = await readdir(path.join(cwd, 'output', 'html'));
      expect(pages).toContain('good.html');
      // (`index.html` is the list of articles, never the refused article's page.)
      for (const refused of scenario.refused) if (!refused.endsWith('index.md')) expect(pages).not.toContain(`${path.basename(refused, '.md')}.html`);
      expect(await cli(['build', 'content', '--format', 'html,epub'], cwd)).toBe(1);
    });
  }
});

/** Every output file with its bytes, by path relative to the output folder. */
async function snapshot(outDir: string): Promise<Record<string, string>> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(outDir, file)] = (await readFile(file)).toString('base64');
  }
  return result;
}

describe('a build does not depend on the order of --format or on the cache', () => {
  it('gives the same outputs and messages for epub,html and html,epub, cold and warm', async () => {
    const config = `${clinic}\nbooks:\n${book('guides', ['good', 'other'])}`;
    const cwd = await library(config, {
      'good.md': article('Good', 'Read [the other guide](other.md).'),
      'other.md': article('Other'),
      'index.md': article('Start here'),
    });
    const env = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1767225600';
    try {
      const runs: Array<{ errors: string[]; code: number; files: Record<string, string> }> = [];
      for (const [formats, out] of [
        ['epub,html', 'out-a'],
        ['html,epub', 'out-b'],
        ['html,epub', 'out-b'],
      ] as const) {
        const code = await cli(['build', 'content', '--format', formats, '--out', out], cwd);
        const checked = await checkArticles({ paths: ['content'], cwd });
        runs.push({ errors: errors([checked.configFile, ...checked.files]), code, files: await snapshot(path.join(cwd, out)) });
      }
      expect(runs[0].code).toBe(1);
      expect(runs[1]).toEqual(runs[0]);
      expect(runs[2]).toEqual(runs[0]);
      expect(Object.keys(runs[0].files)).toEqual(expect.arrayContaining(['html/good.html', 'html/other.html', 'html/index.html', 'epub/guides.epub']));
    } finally {
      if (env === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = env;
    }
  });
});

describe('outputs follow the content', () => {
  it('removes the outputs of an article that is deleted, made a draft or broken, and of the articles that link to it', async () => {
    const cwd = await library(`${clinic}\nbooks:\n${book('guides', ['a', 'b'])}`, {
      'a.md': article('A'),
      'b.md': article('B', 'Read [A](a.md).'),
      'c.md': article('C'),
      'd.md': article('D'),
    });
    const html = path.join(cwd, 'output', 'html');
    // Article pages and the index (the library's own pages — search, 404 — are always there).
    const pages = async () => (await readdir(html)).filter((name) => name.endsWith('.html') && !/^(search|404)\.html$/.test(name)).sort();
    expect(await cli(['build', 'content', '--format', 'html,epub'], cwd)).toBe(0);
    expect(await pages()).toEqual(['a.html', 'b.html', 'c.html', 'd.html', 'index.html']);
    await expect(readdir(path.join(cwd, 'output', 'epub'))).resolves.toEqual(['guides.epub']);

    await rm(path.join(cwd, 'content', 'c.md'));
    await writeFile(path.join(cwd, 'content', 'd.md'), article('D', 'Later.', 'draft: true\n'));
    expect(await cli(['build', 'content', '--format', 'html,epub'], cwd)).toBe(0);
    expect(await pages()).toEqual(['a.html', 'b.html', 'index.html']);
    const index = await readFile(path.join(html, 'index.html'), 'utf8');
    expect(index).not.toMatch(/href="[cd]\.html"/);

    // A now fails: its page goes, B (which links to it) is refused and goes too, and so does the book.
    await writeFile(path.join(cwd, 'content', 'a.md'), article('A', ':::emergnecy\nCall now.\n:::'));
    expect(await cli(['build', 'content', '--format', 'html,epub'], cwd)).toBe(1);
    expect(await pages()).toEqual(['index.html']);
    await expect(readdir(path.join(cwd, 'output', 'epub'))).rejects.toThrow();
    expect(await readFile(path.join(html, 'index.html'), 'utf8')).not.toMatch(/href="[ab]\.html"/);
  });
});
