/**
 * `slug-changed`: the addresses published so far live in the content folder
 * (`published-slugs.json`, written by the build and committed), so lint on a fresh clone warns
 * exactly as the build does when an article gives up its address without `formerSlugs`.
 */
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContent } from './helpers/render-fixture.ts';
import { LIBRARY } from './helpers/library-fixture.ts';
import { runCli as run } from './helpers/run-cli.ts';

async function project(articles: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'pressroom-slugs-'));
  await cp(await writeContent(articles), path.join(root, 'content'), { recursive: true });
  return root;
}

const messages = (json: string) => (JSON.parse(json) as Array<{ file: string; messages: Array<{ line: number; column: number; severity: string; ruleId: string; message: string }> }>)
  .flatMap(({ file, messages }) => messages.filter((m) => m.ruleId === 'slug-changed').map((m) => `${file}:${m.line}:${m.column} ${m.severity} ${m.message}`));

const warning = (file: string, at: string, now: string, old: string) =>
  `${file}:${at} warning Unexpected new slug \`${now}\`: this article was published as \`${old}.html\`, which would now be "page not found"; add \`formerSlugs: [${old}]\` to the frontmatter so the old address leads here`;

describe('slug-changed', () => {
  it('is recorded by the build in the content folder, sorted, keyed by slug, and unchanged by a second build', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'], 'neck-pain.md': LIBRARY['sciatica.md'].replace('Sciatica and leg pain', 'Neck pain') });
    expect((await run(['build', 'content', '--format', 'html'], dir)).code).toBe(0);
    const record = await readFile(path.join(dir, 'content', 'published-slugs.json'), 'utf8');
    expect(JSON.parse(record).slugs).toEqual({
      'neck-pain': { file: 'neck-pain.md', title: 'Neck pain' },
      sciatica: { file: 'sciatica.md', title: 'Sciatica and leg pain' },
    });
    expect(Object.keys(JSON.parse(record).slugs)).toEqual(['neck-pain', 'sciatica']);
    await run(['build', 'content', '--format', 'html'], dir);
    expect(await readFile(path.join(dir, 'content', 'published-slugs.json'), 'utf8')).toBe(record);
  });

  it('warns in lint on a fresh clone (no output folder) exactly as in the build, at the slug, until formerSlugs names the old one', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'] });
    await run(['build', 'content', '--format', 'html'], dir);
    // A fresh clone: the committed content, no output folder.
    await rm(path.join(dir, 'output'), { recursive: true });
    const article = path.join(dir, 'content', 'sciatica.md');
    await writeFile(article, (await readFile(article, 'utf8')).replace('type: guide', 'type: guide\nslug: sciatica-and-leg-pain'));
    const expected = [warning('content/sciatica.md', '5:7', 'sciatica-and-leg-pain', 'sciatica')];
    const lint = await run(['lint', 'content', '--format', 'json'], dir);
    expect(lint.code).toBe(0);
    expect(messages(lint.stdout)).toEqual(expected);
    const built = await run(['build', 'content', '--format', 'html', '--report', 'json'], dir);
    expect(messages(built.stdout)).toEqual(expected);
    // The record keeps the old address while it is unaccounted for: lint still warns after the build.
    expect(messages((await run(['lint', 'content', '--format', 'json'], dir)).stdout)).toEqual(expected);
    await writeFile(article, (await readFile(article, 'utf8')).replace('type: guide', 'type: guide\nformerSlugs: [sciatica]'));
    expect(messages((await run(['lint', 'content', '--format', 'json'], dir)).stdout)).toEqual([]);
    expect(messages((await run(['build', 'content', '--format', 'html', '--report', 'json'], dir)).stdout)).toEqual([]);
    expect(JSON.parse(await readFile(path.join(dir, 'content', 'published-slugs.json'), 'utf8')).slugs).toEqual({
      'sciatica-and-leg-pain': { file: 'sciatica.md', title: 'Sciatica and leg pain' },
    });
  });

  it('follows a renamed file: without `slug:` the new name is a new address, warned on the moved article at its frontmatter', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'] });
    await run(['build', 'content', '--format', 'html'], dir);
    await rename(path.join(dir, 'content', 'sciatica.md'), path.join(dir, 'content', 'leg-pain.md'));
    const expected = [warning('content/leg-pain.md', '1:1', 'leg-pain', 'sciatica')];
    expect(messages((await run(['lint', 'content', '--format', 'json'], dir)).stdout)).toEqual(expected);
    expect(messages((await run(['build', 'content', '--format', 'html', '--report', 'json'], dir)).stdout)).toEqual(expected);
  });

  it('follows a renamed file that keeps its address with `slug:`: nothing to warn, the record follows the file', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'] });
    await run(['build', 'content', '--format', 'html'], dir);
    const moved = path.join(dir, 'content', 'leg-pain.md');
    await rename(path.join(dir, 'content', 'sciatica.md'), moved);
    await writeFile(moved, (await readFile(moved, 'utf8')).replace('type: guide', 'type: guide\nslug: sciatica'));
    expect(messages((await run(['lint', 'content', '--format', 'json'], dir)).stdout)).toEqual([]);
    await run(['build', 'content', '--format', 'html'], dir);
    expect(JSON.parse(await readFile(path.join(dir, 'content', 'published-slugs.json'), 'utf8')).slugs).toEqual({
      sciatica: { file: 'leg-pain.md', title: 'Sciatica and leg pain' },
    });
  });

  it('drops the address of a deleted article without a warning', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'], 'neck-pain.md': LIBRARY['sciatica.md'].replace('Sciatica and leg pain', 'Neck pain') });
    await run(['build', 'content', '--format', 'html'], dir);
    await rm(path.join(dir, 'content', 'neck-pain.md'));
    expect(messages((await run(['lint', 'content', '--format', 'json'], dir)).stdout)).toEqual([]);
    await run(['build', 'content', '--format', 'html'], dir);
    expect(Object.keys(JSON.parse(await readFile(path.join(dir, 'content', 'published-slugs.json'), 'utf8')).slugs)).toEqual(['sciatica']);
  });

  it('keys an address by language: a Spanish page lives at es/<slug>, and its new slug is warned with that address', async () => {
    const dir = await project({ 'sciatica.md': LIBRARY['sciatica.md'], 'dolor-de-espalda.md': LIBRARY['dolor-de-espalda.md'] });
    expect((await run(['build', 'content', '--format', 'html'], dir)).code).toBe(0);
    expect(Object.keys(JSON.parse(await readFile(path.join(dir, 'content', 'published-slugs.json'), 'utf8')).slugs)).toEqual(['es/dolor-de-espalda', 'sciatica']);
    const article = path.join(dir, 'content', 'dolor-de-espalda.md');
    await writeFile(article, (await readFile(article, 'utf8')).replace('type: guide', 'type: guide\nslug: dolor-lumbar'));
    const expected = [
      'content/dolor-de-espalda.md:5:7 warning Unexpected new slug `dolor-lumbar`: this article was published as `es/dolor-de-espalda.html`, which would now be "page not found"; add `formerSlugs: [dolor-de-espalda]` to the frontmatter so the old address leads here',
    ];
    expect(messages((await run(['lint', 'content', '--format', 'json'], dir)).stdout)).toEqual(expected);
    await writeFile(article, (await readFile(article, 'utf8')).replace('type: guide', 'type: guide\nformerSlugs: [dolor-de-espalda]'));
    expect(messages((await run(['lint', 'content', '--format', 'json'], dir)).stdout)).toEqual([]);
  });
});
