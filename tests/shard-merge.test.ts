import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from './helpers/lint-markdown.ts';
import { runCli as run } from './helpers/run-cli.ts';

const root = path.resolve(import.meta.dirname, '..');
const EPOCH = '1790000000';
const SHARDS = 4;

/** Every visible file under a folder with its SHA-256 (read here, not through pressroom's own helper). */
async function tree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (relative.split(path.sep).some((part) => part.startsWith('.'))) continue;
    result[relative] = createHash('sha256').update(await readFile(path.join(dir, relative))).digest('hex');
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}

const manifest = async (dir: string) => JSON.parse(await readFile(path.join(dir, '.pressroom-shard.json'), 'utf8')) as { articles: Record<string, Record<string, string>>; files: Record<string, string> };
const shardDirs = () => Array.from({ length: SHARDS }, (_, i) => `shards/${i + 1}`);

let dir: string;
const previousEpoch = process.env.SOURCE_DATE_EPOCH;

beforeAll(async () => {
  process.env.SOURCE_DATE_EPOCH = EPOCH;
  dir = await mkdtemp(path.join(tmpdir(), 'pressroom-shards-'));
  // The sample content, plus two guides whose slugs fall in shards 3 and 4, so every shard has work.
  await cp(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  for (const name of await readdir(path.join(fixturesDir, 'shards'))) await cp(path.join(fixturesDir, 'shards', name), path.join(dir, 'content', name));
  expect((await run(['build', 'content', '--out', 'single', '--quiet'], dir)).code).toBe(0);
  for (const [i, out] of shardDirs().entries()) {
    const shard = await run(['build', 'content', '--shard', `${i + 1}/${SHARDS}`, '--out', out, '--quiet'], dir);
    expect(shard.stderr).not.toContain('  error  ');
    expect(shard.code).toBe(0);
  }
}, 600_000);

afterAll(async () => {
  if (previousEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = previousEpoch;
  await rm(dir, { recursive: true, force: true });
});

describe('build --shard I/N and merge', () => {
  it('gives every shard a disjoint share of the articles, with their pages and handouts only', async () => {
    const shares = await Promise.all(shardDirs().map(async (out) => Object.keys((await manifest(path.join(dir, out))).articles)));
    // Each article's share follows from a hash of its slug.
    expect(shares).toEqual([
      ['preparing-for-your-visit.md', 'preparing-for-your-visit.zh-Hans.md'],
      ['lower-back-spasms.es.md', 'lower-back-spasms.md'],
      ['walking-plan.md'],
      ['neck-stretches.md'],
    ]);
    const third = await tree(path.join(dir, 'shards/3'));
    expect(Object.keys(third).filter((file) => !file.startsWith('html/assets/'))).toEqual([
      'html/handouts/walking-plan.large.pdf',
      'html/handouts/walking-plan.pdf',
      'html/walking-plan.html',
      'pdf/walking-plan.large.pdf',
      'pdf/walking-plan.pdf',
    ]);
    expect((await manifest(path.join(dir, 'shards/3'))).articles).toEqual({
      'walking-plan.md': { html: 'html/walking-plan.html', pdf: 'pdf/walking-plan.pdf', 'pdf-large': 'pdf/walking-plan.large.pdf' },
    });
    // The manifest records exactly what the shard wrote, with hashes.
    expect((await manifest(path.join(dir, 'shards/3'))).files).toEqual(Object.fromEntries(Object.entries(third).map(([file, hash]) => [file.split(path.sep).join('/'), hash])));
  });

  it('leaves only its share in a folder that held a full build (restored from a CI cache)', async () => {
    await cp(path.join(dir, 'single'), path.join(dir, 'reused'), { recursive: true });
    const shard = await run(['build', 'content', '--shard', '3/4', '--out', 'reused', '--quiet'], dir);
    expect(shard.code).toBe(0);
    expect(await tree(path.join(dir, 'reused'))).toEqual(await tree(path.join(dir, 'shards/3')));
  });

  it('merges 4 shards into the same files, byte for byte, as one build', async () => {
    const merged = await run(['merge', ...shardDirs(), '--out', 'merged', '--quiet'], dir);
    expect(merged.stderr).not.toContain('  error  ');
    expect(merged.code).toBe(0);
    const single = await tree(path.join(dir, 'single'));
    expect(Object.keys(single)).toContain('html/index.html');
    expect(Object.keys(single)).toContain('epub/back-care-library.epub');
    expect(Object.keys(single).filter((file) => file.startsWith('html/pagefind/')).length).toBeGreaterThan(5);
    expect(Object.keys(await tree(path.join(dir, 'merged')))).toEqual(Object.keys(single));
    expect(await tree(path.join(dir, 'merged'))).toEqual(single);
  });

  it('refuses a missing shard, a shard given twice, a changed file and shards of other content, writing nothing', async () => {
    const missing = await run(['merge', 'shards/1', 'shards/2', 'shards/4', '--out', 'refused'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('pressroom: The set of shards is incomplete: 3/4 missing; build it with `pressroom build --shard I/4` and give every shard\'s folder\n');
    const twice = await run(['merge', ...shardDirs(), 'shards/2', '--out', 'refused'], dir);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain(`${path.join(dir, 'shards/2')} and ${path.join(dir, 'shards/2')} are both shard 2/4: their shares overlap`);
    expect(existsSync(path.join(dir, 'refused', 'html'))).toBe(false);

    const copy = path.join(dir, 'tampered');
    await cp(path.join(dir, 'shards'), copy, { recursive: true });
    const page = path.join(copy, '3', 'html', 'walking-plan.html');
    await writeFile(page, (await readFile(page, 'utf8')).replace('Walking', 'Running'));
    const tampered = await run(['merge', ...shardDirs().map((out) => out.replace('shards', 'tampered')), '--out', 'refused'], dir);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toBe(`pressroom: ${page} is not the file shard 3/4 wrote (its hash differs); download the shard's artifact again or build the shard again\n`);

    const edited = path.join(dir, 'content', 'neck-stretches.md');
    const text = await readFile(edited, 'utf8');
    await writeFile(edited, text.replace('A stiff neck', 'A sore neck'));
    try {
      const stale = await run(['merge', ...shardDirs(), '--out', 'refused'], dir);
      expect(stale.code).toBe(1);
      expect(stale.stderr).toContain(`pressroom: ${path.join(dir, 'shards/1')} (shard 1/4) was built from other content, config, SOURCE_DATE_EPOCH or pressroom version than this checkout`);
    } finally {
      await writeFile(edited, text);
    }
    expect(existsSync(path.join(dir, 'refused', 'html'))).toBe(false);
  });

  it('fails a shard for an article of its own share only; every shard still checks every article', async () => {
    const broken = path.join(dir, 'content', 'walking-plan.md');
    const text = await readFile(broken, 'utf8');
    await writeFile(broken, text.replace('## How to start', ':::emergnecy\nCall now.\n:::\n\n## How to start'));
    try {
      const own = await run(['build', 'content', '--shard', '3/4', '--format', 'html', '--out', 'broken-3'], dir);
      expect(own.code).toBe(1);
      expect(own.stderr).toContain('content/walking-plan.md:14:1  error  Unexpected unknown directive `:::emergnecy`; did you mean `:::emergency`?  unknown-directive');
      expect(own.stderr).toContain('skipped content/walking-plan.md: 1 error');
      const other = await run(['build', 'content', '--shard', '4/4', '--format', 'html', '--out', 'broken-4'], dir);
      expect(other.stderr).not.toContain('walking-plan');
      expect(other.code).toBe(0);
      // Lint and build agree: the same error from lint on the whole folder.
      expect((await run(['lint', 'content'], dir)).stdout).toContain('content/walking-plan.md:14:1  error  Unexpected unknown directive');
    } finally {
      await writeFile(broken, text);
    }
  });

  it('rejects a malformed --shard and a merge without folders as usage errors', async () => {
    const bad = await run(['build', 'content', '--shard', '5/4', '--out', 'x'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('pressroom: Unexpected value `5/4` for --shard, expected I/N with 1 ≤ I ≤ N ≤ 1000, e.g. 2/4');
    const none = await run(['merge', '--out', 'x'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('`pressroom merge` needs the output folder of every shard');
    const notShard = await run(['merge', 'content', '--out', 'x'], dir);
    expect(notShard.code).toBe(1);
    expect(notShard.stderr).toContain(`${path.join(dir, 'content')} is not the output of a shard (no .pressroom-shard.json)`);
  });
});
