/**
 * `build`'s progress: on a terminal (a real pseudo-terminal from util-linux `script`), frames per
 * stage and format drawn in place on stderr and erased before the report; in a log (a pipe), one
 * line per output as it is written, in the order the files were written, before the build ends.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'bin', 'pressroom.js');

async function sampleCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-progress-'));
  await cp(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

// Cursor up N rows to the start of the line, then erase to the end of the screen.
const ERASE = /\u001B\[(\d+)F\u001B\[J/g;

describe('build progress', () => {
  it('draws stages in place on a terminal and erases them before the report', async () => {
    const dir = await sampleCopy();
    const run = spawnSync('script', ['-qec', `node ${JSON.stringify(cli)} build --format html`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TERM: 'xterm' }, timeout: 240_000 });
    expect(run.status).toBe(0);
    const out = run.stdout;
    // Frames: the check, then the web edition counting its pages as they are written.
    expect(out).toMatch(/› {2}check {3}\d+\.\d s/);
    expect(out).toMatch(/✓ {2}check {3}\d+\.\d s\r?\n› {2}html {4}\d written {2}\d+\.\d s {2}content\/[\w.-]+\.md/);
    expect(out).toMatch(/✓ {2}html {4}4 written {2}\d+\.\d s/);
    // The last frame (check, html, prune: 3 rows) is erased, and nothing of it is drawn again.
    const erases = [...out.matchAll(ERASE)];
    const last = erases.at(-1)!;
    expect(last[1]).toBe('3');
    const after = out.slice(last.index + last[0].length);
    expect(after).not.toMatch(/[›✓] {2}(check|html|prune)/);
    // What stays on the screen: the report and the lines about each article.
    expect(after).toContain('content/lower-back-spasms.md → output/html/lower-back-spasms.html');
    expect(after).toMatch(/ℹ 0 errors, 0 warnings/);
  }, 300_000);

  it('prints one line per output as it is written when stdout is not a terminal', async () => {
    const dir = await sampleCopy();
    const child = spawn(process.execPath, [cli, 'build', '--format', 'html,epub'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    const lines: { text: string; at: number }[] = [];
    let pending = '';
    let summaryAt = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const text of parts) lines.push({ text, at: performance.now() });
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (/\d+ errors?, \d+ warnings?/.test(chunk) && summaryAt === 0) summaryAt = performance.now();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const written = lines.filter(({ text }) => text.includes(' → '));
    // The web pages and the e-books are made side by side: each format's lines in its own order.
    expect(written.map(({ text }) => text).sort()).toEqual([
      'content/lower-back-spasms.es.md → output/html/es/lower-back-spasms.html',
      'content/lower-back-spasms.md → output/html/lower-back-spasms.html',
      'content/preparing-for-your-visit.md → output/html/preparing-for-your-visit.html',
      'content/preparing-for-your-visit.zh-Hans.md → output/html/zh-hans/preparing-for-your-visit.html',
      'content/pressroom.yaml → output/epub/back-care-library.epub',
      'content/pressroom.yaml → output/epub/biblioteca-cuidado-espalda.epub',
    ]);
    // In the order the files were written (modification times), each printed before the report.
    const times = await Promise.all(written.map(async ({ text }) => (await stat(path.join(dir, text.split(' → ')[1]))).mtimeMs));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(summaryAt).toBeGreaterThan(0);
    for (const { at } of written) expect(at).toBeLessThan(summaryAt);
  }, 300_000);
});
