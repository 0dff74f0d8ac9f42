// Parts of a format rendered as a whole (a web page, an e-book chapter) kept in the build cache:
// reused only with the same inputs and intact files, relocatable with the output folder, and
// dropped when their article is gone. Real files in a temporary folder.
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_MANIFEST, loadCache, partCache, saveCache, type BuildCache } from '../pipeline/build/build-cache.ts';

let root: string;
let roots: { outDir: string; contentDir: string; cwd: string };
let page: string;
const article = (text: string) => new VFile({ path: 'content/walking.md', cwd: root, value: text });
const inContent = (file: VFile) => path.relative(roots.contentDir, path.resolve(root, file.path));

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'pressroom-parts-'));
  roots = { outDir: path.join(root, 'output'), contentDir: path.join(root, 'content'), cwd: root };
  page = path.join(roots.outDir, 'html', 'walking.html');
  await mkdir(path.dirname(page), { recursive: true });
  await writeFile(page, '<p>Walk</p>\n');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A cache with the page kept under the inputs `['related: stretching']`. */
async function kept(): Promise<BuildCache> {
  const cache: BuildCache = { version: 1, entries: {} };
  await partCache(cache, 'html', 'shared-1', inContent).keep(article('Walk.'), ['related: stretching'], { document: 'Walk' }, [page], { html: page });
  return cache;
}

describe('kept parts', () => {
  it('are reused with the same inputs, from a saved and reloaded cache', async () => {
    await saveCache(roots, await kept());
    const stored = JSON.parse(await readFile(path.join(roots.outDir, CACHE_MANIFEST), 'utf8')) as BuildCache;
    // Relative paths on disk: the article to the content folder, the page to the output folder.
    expect(stored.entries['html:walking.md']).toMatchObject({ files: { 'html/walking.html': expect.any(String) }, outputs: { 'walking.md': { html: 'html/walking.html' } }, data: { document: 'Walk' } });
    const parts = partCache(await loadCache(roots), 'html', 'shared-1', inContent);
    expect(await parts.reuse(article('Walk.'), ['related: stretching'], (data) => data)).toEqual({ document: 'Walk' });
  });

  it('are not reused when the article, an input, the build-wide key or the format differs', async () => {
    const cache = await kept();
    expect(await partCache(cache, 'html', 'shared-1', inContent).reuse(article('Walk slowly.'), ['related: stretching'], (data) => data)).toBeUndefined();
    expect(await partCache(cache, 'html', 'shared-1', inContent).reuse(article('Walk.'), ['related: heat-and-cold'], (data) => data)).toBeUndefined();
    expect(await partCache(cache, 'html', 'shared-2', inContent).reuse(article('Walk.'), ['related: stretching'], (data) => data)).toBeUndefined();
    expect(await partCache(cache, 'epub', 'shared-1', inContent).reuse(article('Walk.'), ['related: stretching'], (data) => data)).toBeUndefined();
  });

  it('count as up to date only when the renderer accepts what was kept', async () => {
    const cache = await kept();
    const refused = partCache(cache, 'html', 'shared-1', inContent);
    expect(await refused.reuse(article('Walk.'), ['related: stretching'], () => undefined)).toBeUndefined();
    expect(refused.reused).toEqual([]);
    const accepted = partCache(cache, 'html', 'shared-1', inContent);
    expect(await accepted.reuse(article('Walk.'), ['related: stretching'], (data) => (data as { document: string }).document)).toBe('Walk');
    expect(accepted.reused).toEqual(['html:content/walking.md']);
  });

  it('are not reused when a file they wrote changed or is gone', async () => {
    const cache = await kept();
    await writeFile(page, '<p>Changed by hand</p>\n');
    expect(await partCache(cache, 'html', 'shared-1', inContent).reuse(article('Walk.'), ['related: stretching'], (data) => data)).toBeUndefined();
    await rm(page);
    expect(await partCache(cache, 'html', 'shared-1', inContent).reuse(article('Walk.'), ['related: stretching'], (data) => data)).toBeUndefined();
  });

  it('move with the output folder and the content folder', async () => {
    await saveCache(roots, await kept());
    await rename(roots.outDir, path.join(root, 'moved'));
    await rename(roots.contentDir, path.join(root, 'articles')).catch(() => undefined);
    const moved = { outDir: path.join(root, 'moved'), contentDir: path.join(root, 'articles'), cwd: root };
    const file = new VFile({ path: 'articles/walking.md', cwd: root, value: 'Walk.' });
    const parts = partCache(await loadCache(moved), 'html', 'shared-1', (f) => path.relative(moved.contentDir, path.resolve(root, f.path)));
    expect(await parts.reuse(file, ['related: stretching'], (data) => data)).toEqual({ document: 'Walk' });
  });

  it('of articles not asked for in a build are forgotten; those of other formats stay', async () => {
    const cache = await kept();
    await partCache(cache, 'epub', 'shared-1', inContent).keep(article('Walk.'), [], { xhtml: '<p/>' }, []);
    const parts = partCache(cache, 'html', 'shared-1', inContent);
    parts.forget();
    expect(Object.keys(cache.entries)).toEqual(['epub:content/walking.md']);
  });

  it('of one article in several variants (its chapter in each book) are kept apart, and move with the folders', async () => {
    const cache: BuildCache = { version: 1, entries: {} };
    const parts = partCache(cache, 'epub', 'shared-1', inContent);
    await parts.keep(article('Walk.'), ['book: a'], { xhtml: 'a' }, [], undefined, 'book-a');
    await parts.keep(article('Walk.'), ['book: b'], { xhtml: 'b' }, [], undefined, 'book-b');
    await saveCache(roots, cache);
    const reloaded = partCache(await loadCache(roots), 'epub', 'shared-1', inContent);
    expect(await reloaded.reuse(article('Walk.'), ['book: a'], (data) => data, 'book-a')).toEqual({ xhtml: 'a' });
    expect(await reloaded.reuse(article('Walk.'), ['book: b'], (data) => data, 'book-b')).toEqual({ xhtml: 'b' });
    expect(await reloaded.reuse(article('Walk.'), ['book: a'], (data) => data, 'book-b')).toBeUndefined();
  });

  it('an unreadable manifest is an empty cache', async () => {
    await saveCache(roots, await kept());
    await writeFile(path.join(roots.outDir, CACHE_MANIFEST), '{"version": 1, "entries": {"html:walking.md": ');
    expect((await loadCache(roots)).entries).toEqual({});
  });
});
