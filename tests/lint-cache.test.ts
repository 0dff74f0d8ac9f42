import { appendFile, cp, mkdtemp, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from './helpers/lint-markdown.ts';
import { runCli as run } from './helpers/run-cli.ts';

async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-cache-'));
  await cp(path.join(fixturesDir, 'build'), path.join(dir, 'content'), { recursive: true });
  await appendFile(path.join(dir, 'content', 'heat-and-cold.md'), '\nA zorbleflex pack also works.\n');
  return dir;
}

const lint = (dir: string, ...extra: string[]) => run(['lint', 'content', '--format', 'json', '--cache', '.cache/lint.json', ...extra], dir);
const ruleIds = (stdout: string, name: string) =>
  (JSON.parse(stdout) as Array<{ file: string; messages: Array<{ ruleId: string; message: string }> }>).find((entry) => entry.file.endsWith(name))!.messages;

describe('the lint cache', () => {
  it('reuses stored results keyed by relative paths, and lints again when the text or the dictionary changes', async () => {
    const dir = await copyFixture();
    const first = await lint(dir);
    expect(ruleIds(first.stdout, 'heat-and-cold.md').map((m) => m.ruleId)).toEqual(['spelling']);
    const cacheFile = path.join(dir, '.cache', 'lint.json');
    const stored = await readFile(cacheFile, 'utf8');
    expect(Object.keys(JSON.parse(stored).entries).sort()).toEqual(['broken.md', 'heat-and-cold.md', 'unfinished.md']);
    expect(stored).not.toContain(dir);
    expect((await lint(dir)).stdout).toBe(first.stdout);

    // A stored result is used as stored: mark it, and the mark shows.
    await writeFile(cacheFile, stored.replace(/Unexpected unknown word `zorbleflex`[^"]*/, 'FROM THE CACHE'));
    const cached = await lint(dir);
    expect(ruleIds(cached.stdout, 'heat-and-cold.md').map((m) => m.message)).toEqual(['FROM THE CACHE']);

    // Date-dependent rules run again on a cached article: 18 months after the review is a warning now.
    const later = await lint(dir, '--date', '2027-12-01');
    expect(ruleIds(later.stdout, 'heat-and-cold.md').map((m) => [m.ruleId, m.message.slice(0, 60)])).toEqual([
      ['review-age', 'Unexpected review age: reviewed on 2026-06-01, 18 months ago'],
      ['spelling', 'FROM THE CACHE'],
    ]);

    // The dictionary is part of the key.
    await writeFile(path.join(dir, 'content', 'dictionary.txt'), 'zorbleflex\n');
    expect(ruleIds((await lint(dir)).stdout, 'heat-and-cold.md')).toEqual([]);

    // So is the article's text.
    await writeFile(cacheFile, (await readFile(cacheFile, 'utf8')).replace('"messages":[]', '"messages":[{"reason":"STALE","ruleId":"spelling","source":"pressroom","fatal":false}]'));
    await appendFile(path.join(dir, 'content', 'heat-and-cold.md'), '\nA blorptastic pack too.\n');
    const edited = ruleIds((await lint(dir)).stdout, 'heat-and-cold.md');
    expect(edited.map((m) => m.message)).toEqual([expect.stringContaining('`blorptastic`')]);
  });

  it('keeps an output folder up to date when it moves, or the build runs from another folder', async () => {
    const dir = await copyFixture();
    await run(['build', 'content', '--format', 'html', '--out', 'first'], dir);
    await rename(path.join(dir, 'first'), path.join(dir, 'moved'));
    const page = path.join(dir, 'moved', 'html', 'heat-and-cold.html');
    const before = (await stat(page)).mtimeMs;
    const again = await run(['build', 'content', '--format', 'html', '--out', 'moved'], dir);
    expect(again.stdout).toContain('1 output was up to date and not rendered again');
    const elsewhere = await run(['build', '.', '--format', 'html', '--out', '../moved'], path.join(dir, 'content'));
    expect(elsewhere.stdout).toContain('1 output was up to date and not rendered again');
    expect((await stat(page)).mtimeMs).toBe(before);
    const lintCache = await readFile(path.join(dir, 'moved', '.pressroom-lint-cache.json'), 'utf8');
    expect(lintCache).not.toContain(dir);
    expect(await readFile(path.join(dir, 'moved', '.pressroom-cache.json'), 'utf8')).not.toContain(dir);
  });

  it('summarises a build as counts: --json, --quiet and --verbose', async () => {
    const dir = await copyFixture();
    const first = await run(['build', 'content', '--format', 'html', '--json'], dir);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ outputs: 1, upToDate: 0, removed: 0, drafts: 1, skipped: [{ file: 'content/broken.md', reason: 'errors', errors: 1 }] });
    expect(Object.keys(summary.timings)).toEqual(['check', 'html', 'prune']);
    const quiet = await run(['build', 'content', '--format', 'html', '--quiet'], dir);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toContain('skipped content/broken.md: 1 error');
    const verbose = await run(['build', 'content', '--format', 'html', '--verbose'], dir);
    expect(verbose.stdout).toContain('1 output was up to date and not rendered again (html); --force renders everything');
  });
});
