/**
 * Faults lose nothing (issue 9): the real CLI killed with SIGKILL while it prints a handout or
 * writes the web edition's files leaves no debris in the published folders, and the next build
 * cleans up and succeeds; two builds into one folder, the second refused; Chromium killed under a
 * build keeps the previous good handouts and reports them stale; a browser that hangs at launch
 * is killed after `pdf.timeout` and the process exits, having started it once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_NAME } from '../pipeline/build/output-lock.ts';
import { WORK_NAME } from '../pipeline/build/work-folder.ts';
import { fixturesDir } from './helpers/lint-markdown.ts';
import { runCli as run } from './helpers/run-cli.ts';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'pressroom.js');
const SLUGS = ['guide-1', 'guide-2', 'guide-3'];
const HANDOUTS = SLUGS.flatMap((slug) => [`${slug}.pdf`, `${slug}.large.pdf`]).sort();

/** Three short guides and a book of them (its cover is drawn with Chromium). */
async function content(extraConfig = ''): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-build-faults-'));
  const good = path.join(fixturesDir, 'cli', 'good');
  await cp(path.join(good, 'pressroom.yaml'), path.join(dir, 'pressroom.yaml'));
  const article = await readFile(path.join(good, 'heat-and-cold.md'), 'utf8');
  for (const [index, slug] of SLUGS.entries()) {
    await writeFile(path.join(dir, `${slug}.md`), article.replace('title: Heat and cold for sore muscles', `title: Heat and cold guide number ${index + 1}`));
  }
  const book = [
    'books:',
    '  - id: guides',
    '    title: Guides',
    '    description: Three guides.',
    '    authors: [Maple Row Clinic]',
    '    publisher: Maple Row Clinic',
    '    identifier: urn:uuid:3f6c2a9e-8b41-4d7a-9c15-2e7b0d4f8a63',
    '    language: en-US',
    `    chapters: [${SLUGS.join(', ')}]`,
  ];
  await writeFile(path.join(dir, 'pressroom.yaml'), `${await readFile(path.join(dir, 'pressroom.yaml'), 'utf8')}${book.join('\n')}\n${extraConfig}`);
  return dir;
}

