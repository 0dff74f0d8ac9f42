/**
 * Find a Chromium or Chrome to drive: PUPPETEER_EXECUTABLE_PATH, then a system browser,
 * then Puppeteer's managed browser. Never downloads anything.
 */
import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { readdirSync } from 'node:fs';

export const BROWSER_INSTALL_HINT =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`), or Chrome, ' +
  'or run `npx @puppeteer/browsers install chrome-headless-shell@stable`, ' +
  'or set PUPPETEER_EXECUTABLE_PATH to a Chromium or Chrome executable.';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export class BrowserNotFoundError extends Error {}

/**
 * Path of the browser to launch.
 *
 * @param env Environment (PUPPETEER_EXECUTABLE_PATH, PUPPETEER_CACHE_DIR).
 * @returns Absolute path of an executable.
 * @throws BrowserNotFoundError with install instructions when there is none.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PUPPETEER_EXECUTABLE_PATH;
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new BrowserNotFoundError(`PUPPETEER_EXECUTABLE_PATH is set to ${configured}, which is not an executable file. ${BROWSER_INSTALL_HINT}`);
  }
  const found = SYSTEM_BROWSERS.find(isExecutable) ?? managedBrowser(env);
  if (found) return found;
  throw new BrowserNotFoundError(`No Chromium or Chrome found to render PDF handouts. ${BROWSER_INSTALL_HINT}`);
}

/** A browser installed by `npx @puppeteer/browsers install` into Puppeteer's cache. */
function managedBrowser(env: NodeJS.ProcessEnv): string | undefined {
  const cache = env.PUPPETEER_CACHE_DIR ?? path.join(homedir(), '.cache', 'puppeteer');
  for (const [product, binary] of [
    ['chrome-headless-shell', 'chrome-headless-shell'],
    ['chrome', 'chrome'],
  ] as const) {
    let versions: string[];
    try {
      versions = readdirSync(path.join(cache, product)).sort().reverse();
    } catch {
      continue;
    }
    for (const version of versions) {
      const dir = path.join(cache, product, version);
      for (const sub of safeList(dir)) {
        const candidate = path.join(dir, sub, binary);
        if (isExecutable(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
