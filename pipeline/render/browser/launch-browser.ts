/**
 * Launch the one headless browser a build uses, with the flags this kind of machine needs:
 * no sandbox as root, no background networking (the machine has no internet), no spare renderer.
 */
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'puppeteer-core';
import { findBrowser } from './find-browser.ts';
import { launchWithin } from './launch-timeout.ts';

/** Milliseconds a launch may take when the config does not say (`pdf.timeout`'s default). */
const DEFAULT_LAUNCH_TIMEOUT = 30_000;

/**
 * Launch headless Chromium.
 *
 * @param options `timeout`: milliseconds the browser may take to answer; after that it is killed
 *   (BrowserHungError). `signals: false` leaves SIGINT, SIGTERM and SIGHUP to the caller: by default
 *   Puppeteer kills the browser on them, and on SIGINT exits the process with code 130, which a
 *   long-running `pressroom dev` that closes itself cleanly must not have.
 * @returns The browser; the caller closes it in `finally`.
 */
export async function launchBrowser(options: { timeout?: number; signals?: boolean } = {}): Promise<Browser> {
  const timeout = options.timeout ?? DEFAULT_LAUNCH_TIMEOUT;
  const { launch } = await import('puppeteer-core');
  const executablePath = findBrowser();
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
    // No idle renderer kept warm for the next tab: measured on a print loop, one renderer process
    // fewer and about 100 MB less PSS; a build opens a page only every few prints (page-pool.ts).
    '--disable-features=SpareRendererForSitePerProcess',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const signals = options.signals ?? true;
  // Puppeteer's own launch timeout does not cover a browser that starts but never answers on the pipe.
  return launchWithin(
    () => launch({ executablePath, headless: true, args, pipe: true, timeout, handleSIGINT: signals, handleSIGTERM: signals, handleSIGHUP: signals }),
    executablePath,
    timeout,
  );
}

/** How long a graceful close may take before the process is killed. */
const CLOSE_GRACE_MS = 3000;

/**
 * Close a browser, and kill its process if it does not exit in time: Chromium waits on
 * shutdown for every file read in flight, and a read that never ends (a named pipe, a hung
 * network mount) would otherwise hang the build.
 *
 * @param browser The browser from `launchBrowser`.
 * @param graceMs Milliseconds to wait for a clean exit.
 */
export async function closeBrowser(browser: Browser, graceMs = CLOSE_GRACE_MS): Promise<void> {
  const child = browser.process();
  const running = () => child !== null && child.exitCode === null && child.signalCode === null;
  // After a crash there is no connection to close over: only a process, if any, to end.
  if (!browser.connected) {
    if (running()) await kill(child!);
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), graceMs);
  });
  try {
    const result = await Promise.race([browser.close().then(() => 'closed' as const, () => 'failed' as const), timedOut]);
    if (result !== 'closed' && running()) await kill(child!);
  } finally {
    clearTimeout(timer);
  }
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
