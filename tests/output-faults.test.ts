/**
 * Faults in the output folder get messages that say what happened and what to do, never
 * "internal error … please report" (issue 9): a second build into a folder in use, a stale lock,
 * `--out` that is a file, a read-only folder and a full disk (real tmpfs mounts; the tests run as
 * root in CI, and are skipped where mounting is not allowed).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_NAME, lockOutput } from '../pipeline/build/output-lock.ts';
import { fixturesDir } from './helpers/lint-markdown.ts';
import { runCli as run } from './helpers/run-cli.ts';

const good = path.join(fixturesDir, 'cli', 'good');

async function content(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-faults-'));
  await cp(good, dir, { recursive: true });
  return dir;
}

const canMount = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = path.join(tmpdir(), `pressroom-mount-probe-${process.pid}`);
  try {
    execFileSync('mkdir', ['-p', probe]);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const mounts: string[] = [];
afterAll(() => {
  for (const mount of mounts) execFileSync('umount', [mount], { stdio: 'ignore' });
});

describe('the output lock', () => {
  it('refuses a second build while a live process holds the folder, naming it', async () => {
    const dir = await content();
    const out = path.join(dir, 'out');
    await mkdir(out);
    const holder = spawn('sleep', ['30']);
    try {
      await writeFile(path.join(out, LOCK_NAME), `${holder.pid}\n`);
      const { code, stderr } = await run(['build', dir, '--out', out, '--format', 'html'], dir);
      expect(code).toBe(1);
      expect(stderr).toBe(`pressroom: Another pressroom build (process ${holder.pid}) is writing to ${out}; wait for it to finish, or build into another folder with --out\n`);
      expect(await readdir(out)).toEqual([LOCK_NAME]);
    } finally {
      holder.kill();
    }
  });

  it('takes over a stale lock from a dead process, builds, and leaves no lock behind', async () => {
    const dir = await content();
    const out = path.join(dir, 'out');
    await mkdir(out);
    const dead = spawn('true');
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(path.join(out, LOCK_NAME), `${dead.pid}\n`);
    const { code, stderr } = await run(['build', dir, '--out', out, '--format', 'html'], dir);
    expect(stderr).toBe('✔ 1 file checked, no problems\n');
    expect(code).toBe(0);
    const left = await readdir(out);
    expect(left).toContain('html');
    expect(left).not.toContain(LOCK_NAME);
  }, 60_000);

  it('is released by its holder and can be taken again', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'pressroom-lock-'));
    const lock = await lockOutput(out);
    expect(await readFile(path.join(out, LOCK_NAME), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
    expect(await readdir(out)).toEqual([]);
    await (await lockOutput(out)).release();
  });
});

describe('file-system faults', () => {
  it('`--out` that is a file: a message to act on, exit 1', async () => {
    const dir = await content();
    const out = path.join(dir, 'out.txt');
    await writeFile(out, 'not a folder');
    const { code, stderr } = await run(['build', dir, '--out', out, '--format', 'html'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^pressroom: Cannot write .*: a file stands where pressroom needs a folder/);
    expect(stderr).not.toContain('report');
  });

  it.skipIf(!canMount)('a read-only output folder: EROFS explained, exit 1', async () => {
    const dir = await content();
    const out = path.join(dir, 'out');
    await mkdir(out);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', out]);
    mounts.push(out);
    const { code, stderr } = await run(['build', dir, '--out', out, '--format', 'html'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^pressroom: Cannot write .*: the output folder is on a read-only file system; build into another folder with --out\n$/);
  });

  it.skipIf(!canMount)('a full disk: ENOSPC explained on the article, never "please report"', async () => {
    const dir = await content();
    const out = path.join(dir, 'out');
    await mkdir(out);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', out]);
    mounts.push(out);
    const { code, stderr } = await run(['build', dir, '--out', out, '--format', 'html'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/The disk holding .* is full/);
    expect(stderr).not.toContain('report');
  }, 60_000);
});

afterAll(async () => {
  await rm(path.join(tmpdir(), `pressroom-mount-probe-${process.pid}`), { recursive: true, force: true });
});
