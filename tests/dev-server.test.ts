/**
 * `pressroom dev` end to end: the real CLI in a child process, on a copy of the sample content,
 * over real HTTP, with real file edits and the real event stream; the overlay checked with axe in
 * real Chromium; Ctrl-C (SIGINT) stops it with exit code 0, the port closed and no browser left.
 * One server for the whole file; every step waits for the server's own events, never a sleep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../pipeline/render/browser/launch-browser.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** A build with handouts on a loaded two-core machine. */
const STEP = 420_000;
const ARTICLE = 'content/lower-back-spasms.md';
const SENTENCE = 'The lower back is a common place for spasms.';

let dir: string;
let child: ChildProcess;
let url: string;
let stderr = '';
let original: string;
let browser: Browser | undefined;

/** The server's event stream, read as it arrives. */
class EventLog {
  readonly seen: { event: string; data: { changed: string[] } }[] = [];
  private wake = () => {};
  async open(address: string): Promise<void> {
    const response = await fetch(address);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) this.seen.push({ event, data: JSON.parse(data) });
          this.wake();
        }
      }
    })();
  }
  /** The next reload (after `after` events) caused by a change to `file`. */
  async reloadFor(file: string, after: number): Promise<void> {
    while (!this.seen.slice(after).some(({ event, data }) => event === 'reload' && data.changed.includes(file))) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}

const events = new EventLog();

/** Edit the article on disk, then wait until the server has rebuilt and sent the reload. */
async function edit(text: string): Promise<void> {
  const before = events.seen.length;
  await writeFile(path.join(dir, ARTICLE), text);
  await events.reloadFor(ARTICLE, before);
}

/** Process ids of the children of `parent` whose command matches, read from /proc. */
async function childProcesses(parent: number, command: RegExp): Promise<number[]> {
  const found: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid …: comm may hold spaces and parentheses, so split after the last `)`.
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === parent && command.test(comm)) found.push(Number(name));
  }
  return found;
}

const page = async (name: string) => {
  const response = await fetch(`${url}${name}`);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pressroom-dev-'));
  await cp(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  original = await readFile(path.join(dir, ARTICLE), 'utf8');
  child = spawn(process.execPath, [path.join(root, 'bin', 'pressroom.js'), 'dev', '--port', '0'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk));
  url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`pressroom dev exited (${code}) before serving:\n${stderr}`)));
  });
  await events.open(`${url}__pressroom/events`);
}, STEP);