interface Spawned {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

const started: ChildProcess[] = [];
const browsers = new Set<number>();

function spawnCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Spawned {
  const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => void (stdout += chunk));
  child.stderr!.on('data', (chunk) => void (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exited };
}

/** Every process below `pid` (Linux /proc). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of parents) if (ppid === parent) found.push(child), walk(child);
  };
  walk(pid);
  return found;
}

function alive(pid: number): boolean {
  try {
    // A zombie still answers kill(0): count it as gone.
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

afterEach(() => {
  // Never leave a build or a browser of these tests running.
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) killQuietly(child.pid!);
  for (const pid of browsers) killQuietly(pid);
  browsers.clear();
});

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => !entry.isDirectory()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
}

/** Files in the published folders that are not outputs: temporary files, print pages, dot files. */
async function debris(out: string): Promise<string[]> {
  const found: string[] = [];
  for (const format of ['html', 'pdf', 'epub']) {
    for (const file of await filesUnder(path.join(out, format))) {
      const name = path.basename(file);
      if (name.endsWith('.tmp') || file.split(path.sep).some((part) => part.startsWith('.')) || (format === 'pdf' && !name.endsWith('.pdf'))) found.push(`${format}/${file}`);
    }
  }
  return found;
}

/** `assets/…` and `handouts/…` references of the web pages that are not on disk. */
async function missingReferences(out: string): Promise<string[]> {
  const html = path.join(out, 'html');
  const missing: string[] = [];
  for (const page of (await filesUnder(html)).filter((file) => file.endsWith('.html'))) {
    const text = await readFile(path.join(html, page), 'utf8');
    for (const [, href] of text.matchAll(/(?:href|src)="((?:\.\.\/)*(?:assets|handouts)\/[^"#?]+)"/g)) {
      const target = path.resolve(path.dirname(path.join(html, page)), href);
      if (!(await stat(target).catch(() => undefined))) missing.push(`${page} → ${href}`);
    }
  }
  return missing;
}

describe('SIGKILL leaves nothing in the published folders', () => {
  it('killed while a handout page is printing: no print page or temporary file published; the next build cleans up and succeeds', async () => {
    const dir = await content();
    const out = path.join(dir, 'out');
    const build = spawnCli(['build', dir, '--out', out, '--format', 'pdf'], dir);
    const pages = path.join(out, WORK_NAME, 'pdf-pages');
    const page = await waitFor(async () => (await readdir(pages).catch(() => [])).find((name) => name.endsWith('.html')), 60_000, 'a print page');
    for (const pid of descendants(build.child.pid!)) browsers.add(pid);
    build.child.kill('SIGKILL');
    expect((await build.exited).signal).toBe('SIGKILL');
    expect(page).toMatch(/^guide-\d(\.large)?\.html$/);
    expect(await debris(out)).toEqual([]);
    // What a build killed while saving its lint cache leaves beside it (written through a temporary name too).
    await writeFile(path.join(out, `.pressroom-lint-cache.json.${build.child.pid}.tmp`), '{');

    const again = await run(['build', dir, '--out', out, '--format', 'pdf'], dir);
    expect(again.stderr).toBe('✔ 3 files checked, no problems\n');
    expect(again.code).toBe(0);
    expect(await filesUnder(path.join(out, 'pdf'))).toEqual(HANDOUTS);
    expect((await readdir(out)).sort()).toEqual(['.pressroom-cache.json', '.pressroom-lint-cache.json', '.pressroom-stamp.json', '.pressroom-trees.bin', 'pdf']);
  }, 300_000);

  it('killed while the web edition writes its files: every page on disk finds its assets; the next build cleans up and succeeds', async () => {
    const dir = await content();
    const out = path.join(dir, 'out');
    await mkdir(out);
    let sawTemporary = '';
    const build = spawnCli(['build', dir, '--out', out, '--format', 'html'], dir);
    // Kill at the first asset's temporary file (fonts, stylesheet, script): fs.watch reports it as it is created.
    const watcher = watch(out, { recursive: true }, (_event, name) => {
      if (!sawTemporary && name && name.startsWith(WORK_NAME) && /\.(woff2|css|js)\.tmp$/.test(name)) {
        sawTemporary = name;
        build.child.kill('SIGKILL');
      }
    });
    try {
      const { signal } = await build.exited;
      expect(signal).toBe('SIGKILL');
    } finally {
      watcher.close();
    }
    expect(sawTemporary).toMatch(new RegExp(`^${WORK_NAME.replace('.', '\\.')}/\\d+-\\d+-.+\\.(woff2|css|js)\\.tmp$`));
    expect(await debris(out)).toEqual([]);
    expect(await missingReferences(out)).toEqual([]);

    const again = await run(['build', dir, '--out', out, '--format', 'html'], dir);
    expect(again.code).toBe(0);
    expect(await debris(out)).toEqual([]);
    expect(await missingReferences(out)).toEqual([]);
    expect(await readdir(out)).not.toContain(WORK_NAME);
    expect(await filesUnder(path.join(out, 'html'))).toEqual(expect.arrayContaining(['guide-1.html', 'guide-2.html', 'guide-3.html', 'index.html']));
  }, 300_000);
});

describe('two builds into one folder', () => {
  it('refuses the second clearly while the first finishes with every handout', async () => {
    const dir = await content();
    const out = path.join(dir, 'out');
    const first = spawnCli(['build', dir, '--out', out, '--format', 'pdf,html'], dir);
    await waitFor(async () => ((await readFile(path.join(out, LOCK_NAME), 'utf8').catch(() => '')) === `${first.child.pid}\n` ? true : undefined), 30_000, 'the lock');
    const second = await run(['build', dir, '--out', out, '--format', 'pdf,html'], dir);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(`pressroom: Another pressroom build (process ${first.child.pid}) is writing to ${out}; wait for it to finish, or build into another folder with --out\n`);
    const { code, stderr } = await first.exited;
    expect(stderr).toBe('✔ 3 files checked, no problems\n');
    expect(code).toBe(0);
    expect(await filesUnder(path.join(out, 'pdf'))).toEqual(HANDOUTS);
    expect(await debris(out)).toEqual([]);
    expect(await missingReferences(out)).toEqual([]);
    expect(await readdir(out)).not.toContain(LOCK_NAME);
    expect(await readdir(out)).not.toContain(WORK_NAME);
  }, 300_000);
});

describe('Chromium killed under a build', () => {
  it('keeps the previous good handouts, reports each one stale, exits 1; the next build replaces them', async () => {
    const dir = await content();
    const out = path.join(dir, 'out');
    const first = await run(['build', dir, '--out', out, '--format', 'pdf'], dir);
    expect(first.code).toBe(0);
    const before = new Map(await Promise.all(HANDOUTS.map(async (name) => [name, await readFile(path.join(out, 'pdf', name))] as const)));
    // A change to every article: each handout must be printed again.
    for (const slug of SLUGS) {
      const file = path.join(dir, `${slug}.md`);
      await writeFile(file, `${await readFile(file, 'utf8')}\nKeep the pack wrapped.\n`);
    }
    const build = spawnCli(['build', dir, '--out', out, '--format', 'pdf'], dir);
    let killed = 0;
    let done = false;
    void build.exited.then(() => void (done = true));
    // Every Chromium the build starts is killed as soon as it appears (a crash, and the crash of the relaunched one).
    while (!done) {
      for (const pid of descendants(build.child.pid!)) {
        let command = '';
        try {
          command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        } catch {
          continue;
        }
        if (/chrom/i.test(command)) {
          browsers.add(pid);
          killQuietly(pid);
          killed += 1;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { code, stderr } = await build.exited;
    expect(killed).toBeGreaterThan(0);
    expect(code).toBe(1);
    expect(stderr).toMatch(/pdf-browser/);
    for (const name of HANDOUTS) {
      expect(stderr).toContain(`The \`out/pdf/${name}\` of an earlier build is kept, but it is stale`);
      expect((await readFile(path.join(out, 'pdf', name))).equals(before.get(name)!)).toBe(true);
    }
    expect(stderr.match(/stale-output/g)).toHaveLength(HANDOUTS.length);
    expect(await debris(out)).toEqual([]);

    // Still stale on the next build if it fails again; replaced once it succeeds.
    const again = await run(['build', dir, '--out', out, '--format', 'pdf'], dir);
    expect(again.stderr).toBe('✔ 3 files checked, no problems\n');
    expect(again.code).toBe(0);
    for (const name of HANDOUTS) expect((await readFile(path.join(out, 'pdf', name))).equals(before.get(name)!)).toBe(false);
  }, 300_000);
});

describe('a browser that hangs at launch', () => {
  it('is killed after pdf.timeout with a message naming it, started once for handouts and cover, and the process exits; the last good handouts and book are kept, stale', async () => {
    const dir = await content();
    const out = path.join(dir, 'out');
    // A good build first, with the real browser (and the default timeout: the machine may be loaded);
    // then a 3 s timeout, which changes every output's inputs, so all must be made again.
    const good = await run(['build', dir, '--out', out, '--format', 'pdf,epub'], dir);
    expect(good.stderr).toBe('✔ 4 files checked, no problems\n');
    const book = await readFile(path.join(out, 'epub', 'guides.epub'));
    // A new book title too: kept covers are drawn again only when what they show changes.
    const yaml = (await readFile(path.join(dir, 'pressroom.yaml'), 'utf8')).replace('    title: Guides', '    title: Guides for home care');
    await writeFile(path.join(dir, 'pressroom.yaml'), `${yaml}pdf:\n  timeout: 3000\n`);
    const log = path.join(dir, 'launches.log');
    const fake = path.join(dir, 'hanging-chromium');
    // Answers nothing on the DevTools pipe, ever.
    await writeFile(fake, `#!/bin/sh\necho $$ >> '${log}'\nexec sleep 600\n`);
    await chmod(fake, 0o755);
    const build = spawnCli(['build', dir, '--out', out, '--format', 'pdf,epub'], dir, { PUPPETEER_EXECUTABLE_PATH: fake });
    const { code, stderr } = await build.exited;
    // From the browser's start (its log line) to the build's exit: the checks before it do not count.
    const elapsed = Date.now() - (await stat(log)).mtimeMs;
    expect(code).toBe(1);
    const message = `Chromium (${fake}) did not start within 3000 ms (\`pdf.timeout\`) and was stopped; check that it runs on this machine (\`${fake} --headless --version\`), set PUPPETEER_EXECUTABLE_PATH to another Chromium or Chrome, or raise \`pdf.timeout\` in pressroom.yaml if the machine is very slow`;
    expect(stderr).toContain(`Cannot render PDF handouts: ${message}`);
    expect(stderr).toContain(`Cannot draw a cover for the e-book \`guides\` (${message}); set \`cover:\` to an image file in the content folder, or make a browser available`);
    expect(stderr).not.toMatch(/please report|\n\s+at /);
    // The e-book (rendered as a whole) and the handouts (per article) keep their last good files.
    expect(stderr).toContain('The `out/epub/guides.epub` of an earlier build is kept, but it is stale');
    expect((await readFile(path.join(out, 'epub', 'guides.epub'))).equals(book)).toBe(true);
    for (const name of HANDOUTS) expect(stderr).toContain(`The \`out/pdf/${name}\` of an earlier build is kept, but it is stale`);
    expect(await filesUnder(path.join(out, 'pdf'))).toEqual(HANDOUTS);
    // Started once: the e-book cover did not wait a second time.
    const pids = (await readFile(log, 'utf8')).trim().split('\n').map(Number);
    expect(pids).toHaveLength(1);
    expect(alive(pids[0])).toBe(false);
    // The timeout, then reporting and the e-book without a cover (slow on a busy machine); Puppeteer's own 180 s would not fit.
    expect(elapsed).toBeGreaterThanOrEqual(3000);
    expect(elapsed).toBeLessThan(3000 + 60_000);
    expect(await readdir(out)).not.toContain(WORK_NAME);
    expect(await readdir(out)).not.toContain(LOCK_NAME);

    // Failing again, the build still keeps them (the record of the last good outputs is kept too).
    const again = await spawnCli(['build', dir, '--out', out, '--format', 'pdf,epub'], dir, { PUPPETEER_EXECUTABLE_PATH: fake }).exited;
    expect(again.code).toBe(1);
    expect(again.stderr.match(/stale-output/g)).toHaveLength(HANDOUTS.length + 1);
    expect((await readFile(path.join(out, 'epub', 'guides.epub'))).equals(book)).toBe(true);
    expect(await filesUnder(path.join(out, 'pdf'))).toEqual(HANDOUTS);
  }, 300_000);
});
