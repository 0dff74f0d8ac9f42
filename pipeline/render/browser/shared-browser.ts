/**
 * The one Chromium of a build, shared by every renderer that needs one (the handouts, the
 * e-book's drawn cover). It starts on first use, so a build that prints nothing never pays for
 * it; a crashed browser can be replaced; `build` closes it in its `finally`.
 */
import type { Browser } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from './launch-browser.ts';
import { BrowserHungError } from './launch-timeout.ts';

export interface SharedBrowser {
  /** The running browser, started on first call (a failed start is retried on the next call). */
  get(): Promise<Browser>;
  /**
   * Replace a browser that crashed. Several callers that saw the same crash get the same new
   * browser; only the first call per crashed browser starts one.
   *
   * @param crashed The browser that stopped working.
   */
  relaunch(crashed: Browser): Promise<Browser>;
  /** Whether a browser was started (and not yet closed). */
  readonly started: boolean;
  /** Close the browser, killing it if it hangs; safe to call when none was started. */
  close(): Promise<void>;
}

/**
 * Make the build's browser.
 *
 * @param launch How to start Chromium (tests pass one they can crash).
 * @returns The shared browser.
 */
export function sharedBrowser(launch: () => Promise<Browser> = launchBrowser): SharedBrowser {
  let current: Promise<Browser> | undefined;
  const start = () => {
    const starting = launch();
    // A failed start is reported by whoever asked; the next caller tries again, except after a
    // browser that hung: it would only hang as long again (the e-book cover after the handouts).
    starting.catch((error) => {
      if (current === starting && !(error instanceof BrowserHungError)) current = undefined;
    });
    return starting;
  };
  return {
    get: () => (current ??= start()),
    async relaunch(crashed) {
      const now = current && (await current.catch(() => undefined));
      if (now && now !== crashed) return now;
      await closeBrowser(crashed);
      current = start();
      return current;
    },
    get started() {
      return current !== undefined;
    },
    async close() {
      const browser = current && (await current.catch(() => undefined));
      current = undefined;
      if (browser) await closeBrowser(browser);
    },
  };
}
