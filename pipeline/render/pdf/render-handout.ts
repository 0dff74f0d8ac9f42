/**
 * Print one handout page to PDF on a sandboxed page: `goto` the page file, then `page.pdf()`
 * with tags and an outline, paper from the page's own CSS, all within one time budget.
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
  try {
    const pdf = await page.pdf({
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
