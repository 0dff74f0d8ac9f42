/**
 * The page sandbox. A handout page runs without JavaScript and may read only `file:` URLs whose
 * real path (symbolic links resolved) lies inside the build's own folders, plus `data:` and
 * `about:blank`. Every other request — http(s), WebSocket, a file elsewhere — is aborted before
 * Chromium sends it, and recorded so the renderer can report it on the article.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer-core';

/** Why a request was refused. */
export type Refusal =
  /** Not `file:`, `data:` or `about:blank` (network, WebSocket, other schemes). */
  | { why: 'scheme'; scheme: string }
  /** A file whose real path is outside the allowed folders; `realPath` differs from the path when a symlink leads out. */
  | { why: 'outside'; path: string; realPath: string }
  /** A file that does not exist (or a `file:` URL that names no local path). */
  | { why: 'missing'; path: string };

/** Something the page did that belongs on the article's report. */
export type PageEvent =
  | { kind: 'blocked'; url: string; refusal: Refusal }
  | { kind: 'failed'; url: string; reason: string }
  | { kind: 'console'; text: string; url?: string }
  | { kind: 'page-error'; text: string };

/** A page under the sandbox, with the events recorded since the last `drain()`. */
export interface SandboxedPage {
  page: Page;
  /** Take the events recorded so far, leaving none. */
  drain(): PageEvent[];
}

/**
 * Real paths of the folders pages may read from.
 *
 * @param folders Absolute folders (they must exist).
 * @returns Their real paths.
 */
export async function allowedRoots(folders: string[]): Promise<string[]> {
  return Promise.all(folders.map((folder) => realpath(folder)));
}

/**
 * Decide one request.
 *
 * @param url The requested URL.
 * @param roots Real paths of the allowed folders.
 * @returns Undefined when the request may go ahead, else why not.
 */
export async function checkRequest(url: string, roots: readonly string[]): Promise<Refusal | undefined> {
  if (url === 'about:blank') return undefined;
  const scheme = url.slice(0, Math.max(url.indexOf(':'), 0)).toLowerCase();
  if (scheme === 'data') return undefined;
  if (scheme !== 'file') return { why: 'scheme', scheme };
  let filePath: string;
  try {
    filePath = fileURLToPath(url);
  } catch {
    // `file://host/…` names another machine.
    return { why: 'missing', path: url };
  }
  let real: string;
  try {
    real = await realpath(filePath);
  } catch {
    return { why: 'missing', path: filePath };
  }
  return roots.some((root) => isWithin(root, real)) ? undefined : { why: 'outside', path: filePath, realPath: real };
}

/**
 * Put a page under the sandbox: JavaScript off, every request checked, failures and console
 * errors recorded. Call once per page; the page can then be reused for many documents.
 *
 * @param page A fresh page.
 * @param roots Real paths of the allowed folders (see `allowedRoots`).
 * @returns The page with its event log.
 */
export async function sandboxPage(page: Page, roots: readonly string[]): Promise<SandboxedPage> {
  let events: PageEvent[] = [];
  const refused = new WeakSet<HTTPRequest>();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    void decide(request);
  });
  // Every print of a page asks for the same fonts and images: resolve each file once per page
  // (realpath on every request measured as much as a tenth of the build's own CPU time).
  const decisions = new Map<string, Promise<Refusal | undefined>>();
  const check = (url: string): Promise<Refusal | undefined> => {
    if (!url.startsWith('file:')) return checkRequest(url, roots);
    let decision = decisions.get(url);
    if (!decision) decisions.set(url, (decision = checkRequest(url, roots)));
    return decision;
  };
  async function decide(request: HTTPRequest): Promise<void> {
    const url = request.url();
    const refusal = await check(url);
    try {
      if (refusal) {
        refused.add(request);
        events.push({ kind: 'blocked', url, refusal });
        await request.abort('blockedbyclient');
      } else {
        await request.continue();
      }
    } catch {
      // The page was closed or navigated away while the check ran: nothing left to decide.
    }
  }
  page.on('requestfailed', (request) => {
    if (refused.has(request)) return;
    events.push({ kind: 'failed', url: request.url(), reason: request.failure()?.errorText ?? 'unknown error' });
  });
  page.on('console', (message) => {
    // Failed loads also print "Failed to load resource"; they are reported once, as requests.
    if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return;
    events.push({ kind: 'console', text: message.text(), url: message.location().url });
  });
  page.on('pageerror', (error) => {
    events.push({ kind: 'page-error', text: error instanceof Error ? error.message : String(error) });
  });
  return {
    page,
    drain() {
      const taken = events;
      events = [];
      return taken;
    },
  };
}

function isWithin(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
