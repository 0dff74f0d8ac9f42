/**
 * The precompiled CLI (bin/cli-bundle.js): made from a small project of its own, used while it
 * matches the sources, made again after an edit, never trusted when damaged, and the real CLI
 * gives the same report from the bundle as from tsx.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript without declarations
import { precompiledCli } from '../bin/cli-bundle.js';

const exec = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A project with a pipeline/cli.ts that reports where a module of it is and a word from it. */
async function project(word: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-bundle-'));
  await mkdir(path.join(dir, 'pipeline', 'lib'), { recursive: true });
  await writeFile(path.join(dir, 'pipeline', 'cli.ts'), `export async function answer(): Promise<string[]> {\n  const { where, word } = await import('./lib/where.ts');\n  return [where(), word];\n}\n`);
  await writeFile(path.join(dir, 'pipeline', 'lib', 'where.ts'), `export const where = (): string => new URL('.', import.meta.url).href;\nexport const word: string = ${JSON.stringify(word)};\n`);
  for (const file of ['package.json', 'package-lock.json', 'tsconfig.json']) await writeFile(path.join(dir, file), '{}');
  return dir;
}

const load = async (entry: string) => (await import(`${pathToFileURL(entry).href}?${Date.now()}`)) as { answer(): Promise<string[]> };

describe('precompiled CLI', () => {
  it('is made once, keeps each module’s own import.meta.url, and is made again after an edit', async () => {
    const dir = await project('first');
    const cache = path.join(dir, 'cache');
    const entry = await precompiledCli(dir, cache);
    expect(entry).toMatch(/cli\.mjs$/);
    expect(await (await load(entry)).answer()).toEqual([pathToFileURL(path.join(dir, 'pipeline', 'lib')).href + '/', 'first']);
    // Same sources: the same bundle, not made again.
    expect(await precompiledCli(dir, cache)).toBe(entry);
    await writeFile(path.join(dir, 'pipeline', 'lib', 'where.ts'), (await readFile(path.join(dir, 'pipeline', 'lib', 'where.ts'), 'utf8')).replace('first', 'second'));
    const edited = await precompiledCli(dir, cache);
    expect(edited).not.toBe(entry);
    expect((await (await load(edited)).answer())[1]).toBe('second');
    // So do package.json and the lockfile.
    await writeFile(path.join(dir, 'package-lock.json'), '{"lockfileVersion": 3}');
    expect(await precompiledCli(dir, cache)).not.toBe(edited);
  });

  it('a damaged or incomplete bundle is not trusted: it is made again', async () => {
    const dir = await project('whole');
    const cache = path.join(dir, 'cache');
    const entry: string = await precompiledCli(dir, cache);
    const chunk = (await readdir(path.dirname(entry))).find((name) => name.startsWith('chunk-') && name.endsWith('.mjs'))!;
    expect(chunk).toBeDefined();
    await writeFile(path.join(path.dirname(entry), chunk), 'export const word = "forged";\n');
    expect(await precompiledCli(dir, cache)).toBe(entry);
    expect((await (await load(entry)).answer())[1]).toBe('whole');
    await writeFile(path.join(path.dirname(entry), 'manifest.json'), '{"entry": "cli.mjs", "fi');
    expect(await precompiledCli(dir, cache)).toBe(entry);
    expect(JSON.parse(await readFile(path.join(path.dirname(entry), 'manifest.json'), 'utf8')).entry).toBe('cli.mjs');
  });

  it('without a writable cache folder it answers undefined (the CLI then runs through tsx)', async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: a file where the folder should be stops it instead.
      const dir = await project('blocked');
      await writeFile(path.join(dir, 'cache'), 'not a folder');
      expect(await precompiledCli(dir, path.join(dir, 'cache', 'pressroom'))).toBeUndefined();
      return;
    }
    const dir = await project('blocked');
    await mkdir(path.join(dir, 'cache'));
    await chmod(path.join(dir, 'cache'), 0o500);
    expect(await precompiledCli(dir, path.join(dir, 'cache', 'pressroom'))).toBeUndefined();
  });

  it('the real CLI reports the same from the bundle as through tsx (its dictionaries and word lists found)', async () => {
    const content = path.join(root, 'tests', 'fixtures', 'corpus', 'us');
    const run = (env: Record<string, string>) =>
      exec(process.execPath, [path.join(root, 'bin', 'pressroom.js'), 'lint', content, '--format', 'json'], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env } }).catch((error) => error);
    const bundled = await run({});
    const compiled = await run({ PRESSROOM_TSX: '1' });
    expect(bundled.stdout.length).toBeGreaterThan(100);
    expect(bundled.stdout).toBe(compiled.stdout);
    expect(bundled.stderr).toBe(compiled.stderr);
  }, 120_000);
});
