/**
 * The web edition inside `pressroom build`: links to the handouts with their real page count
 * and size, incremental rebuilds of the search index and topic pages, and the warning and
 * redirect when an article's slug changes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlRenderer } from '../pipeline/render/html.ts';
import { pdfinfo } from './helpers/pdf-tools.ts';
import { loadFixture, writeContent } from './helpers/render-fixture.ts';
import { renderWith } from './helpers/build-context.ts';
import { LIBRARY } from './helpers/library-fixture.ts';
import { runCli as run } from './helpers/run-cli.ts';

/** A project folder with the given articles of the library in `content/`. */
async function project(articles: Record<string, string> = LIBRARY): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'pressroom-web-build-'));
  await cp(await writeContent(articles), path.join(root, 'content'), { recursive: true });
  return root;
}

const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

describe('handout links', () => {
  it('link the handout this build made, with its real page count and size, copied into the site', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'] });
    const { code, stderr } = await run(['build', 'content', '--format', 'html,pdf'], dir);
    expect(stderr).not.toContain('error');
    expect(code).toBe(0);
    const pdf = path.join(dir, 'output', 'pdf', 'sciatica.pdf');
    const copy = path.join(dir, 'output', 'html', 'handouts', 'sciatica.pdf');
    expect(await readFile(copy)).toEqual(await readFile(pdf));
    const pages = Number(pdfinfo(copy).Pages);
    const size = (await stat(copy)).size;
    const page = await readFile(path.join(dir, 'output', 'html', 'sciatica.html'), 'utf8');
    // The PDF build makes the large-print edition too: both are linked.
    const large = path.join(dir, 'output', 'html', 'handouts', 'sciatica.large.pdf');
    const largePages = Number(pdfinfo(large).Pages);
    expect(page).toContain(
      `<ul class="handouts"><li><a href="handouts/sciatica.pdf" type="application/pdf" class="handout-link">Printable handout, ${pages} ${pages === 1 ? 'page' : 'pages'}, PDF, ${kb(size)} KB</a></li>` +
        `<li><a href="handouts/sciatica.large.pdf" type="application/pdf" class="handout-link">Large-print handout, ${largePages} ${largePages === 1 ? 'page' : 'pages'}, PDF, ${kb((await stat(large)).size)} KB</a></li></ul>`,
    );
  });

  it('link the large-print edition too when the PDF build recorded one', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'] });
    await run(['build', 'content', '--format', 'pdf'], dir);
    const pdf = path.join(dir, 'output', 'pdf', 'sciatica.pdf');
    const fixture = await loadFixture(path.join(dir, 'content'));
    const file = fixture.files.find((each) => each.data.article?.slug === 'sciatica')!;
    // The large-print renderer is another issue's: stand in with a real PDF twice as long.
    const large = path.join(dir, 'output', 'pdf', 'sciatica.large.pdf');
    execFileSync('qpdf', ['--empty', '--pages', pdf, pdf, '--', large]);
    file.data.outputs = { pdf, 'pdf-large': large };
    const out = path.join(dir, 'site');
    await renderWith(htmlRenderer, [file], { config: fixture.config, outDir: out, cwd: dir });
    const page = await readFile(path.join(out, 'html', 'sciatica.html'), 'utf8');
    const pages = Number(pdfinfo(large).Pages);
    expect(page).toContain(`<a href="handouts/sciatica.large.pdf" type="application/pdf" class="handout-link">Large-print handout, ${pages} ${pages === 1 ? 'page' : 'pages'}, PDF, ${kb((await stat(large)).size)} KB</a>`);
    expect(await readFile(path.join(out, 'html', 'handouts', 'sciatica.large.pdf'))).toEqual(await readFile(large));
  });

  it('stay while the handout is up to date, in builds of the web edition alone', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'] });
    await run(['build', 'content', '--format', 'html,pdf'], dir);
    const page = path.join(dir, 'output', 'html', 'sciatica.html');
    const link = /<a href="handouts\/sciatica\.pdf" type="application\/pdf" class="handout-link">Printable handout, \d pages?, PDF, \d+ KB<\/a>/;
    expect(await readFile(page, 'utf8')).toMatch(link);
    for (const args of [['--force'], []]) {
      await rm(page);
      expect((await run(['build', 'content', '--format', 'html', ...args], dir)).code).toBe(0);
      expect(await readFile(page, 'utf8'), args.join(' ')).toMatch(link);
    }
    // A changed article has no up-to-date handout until the PDFs are built again: no link to the old one.
    const article = path.join(dir, 'content', 'sciatica.md');
    await writeFile(article, (await readFile(article, 'utf8')).replace('Keep moving gently.', 'Keep moving gently, a little each hour.'));
    expect((await run(['build', 'content', '--format', 'html'], dir)).code).toBe(0);
    expect(await readFile(page, 'utf8')).not.toMatch(link);
    expect(existsSync(path.join(dir, 'output', 'html', 'handouts', 'sciatica.pdf'))).toBe(false);
  });

  it('are left out when the build made no handout', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'] });
    await run(['build', 'content', '--format', 'html'], dir);
    expect(await readFile(path.join(dir, 'output', 'html', 'sciatica.html'), 'utf8')).not.toContain('handout');
  });
});

