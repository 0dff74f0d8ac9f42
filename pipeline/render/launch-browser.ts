/**
 * Launch the one headless browser a build uses, with the flags this kind of machine needs:
 * no sandbox as root, and no background networking (the machine has no internet).
 */
import type { Browser } from 'puppeteer-core';
import { findBrowser } from './find-browser.ts';

/**
 * Launch headless Chromium.
 *
 * @returns The browser; the caller closes it in `finally`.
 */
export async function launchBrowser(): Promise<Browser> {
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
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return launch({ executablePath, headless: true, args, pipe: true });
}