afterAll(async () => {
  await browser?.close();
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('pressroom dev', () => {
  it('serves the built pages on 127.0.0.1 with the reload client and overlay added, the files on disk untouched', async () => {
    expect(stderr).toContain('pressroom dev: building…');
    expect(stderr).toMatch(/built in \d+\.\d s \(check \d+\.\d s, pdf \d+\.\d s, html \d+\.\d s, prune \d+\.\d s\): \d+ outputs/);
    const served = await page('lower-back-spasms.html');
    expect(served.status).toBe(200);
    expect(served.text).toContain('<h1');
    expect(served.text).toContain('<script src="/__pressroom/client.js" defer></script></body>');
    // No findings, but the overlay links the handout this build made.
    expect(served.text).toContain('pressroom: no findings');
    expect(served.text).toContain('<a href="handouts/lower-back-spasms.pdf" target="_blank" rel="noopener"');
    const onDisk = await readFile(path.join(dir, 'output', 'html', 'lower-back-spasms.html'), 'utf8');
    expect(onDisk).not.toContain('__pressroom');
    expect(served.text.replace(/<aside id="pressroom-dev-overlay"[\s\S]*<\/aside><script src="\/__pressroom\/client\.js" defer><\/script>/, '')).toBe(onDisk);
    const handout = await fetch(`${url}handouts/lower-back-spasms.pdf`);
    expect(handout.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await handout.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const client = await page('__pressroom/client.js');
    expect(client.type).toMatch(/^text\/javascript/);
    expect(client.text).toContain("new EventSource(\"/__pressroom/events\")");
    expect((await page('index.html')).text).toContain('/__pressroom/client.js');
    expect((await page('no-such-page.html')).status).toBe(404);
  }, STEP);

  it('rebuilds on an edit, sends a reload event, and serves the new text', async () => {
    await edit(original.replace(SENTENCE, 'The lower back is a very common place for spasms.'));
    const served = await page('lower-back-spasms.html');
    expect(served.text).toContain('a very common place for spasms');
    expect(stderr).toContain(`changed: ${ARTICLE}; rebuilding…`);
  }, STEP);

  it('shows a lint finding in the overlay with its rule id and line, accessible and dismissable', async () => {
    const text = original.replace(SENTENCE, 'The lower back is a common place for zorblaxen spasms.');
    const line = text.split('\n').findIndex((l) => l.includes('zorblaxen')) + 1;
    const column = text.split('\n')[line - 1].indexOf('zorblaxen') + 1;
    await edit(text);
    const served = await page('lower-back-spasms.html');
    expect(served.text).toContain('pressroom: 1 finding');
    expect(served.text).toContain(`<li data-rule="spelling"><strong>warning</strong> <code>spelling</code> at line ${line}:${column}: Unexpected unknown word \`zorblaxen\``);
    // The terminal prints it too.
    expect(stderr).toContain(`${ARTICLE}:${line}:${column}  warning  Unexpected unknown word \`zorblaxen\``);

    browser = await launchBrowser();
    const tab = await browser.newPage();
    await tab.goto(`${url}lower-back-spasms.html`, { waitUntil: 'load' });
    const result = await new AxePuppeteer(tab as never).include('#pressroom-dev-overlay').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(0);
    expect(await tab.$eval('#pressroom-dev-overlay', (element) => [element.getAttribute('tabindex'), element.getAttribute('aria-labelledby')])).toEqual(['-1', 'pressroom-dev-overlay-title']);
    await tab.keyboard.press('Escape');
    expect(await tab.$eval('#pressroom-dev-overlay', (element) => (element as HTMLElement).hidden)).toBe(true);
    await tab.close();
  }, STEP);

  it('shows the errors of an article with a lint error instead of its page', async () => {
    const text = original.replace(SENTENCE, 'The lower back is a common place for the the spasms.');
    const line = text.split('\n').findIndex((l) => l.includes('the the')) + 1;
    await edit(text);
    const served = await page('lower-back-spasms.html');
    expect(served.status).toBe(200);
    expect(served.text).toContain(`${ARTICLE} has errors and is not published`);
    expect(served.text).toMatch(new RegExp(`<code>repeated-word</code> at line ${line}:\\d+: Unexpected repeated word`));
    expect(stderr).toContain(`not published: ${ARTICLE} has errors`);
    // The errors page is a page like any other: axe-clean.
    const tab = await browser!.newPage();
    await tab.goto(`${url}lower-back-spasms.html`, { waitUntil: 'load' });
    const result = await new AxePuppeteer(tab as never).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await tab.close();
  }, STEP);

  it('survives an article with broken frontmatter, and reloads the open page when it is fixed', async () => {
    await edit(original.replace('title: Lower back spasms', 'title: [Lower back spasms'));
    const broken = await page('lower-back-spasms.html');
    expect(broken.text).toContain(`${ARTICLE} has errors and is not published`);
    expect(broken.text).toContain('<code>frontmatter-syntax</code> at line 3:1: Invalid YAML');
    expect(child.exitCode).toBeNull();

    // The open page reloads by itself when the fix is built.
    const tab = await browser!.newPage();
    await tab.goto(`${url}lower-back-spasms.html`, { waitUntil: 'load' });
    expect(await tab.title()).toBe(`Errors: ${ARTICLE}`);
    const reloaded = tab.waitForNavigation({ waitUntil: 'load', timeout: STEP });
    await edit(original);
    await reloaded;
    expect(await tab.title()).toContain('Lower back spasms that stop you from moving');
    await tab.close();
    const fixed = await page('lower-back-spasms.html');
    expect(fixed.text).not.toContain('has errors and is not published');
    expect(fixed.text).toContain(SENTENCE);
  }, STEP);

  it('stops on Ctrl-C (SIGINT) with exit code 0, the port closed and its browser gone', async () => {
    // The session's Chromium (started for the handouts) is a child of the dev process.
    const children = await childProcesses(child.pid!, /chrom/i);
    expect(children.length).toBeGreaterThan(0);
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (code, signal) => resolve([code, signal])));
    child.kill('SIGINT');
    expect(await exited).toEqual([0, null]);
    expect(stderr).toContain('pressroom dev: stopping…');
    await expect(fetch(url)).rejects.toThrow();
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(children.filter(alive)).toEqual([]);
  }, STEP);
});
