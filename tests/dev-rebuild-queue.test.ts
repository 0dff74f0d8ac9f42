/**
 * The two pieces of `pressroom dev` that keep rebuilds in order: a burst of real file events
 * (chokidar on a temporary folder) becomes one change, and rebuilds never overlap; what changes
 * during one is built once, right after it.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuildQueue } from '../pipeline/dev/rebuild-queue.ts';
import { watchSources } from '../pipeline/dev/watch-sources.ts';

describe('watchSources', () => {
  it('reports a burst of saves as one change, and ignores hidden files and the output folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-watch-'));
    const out = path.join(dir, 'output');
    await mkdir(out);
    const bursts: string[][] = [];
    let told: () => void = () => {};
    const watcher = await watchSources({
      paths: [dir],
      ignore: [out],
      delay: 300,
      onChange: (changed) => {
        bursts.push(changed);
        told();
      },
      onError: (error) => {
        throw error;
      },
    });
    try {
      const first = new Promise<void>((resolve) => (told = resolve));
      for (const name of ['a.md', 'b.md', 'c.md']) await writeFile(path.join(dir, name), `# ${name}\n`);
      await writeFile(path.join(dir, '.a.md.swp'), 'editor state');
      await writeFile(path.join(out, 'a.html'), '<!doctype html>');
      await first;
      expect(bursts).toEqual([['a.md', 'b.md', 'c.md'].map((name) => path.join(dir, name))]);
      // A later save is a burst of its own.
      const second = new Promise<void>((resolve) => (told = resolve));
      await writeFile(path.join(dir, 'b.md'), '# b, again\n');
      await second;
      expect(bursts.at(-1)).toEqual([path.join(dir, 'b.md')]);
    } finally {
      await watcher.close();
    }
    expect(bursts).toHaveLength(2);
  }, 60_000);
});

describe('rebuildQueue', () => {
  it('runs one rebuild at a time and gathers what changed meanwhile into exactly one more', async () => {
    const runs: string[][] = [];
    let running = 0;
    let most = 0;
    const gates: (() => void)[] = [];
    const queue = rebuildQueue(async (changed) => {
      runs.push(changed);
      running++;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => gates.push(resolve));
      running--;
    });
    queue.request(['a']);
    queue.request(['b']);
    queue.request(['c', 'b']);
    expect(runs).toEqual([['a']]);
    gates.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs).toEqual([['a'], ['b', 'c']]);
    queue.stop();
    queue.request(['d']);
    gates.shift()!();
    await queue.idle();
    expect(runs).toEqual([['a'], ['b', 'c']]);
    expect(most).toBe(1);
  });
});
