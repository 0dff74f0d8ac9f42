/**
 * Print one handout page to PDF on a sandboxed page: `goto` the page file, then `page.pdf()`
 * with tags and an outline, paper from the page's own CSS, all within one time budget. A page
 * already loaded can be printed again after a change of its root element's class (a refit):
 * Chromium lays it out anew without loading the page, its stylesheets and fonts again.
 */
import { TimeoutError } from 'puppeteer-core';
import type { PageEvent, SandboxedPage } from './sandbox.ts';


export interface RenderOutcome {
  /** The PDF as Chromium printed it; absent when the render timed out. */
  pdf?: Uint8Array;
  /** What the page did (blocked and failed requests, console errors). */
  events: PageEvent[];
  /** The step that ran out of time, if any. */
  timedOut?: 'loading' | 'printing';
}

/**
 * Render a page file to PDF.
 *
 * @param sandboxed A page under the sandbox.
 * @param pageUrl `file:` URL of the handout page.
 * @param timeout Milliseconds for loading and printing together.
 * @returns The PDF and the page's events.
 * @throws When the browser fails (crash, closed page): the caller decides what that means.
 */
export async function renderHandout(sandboxed: SandboxedPage, pageUrl: string, timeout: number): Promise<RenderOutcome> {
  const { page } = sandboxed;
  sandboxed.drain();
  const deadline = Date.now() + timeout;
  try {
    await page.goto(pageUrl, { waitUntil: 'load', timeout });
  } catch (error) {
    if (error instanceof TimeoutError) return { events: sandboxed.drain(), timedOut: 'loading' };
    throw error;
  }
  return printLoaded(sandboxed, deadline);
}

/**
 * Set the class of the loaded page's root element and print the page again. JavaScript is off
 * on handout pages, so the class is set through the DevTools DOM domain, which does not run
 * page script.
 *
 * @param sandboxed A page under the sandbox, on a handout page loaded by `renderHandout`.
 * @param className The new value of `<html class>`.
 * @param timeout Milliseconds for printing.
 * @returns The PDF and the page's events.
 * @throws When the browser fails (crash, closed page).
 */
export async function renderReclassed(sandboxed: SandboxedPage, className: string, timeout: number): Promise<RenderOutcome> {
  sandboxed.drain();
  const deadline = Date.now() + timeout;
  const session = await sandboxed.page.createCDPSession();
  try {
    const { root } = await session.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'html' });
    await session.send('DOM.setAttributeValue', { nodeId, name: 'class', value: className });
  } finally {
    await session.detach().catch(() => undefined);
  }
  return printLoaded(sandboxed, deadline);
}

/** Print the page as it is now, within what is left of the time budget. */
async function printLoaded(sandboxed: SandboxedPage, deadline: number): Promise<RenderOutcome> {
  try {
    const pdf = await sandboxed.page.pdf({
      // `@page { size }` in the handout decides the paper (letter or A4).
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      waitForFonts: true,
      timeout: Math.max(deadline - Date.now(), 1),
    });
    return { pdf, events: sandboxed.drain() };
  } catch (error) {
    if (error instanceof TimeoutError) return { events: sandboxed.drain(), timedOut: 'printing' };
    throw error;
  }
}
