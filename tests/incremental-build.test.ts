// Incremental builds, through the real CLI in a child process (the nothing-changed fast path is
// decided before the pipeline loads): each change to an input remakes exactly the outputs that
// depend on it, and the result is byte for byte what a build from scratch makes.
// The project is copied (node_modules linked) so that a template can be changed without touching
// the repository. The steps build on each other, in order.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from './helpers/lint-markdown.ts';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '..');
// Each step is a real build with a browser; generous, for a machine shared with other builds.
const TIMEOUT = 600_000;

interface Summary {
  outputs: number;
  upToDate: number;
  removed: number;
  skipped: Array<{ file: string }>;
  timings: Record<string, number>;
}

let project: string;
let work: string;

/** `pressroom build` in `work`; stdout's last line is the JSON summary (--json), stderr the report. */
async function build(...args: string[]): Promise<{ code: number; summary: Summary; report: string }> {
  const cli = path.join(project, 'bin', 'pressroom.js');
  // SOURCE_DATE_EPOCH fixes the dates inside the PDFs and the e-book, so a build from scratch makes the same bytes.
  const result = await run(process.execPath, [cli, 'build', 'content', '--date', '2026-11-25', '--json', ...args], { cwd: work, env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1764547200' } }).then(
    (done) => ({ code: 0, ...done }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  const summary = JSON.parse(result.stdout.trim().split('\n').pop()!) as Summary;
  return { code: result.code, summary, report: result.stderr };
}

/** Every output file with its SHA-256 and modification time (the build's own records left out). */
async function snapshot(dir = path.join(work, 'output')): Promise<Map<string, { hash: string; mtime: number }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, { hash: string; mtime: number }>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    if (path.relative(dir, file).startsWith('.pressroom-')) continue;
    files.set(path.relative(dir, file), { hash: createHash('sha256').update(await readFile(file)).digest('hex'), mtime: (await stat(file)).mtimeMs });
  }
  return files;
}

/** What changed between two snapshots; a file with the same bytes must also keep its time (not rewritten). */
function difference(before: Map<string, { hash: string; mtime: number }>, after: Map<string, { hash: string; mtime: number }>) {
  const changed: string[] = [];
  const rewritten: string[] = [];
  for (const [name, now] of after) {
    const then = before.get(name);
    if (then && then.hash !== now.hash) changed.push(name);
    if (then && then.hash === now.hash && then.mtime !== now.mtime) rewritten.push(name);
  }
  return {
    changed: changed.sort(),
    added: [...after.keys()].filter((name) => !before.has(name)).sort(),
    removed: [...before.keys()].filter((name) => !after.has(name)).sort(),
    rewritten,
  };
}

/** The drawn covers kept between builds, with their times. */
async function covers(): Promise<Array<[string, number]>> {
  const dir = path.join(work, 'output', '.pressroom-covers');
  return Promise.all((await readdir(dir)).sort().map(async (name) => [name, (await stat(path.join(dir, name))).mtimeMs] as [string, number]));
}

/** The search index (Pagefind's files) changes with any text the pages show. */
const notSearch = (name: string) => !name.startsWith('html/pagefind/');
const content = (name: string) => path.join(work, 'content', name);
const edit = async (name: string, from: string, to: string) => {
  const text = await readFile(content(name), 'utf8');
  expect(text).toContain(from);
  await writeFile(content(name), text.replace(from, to));
};

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'pressroom-incremental-'));
  for (const name of ['bin', 'pipeline', 'templates', 'package.json', 'package-lock.json']) await cp(path.join(repo, name), path.join(project, name), { recursive: true });
  await symlink(path.join(repo, 'node_modules'), path.join(project, 'node_modules'));
  work = path.join(project, 'work');
  await cp(path.join(fixturesDir, 'incremental'), path.join(work, 'content'), { recursive: true });
}, TIMEOUT);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('incremental build', () => {
  let previous: Map<string, { hash: string; mtime: number }>;
  /** Build, then what changed since the last step. */
  const step = async (...args: string[]) => {
    const result = await build(...args);
    const now = await snapshot();
    const diff = difference(previous, now);
    previous = now;
    return { ...result, ...diff };
  };

  it('builds everything cold, then repeats an unchanged build from its stamp without loading the pipeline', { timeout: TIMEOUT }, async () => {
    const cold = await build();
    expect(cold.code).toBe(0);
    expect(cold.summary.upToDate).toBe(0);
    previous = await snapshot();
    const again = await step();
    // `replay` is the only timing: no check, no render, no browser.
    expect(Object.keys(again.summary.timings)).toEqual(['replay']);
    expect(again.summary).toMatchObject({ outputs: cold.summary.outputs, upToDate: 5, removed: 0 });
    expect(again.report).toBe(cold.report);
    expect([again.changed, again.added, again.removed, again.rewritten]).toEqual([[], [], [], []]);
  });

  it('an edited article remakes its page, its handouts, the e-book it is in and the search index, nothing else', { timeout: TIMEOUT }, async () => {
    await edit('stretching.md', 'hold it for 20 seconds', 'hold it for 30 seconds');
    const drawn = await covers();
    expect(drawn).toHaveLength(1);
    const result = await step();
    // The e-book is assembled again around the cover drawn before.
    expect(await covers()).toEqual(drawn);
    expect(result.summary.timings.replay).toBeUndefined();
    expect(result.changed.filter(notSearch)).toEqual([
      'epub/muscle-care.epub',
      'html/handouts/stretching.large.pdf',
      'html/handouts/stretching.pdf',
      'html/stretching.html',
      'pdf/stretching.large.pdf',
      'pdf/stretching.pdf',
    ]);
    expect(result.changed).toContain('html/pagefind/pagefind-entry.json');
    expect(result.added.filter(notSearch)).toEqual([]);
    expect(result.removed.filter(notSearch)).toEqual([]);
    expect(result.rewritten).toEqual([]);
  });

  it('a changed title remakes the pages that list the article, and no other page', { timeout: TIMEOUT }, async () => {
    await edit('walking.md', 'title: Walking after a sore back', 'title: Walking again after a sore back');
    const result = await step();
    // Its own outputs; the index, its topic and the feed that list it by title; the article that lists it as related (same tag).
    // Not heat-and-cold.html (another topic) nor the e-book (not one of its chapters).
    expect(result.changed.filter(notSearch)).toEqual([
      'html/feed.xml',
      'html/handouts/walking.large.pdf',
      'html/handouts/walking.pdf',
      'html/index.html',
      'html/stretching.html',
      'html/topics/back.html',
      'html/walking.html',
      'pdf/walking.large.pdf',
      'pdf/walking.pdf',
    ]);
    // The search index shows titles: Pagefind's content-hashed files are replaced.
    expect([result.added.filter(notSearch), result.removed.filter(notSearch), result.rewritten]).toEqual([[], [], []]);
  });

  it('kept pages and chapters that are damaged or whose files changed are made again, never trusted', { timeout: TIMEOUT }, async () => {
    const manifest = path.join(work, 'output', '.pressroom-cache.json');
    const cache = JSON.parse(await readFile(manifest, 'utf8')) as { entries: Record<string, { data?: unknown }> };
    const parts = Object.keys(cache.entries).filter((name) => /^(html|epub):/.test(name));
    // Each article's page, and each chapter of the book.
    expect(parts.sort()).toEqual(['epub:heat-and-cold.md#muscle-care', 'epub:stretching.md#muscle-care', 'html:heat-and-cold.md', 'html:stretching.md', 'html:walking.md']);
    // Damaged records (the keys still match) and a page changed by hand.
    for (const name of parts) cache.entries[name].data = { xhtml: 1, document: { url: 2 } };
    await writeFile(manifest, JSON.stringify(cache));
    const page = path.join(work, 'output', 'html', 'heat-and-cold.html');
    const original = await readFile(page, 'utf8');
    await writeFile(page, original.replace('Heat and cold', 'Changed by hand'));
    // One article edited, so the web edition and the book are assembled again from their parts.
    await edit('walking.md', 'Walk for five minutes', 'Walk for six minutes');
    const result = await step();
    expect(result.code).toBe(0);
    expect(await readFile(page, 'utf8')).toBe(original);
    expect(result.changed.filter(notSearch)).toEqual(['html/handouts/walking.large.pdf', 'html/handouts/walking.pdf', 'html/walking.html', 'pdf/walking.large.pdf', 'pdf/walking.pdf']);
    // The page changed by hand was written again (same bytes as before the damage); nothing else was.
    expect(result.rewritten).toEqual(['html/heat-and-cold.html']);
    // The parts are kept again, sound.
    const again = JSON.parse(await readFile(manifest, 'utf8')) as { entries: Record<string, { data?: { xhtml?: unknown; document?: { html?: unknown } } }> };
    expect(typeof again.entries['epub:stretching.md#muscle-care'].data?.xhtml).toBe('string');
    expect(typeof again.entries['html:heat-and-cold.md'].data?.document?.html).toBe('string');
  });

  it('a changed image remakes the page and the e-book that show it', { timeout: TIMEOUT }, async () => {
    // Same picture, other bytes: a PNG text chunk before the closing IEND chunk.
    const png = await readFile(content('images/knee-to-chest.png'));
    const body = Buffer.from('tEXtComment\0changed');
    const chunk = Buffer.concat([u32(body.length - 4), body, u32(crc32(body))]);
    await writeFile(content('images/knee-to-chest.png'), Buffer.concat([png.subarray(0, png.length - 12), chunk, png.subarray(png.length - 12)]));
    const result = await step();
    // The page and the e-book carry the file; a handout carries the decoded picture, which is the same.
    expect(result.changed.filter(notSearch)).toEqual(['epub/muscle-care.epub', 'html/stretching.html']);
    // The web edition names images by their content's hash.
    expect(result.added.filter(notSearch)).toEqual([expect.stringMatching(/^html\/assets\/knee-to-chest\.[0-9a-f]+\.png$/)]);
    expect(result.removed.filter(notSearch)).toEqual([expect.stringMatching(/^html\/assets\/knee-to-chest\.[0-9a-f]+\.png$/)]);
  });

  it('a changed template remakes the outputs made from it', { timeout: TIMEOUT }, async () => {
    await appendFile(path.join(project, 'templates', 'web.css'), '\n/* a changed template */\n');
    const result = await step();
    // Every page links the stylesheet by its hashed name; handouts and the e-book do not use it.
    expect(result.changed).toEqual(['html/404.html', 'html/heat-and-cold.html', 'html/index.html', 'html/search.html', 'html/stretching.html', 'html/topics/back.html', 'html/topics/index.html', 'html/topics/muscles.html', 'html/walking.html']);
    expect(result.added).toEqual([expect.stringMatching(/^html\/assets\/style\.[0-9a-f]+\.css$/)]);
    expect(result.removed).toEqual([expect.stringMatching(/^html\/assets\/style\.[0-9a-f]+\.css$/)]);
  });

  it('a changed config remakes what shows it: a book title, the e-book only', { timeout: TIMEOUT }, async () => {
    await edit('pressroom.yaml', 'title: Caring for Sore Muscles', 'title: Caring for Sore Muscles at Home');
    const drawn = await covers();
    const result = await step();
    // The cover shows the title: drawn again, the old one gone.
    expect(await covers()).toEqual([[expect.not.stringMatching(drawn[0][0]), expect.any(Number)]]);
    expect(result.changed).toEqual(['epub/muscle-care.epub']);
    expect([result.added, result.removed]).toEqual([[], []]);
  });

  it('a word added to the dictionary changes the report, not the outputs', { timeout: TIMEOUT }, async () => {
    expect((await build()).report).toContain('Unexpected unknown word `flexamat`');
    previous = await snapshot();
    await appendFile(content('dictionary.txt'), 'flexamat\n');
    const result = await step();
    expect(result.report).not.toContain('flexamat');
    expect([result.changed, result.added, result.removed, result.rewritten]).toEqual([[], [], [], []]);
  });

  it('a later date flips the review findings from cached data, without linting again; an article past its review is withdrawn', { timeout: TIMEOUT }, async () => {
    const lintCache = path.join(work, 'output', '.pressroom-lint-cache.json');
    const cached = await stat(lintCache);
    // walking.md was reviewed 2025-10-01: 13 months (a warning) on 2026-11-25, 25 months (an error) on 2027-11-02.
    const result = await step('--date', '2027-11-02');
    expect(result.report).toContain('content/walking.md:8:7  error  Unexpected review age: reviewed on 2025-10-01, 25 months ago, expected a review within 24 months');
    expect(result.report).toContain('content/heat-and-cold.md:8:7  warning  Unexpected review age: reviewed on 2026-06-01, 17 months ago');
    expect(result.code).toBe(1);
    expect(result.summary.skipped.map(({ file }) => file)).toEqual(['content/walking.md']);
    // No article was linted again: the lint cache was not rewritten.
    expect((await stat(lintCache)).mtimeMs).toBe(cached.mtimeMs);
    expect(result.removed.filter(notSearch)).toEqual(['html/handouts/walking.large.pdf', 'html/handouts/walking.pdf', 'html/walking.html', 'pdf/walking.large.pdf', 'pdf/walking.pdf']);
    // The pages that list it: the index, feed, sitemap, its topic, the topics' counts, and the article it was related to (same tag).
    expect(result.changed.filter(notSearch)).toEqual(['html/feed.xml', 'html/index.html', 'html/sitemap.xml', 'html/stretching.html', 'html/topics/back.html', 'html/topics/index.html']);
    // Back to today's date: the same findings as before, the article back.
    const back = await step();
    expect(back.code).toBe(0);
    expect(back.added.filter(notSearch)).toEqual(result.removed.filter(notSearch));
  });

  it('a deleted article has its outputs removed', { timeout: TIMEOUT }, async () => {
    await rm(content('walking.md'));
    const result = await step();
    expect(result.code).toBe(0);
    expect(result.removed.filter(notSearch)).toEqual(['html/handouts/walking.large.pdf', 'html/handouts/walking.pdf', 'html/walking.html', 'pdf/walking.large.pdf', 'pdf/walking.pdf']);
  });

  it('a moved output folder stays up to date', { timeout: TIMEOUT }, async () => {
    await rename(path.join(work, 'output'), path.join(work, 'moved'));
    const moved = await build('--out', 'moved');
    expect(Object.keys(moved.summary.timings)).toEqual(['replay']);
    expect(moved.summary.upToDate).toBe(4);
    await rename(path.join(work, 'moved'), path.join(work, 'output'));
  });

  it('--force renders everything again', { timeout: TIMEOUT }, async () => {
    const result = await step('--force');
    expect(result.summary.upToDate).toBe(0);
    expect(result.summary.timings.pdf).toBeGreaterThan(0);
    // Rendered again, to the same bytes.
    expect([result.changed, result.added, result.removed]).toEqual([[], [], []]);
  });

  it('after all these steps, the outputs are byte for byte those of a build from scratch', { timeout: TIMEOUT }, async () => {
    await build('--out', 'scratch');
    const scratch = await snapshot(path.join(work, 'scratch'));
    const incremental = await snapshot();
    expect([...incremental.keys()].sort()).toEqual([...scratch.keys()].sort());
    for (const [name, { hash }] of scratch) expect(incremental.get(name)?.hash, name).toBe(hash);
  });
});

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value >>> 0);
  return buffer;
}