describe('incremental builds of the library pages', () => {
  async function mtimes(dir: string, names: string[]): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const name of names) result[name] = (await stat(path.join(dir, 'output', 'html', name))).mtimeMs;
    return result;
  }
  const searchFiles = async (dir: string) => (await readdir(path.join(dir, 'output', 'html', 'pagefind'), { recursive: true })).filter((name) => name.includes('.')).map((name) => `pagefind/${name}`);

  it('rewrite the search index only when the searched text changes, and topic pages only when what they list changes', async () => {
    const dir = await project();
    expect((await run(['build', 'content', '--format', 'html'], dir)).code).toBe(0);
    const topics = ['topics/self-care.html', 'topics/back-pain.html', 'topics/index.html'];
    const first = await mtimes(dir, [...topics, ...(await searchFiles(dir))]);
    const article = path.join(dir, 'content', 'ice-or-heat.md');

    // A new review date: shown on topic pages, not searched.
    await writeFile(article, (await readFile(article, 'utf8')).replace('on: 2026-07-01', 'on: 2026-07-02'));
    expect((await run(['build', 'content', '--format', 'html'], dir)).code).toBe(0);
    const second = await mtimes(dir, [...topics, ...(await searchFiles(dir))]);
    expect(second['topics/self-care.html']).toBeGreaterThan(first['topics/self-care.html']!);
    expect(second['topics/back-pain.html']).toBe(first['topics/back-pain.html']);
    for (const name of await searchFiles(dir)) expect(second[name], name).toBe(first[name]);

    // New words in the body: searched, not shown on any topic page.
    await writeFile(article, (await readFile(article, 'utf8')).replace('Use a cold pack', 'Use a wrapped cold pack'));
    expect((await run(['build', 'content', '--format', 'html'], dir)).code).toBe(0);
    const third = await mtimes(dir, [...topics, ...(await searchFiles(dir))]);
    for (const name of topics) expect(third[name], name).toBe(second[name]);
    expect(third['pagefind/pagefind-entry.json']).toBeGreaterThan(second['pagefind/pagefind-entry.json']!);
    const entry = JSON.parse(await readFile(path.join(dir, 'output', 'html', 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    // Index files of the earlier build are gone: only what pagefind-entry.json names is left.
    const left = await searchFiles(dir);
    expect(left.filter((name) => name.startsWith('pagefind/index/'))).toHaveLength(2);

    // New tags: shown on the topic pages, not searched.
    await writeFile(article, (await readFile(article, 'utf8')).replace('tags: [self-care]', 'tags: [self-care, back pain]'));
    expect((await run(['build', 'content', '--format', 'html'], dir)).code).toBe(0);
    const fourth = await mtimes(dir, [...topics, ...left]);
    expect(fourth['topics/back-pain.html']).toBeGreaterThan(third['topics/back-pain.html']!);
    expect(fourth['topics/index.html']).toBeGreaterThan(third['topics/index.html']!);
    expect(await readFile(path.join(dir, 'output', 'html', 'topics', 'back-pain.html'), 'utf8')).toContain('<a href="../ice-or-heat.html">Ice or heat after a strain</a>');
    for (const name of left) expect(fourth[name], name).toBe(third[name]);
    expect(await searchFiles(dir)).toEqual(left);
  });
});

describe('search index problems', () => {
  it('are an error on the build, named with what to do, never a stack trace', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'] });
    await mkdir(path.join(dir, 'output', 'html'), { recursive: true });
    // A file where the index folder should be: Pagefind's files cannot be written.
    await writeFile(path.join(dir, 'output', 'html', 'pagefind'), 'not a folder');
    const { code, stderr } = await run(['build', 'content', '--format', 'html'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^content\/pressroom\.yaml:2:1 {2}error {2}Cannot build the search index \(.+\); the search pages will find nothing\. Check that `output\/html\/pagefind` is a folder you can write to and that Pagefind is installed \(`npm ci`\), then build again {2}render-search$/m);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(path.join(dir, 'output', 'html', 'sciatica.html'), 'utf8')).toContain('<h1>Sciatica and leg pain</h1>');
  });
});

describe('stable addresses', () => {
  it('warns when a slug changes until the old slug is in formerSlugs, whose address then redirects', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'] });
    expect((await run(['build', 'content', '--format', 'html'], dir)).code).toBe(0);
    const article = path.join(dir, 'content', 'sciatica.md');
    await writeFile(article, (await readFile(article, 'utf8')).replace('type: guide', 'type: guide\nslug: sciatica-and-leg-pain'));
    const warning =
      'content/sciatica.md:5:7  warning  Unexpected new slug `sciatica-and-leg-pain`: this article was published as `sciatica.html`, which would now be "page not found"; add `formerSlugs: [sciatica]` to the frontmatter so the old address leads here  slug-changed';
    for (let build = 0; build < 2; build += 1) {
      const changed = await run(['build', 'content', '--format', 'html'], dir);
      expect(changed.code).toBe(0);
      expect(changed.stderr).toContain(warning);
    }
    await writeFile(article, (await readFile(article, 'utf8')).replace('type: guide', 'type: guide\nformerSlugs: [sciatica]'));
    const fixed = await run(['build', 'content', '--format', 'html'], dir);
    expect(fixed.stderr).not.toContain('slug-changed');
    const redirect = await readFile(path.join(dir, 'output', 'html', 'sciatica.html'), 'utf8');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=sciatica-and-leg-pain.html">');
    const again = await run(['build', 'content', '--format', 'html'], dir);
    expect(again.stderr).not.toContain('slug-changed');
  });
});
