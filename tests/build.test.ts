import { mkdtemp, readdir, readFile, stat, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from './helpers/lint-markdown.ts';
import { runCli as run } from './helpers/run-cli.ts';

async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-build-'));
  await cp(path.join(fixturesDir, 'build'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

describe('pressroom build', () => {
  it('renders the good articles, skips the broken one and the draft, names why, and exits 1', async () => {
    const dir = await copyFixture();
    const { code, stdout, stderr } = await run(['build', 'content', '--format', 'html'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('content/broken.md:12:1  error  Unexpected unknown directive `:::emergnecy`; did you mean `:::emergency`?  unknown-directive');
    expect(stderr).toContain('skipped content/broken.md: 1 error (see above); fix it to publish this article');
    expect(stdout).toContain('content/heat-and-cold.md → output/html/heat-and-cold.html');
    expect(stdout).toContain('skipped content/unfinished.md: draft');
    const written = (await readdir(path.join(dir, 'output', 'html'))).sort();
    expect(written).toContain('heat-and-cold.html');
    expect(written).toContain('index.html');
    expect(written).not.toContain('broken.html');
    expect(written).not.toContain('unfinished.html');
    // Nothing half-written: no temporary files are left behind.
    expect(written.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 0 when every article builds, and is deterministic', async () => {
    const dir = await copyFixture();
    await writeFile(path.join(dir, 'content', 'broken.md'), (await readFile(path.join(dir, 'content', 'broken.md'), 'utf8')).replace('emergnecy', 'emergency'));
    expect((await run(['build', 'content', '--format', 'html', '--out', 'a'], dir)).code).toBe(0);
    expect((await run(['build', 'content', '--format', 'html', '--out', 'b', '--force'], dir)).code).toBe(0);
    for (const name of ['heat-and-cold.html', 'broken.html', 'index.html']) {
      expect(await readFile(path.join(dir, 'a', 'html', name), 'utf8')).toBe(await readFile(path.join(dir, 'b', 'html', name), 'utf8'));
    }
  });

  it('does not render again what did not change, and renders what did', async () => {
    const dir = await copyFixture();
    await run(['build', 'content', '--format', 'html'], dir);
    const page = path.join(dir, 'output', 'html', 'heat-and-cold.html');
    const before = (await stat(page)).mtimeMs;
    const again = await run(['build', 'content', '--format', 'html'], dir);
    expect(again.stdout).toContain('1 output was up to date and not rendered again; --force renders everything');
    expect((await stat(page)).mtimeMs).toBe(before);
    const article = path.join(dir, 'content', 'heat-and-cold.md');
    await writeFile(article, (await readFile(article, 'utf8')).replace('Use a warm pack', 'Use a warm (not hot) pack'));
    const changed = await run(['build', 'content', '--format', 'html'], dir);
    expect(changed.stdout).not.toContain('up to date');
    expect(await readFile(page, 'utf8')).toContain('warm (not hot) pack');
  });

  it('exits 2 on config errors and unknown formats', async () => {
    const dir = await copyFixture();
    await writeFile(path.join(dir, 'content', 'pressroom.yaml'), 'clinic:\n  name: X\n  colour: blue\n');
    const bad = await run(['build', 'content', '--format', 'html'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('content/pressroom.yaml:3:3  error  Unexpected unknown key `clinic.colour` in the config');
    const format = await run(['build', 'content', '--format', 'html,docx'], dir);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('expected a comma-separated list of html, pdf, epub');
  });
  it('a build of one article leaves the index of all articles alone (PartialBuildShrinksIndex)', async () => {
    const dir = await copyFixture();
    await writeFile(path.join(dir, 'content', 'broken.md'), (await readFile(path.join(dir, 'content', 'broken.md'), 'utf8')).replace('emergnecy', 'emergency'));
    await run(['build', 'content', '--format', 'html'], dir);
    const index = path.join(dir, 'output', 'html', 'index.html');
    const before = await readFile(index, 'utf8');
    expect(before).toContain('Ice packs');
    const one = await run(['build', 'content/heat-and-cold.md', '--format', 'html'], dir);
    expect(one.code).toBe(0);
    expect(await readFile(index, 'utf8')).toBe(before);
  });
});
