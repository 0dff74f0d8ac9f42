/**
 * Print one handout edition, refitting it when that saves paper and adding the care team's
 * notes only where they fit. Each attempt is a real print on the same browser page:
 * 1. the handout as written;
 * 2. when its last page holds only end matter (contact block, sources, disclaimer) or less than
 *    a fifth of a page of the article, a refit (end matter compacted, spacing tightened within
 *    the limits in templates/handout.css), kept only if it ends a page earlier;
 * 3. when notes are configured, the chosen layout with the notes area, kept only if it has no
 *    more pages (the notes then sit in the space left on the last page).
 * Most handouts print once; none more than three times. A refit differs from the page already
 * loaded only in the class of its root element: it is printed again in place, without loading.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { PDFDocument } from 'pdf-lib';
import type { HandoutJob, HandoutPageResult } from './handout-job.ts';
import { lastPageFill, type LastPageFill } from './page-fill.ts';
import { renderHandout, renderReclassed, type RenderOutcome } from './render-handout.ts';
import type { SandboxedPage } from './sandbox.ts';
import { loadPdf } from './set-metadata.ts';

/** Share of a page's text area below which a last page counts as near-empty. */
const NEAR_EMPTY_SHARE = 1 / 5;

export interface HandoutLayout {
  /** The print that was kept (or the attempt that failed). */
  outcome: RenderOutcome;
  /** Headings and links of the page that was kept. */
  page: HandoutPageResult;
  /** Whether the refit layout was kept. */
  refit: boolean;
  /** `printed`, `omitted` (no room), or `none` (not configured). */
  notes: 'printed' | 'omitted' | 'none';
  /** How many prints it took. */
  prints: number;
  /**
   * The kept print, already loaded to measure its last page (only read so far): post-processing
   * starts from it instead of parsing the same bytes again.
   */
  document?: PDFDocument;
}

/**
 * Lay out and print one handout edition.
 *
 * @param sandboxed A page under the sandbox.
 * @param job The handout edition.
 * @param timeout Milliseconds for each print.
 * @param options `refit: false` skips step 2 (tests compare both).
 * @returns The print kept, and what was decided.
 */
export async function layoutHandout(sandboxed: SandboxedPage, job: HandoutJob, timeout: number, options: { refit: boolean } = { refit: true }): Promise<HandoutLayout> {
  const events: RenderOutcome['events'] = [];
  let prints = 0;
  let loaded: HandoutPageResult | undefined;
  const print = async (options: { notes: boolean; refit: boolean }) => {
    const page = job.page(options);
    prints += 1;
    let outcome: RenderOutcome;
    const className = reclassed(loaded, page, job.variant.className);
    if (className) outcome = await renderReclassed(sandboxed, className, timeout);
    else {
      await writeFile(job.pagePath, page.html);
      outcome = await renderHandout(sandboxed, pathToFileURL(job.pagePath).href, timeout);
    }
    loaded = outcome.timedOut ? undefined : page;
    events.push(...outcome.events);
    return { page, outcome: { ...outcome, events: [...events] } };
  };
  const done = (attempt: Attempt, refit: boolean, notes: HandoutLayout['notes']): HandoutLayout => ({
    outcome: attempt.outcome,
    page: attempt.page,
    refit,
    notes,
    prints,
    document: attempt.document,
  });
  type Attempt = Awaited<ReturnType<typeof print>> & { document?: PDFDocument };
  /** Load a print once: measuring its last page and post-processing share the parsed document. */
  const measure = async (attempt: Attempt, pdf: Uint8Array) => {
    attempt.document = await loadPdf(pdf);
    return lastPageFill(attempt.document);
  };

  let chosen: Attempt = await print({ notes: false, refit: false });
  if (!chosen.outcome.pdf) return done(chosen, false, job.hasNotes ? 'omitted' : 'none');
  let fill = await measure(chosen, chosen.outcome.pdf);
  let refit = false;
  if (options.refit && nearlyEmpty(fill, job.textHeight)) {
    const refitted: Attempt = await print({ notes: false, refit: true });
    if (!refitted.outcome.pdf) return done(refitted, true, job.hasNotes ? 'omitted' : 'none');
    const refittedFill = await measure(refitted, refitted.outcome.pdf);
    if (refittedFill.pages < fill.pages) {
      chosen = refitted;
      fill = refittedFill;
      refit = true;
    }
  }
  if (!job.hasNotes) return done(chosen, refit, 'none');
  const withNotes: Attempt = await print({ notes: true, refit });
  if (!withNotes.outcome.pdf) return done(withNotes, refit, 'printed');
  if ((await measure(withNotes, withNotes.outcome.pdf)).pages === fill.pages) return done(withNotes, refit, 'printed');
  chosen.outcome.events = [...events];
  return done(chosen, refit, 'omitted');
}

/**
 * Whether a handout's last page is worth saving: it holds only end matter, or less than a
 * fifth of the text area of the article.
 *
 * @param fill The measured last page.
 * @param textHeight Height of the page's text area, in points.
 * @returns True when a refit may end the handout a page earlier.
 */
export function nearlyEmpty(fill: LastPageFill, textHeight: number): boolean {
  if (fill.pages < 2) return false;
  const body = fill.parts.find((part) => part.body);
  if (!body) return true;
  return body.bottom - body.top < textHeight * NEAR_EMPTY_SHARE;
}

/**
 * The class to set on the loaded page to make it the next one, when that is the only
 * difference between them (a refit): the next page's HTML is compared whole, so any other
 * change loads the page instead.
 *
 * @param loaded The page the browser page holds now, if any.
 * @param next The page to print next.
 * @param editionClass The edition's class on `<html>`.
 * @returns The next page's `<html class>`, or undefined when it must be loaded.
 */
export function reclassed(loaded: HandoutPageResult | undefined, next: HandoutPageResult, editionClass: string): string | undefined {
  if (!loaded) return undefined;
  const refit = `${editionClass} handout-refit`;
  return loaded.html.replace(`class="${editionClass}"`, `class="${refit}"`) === next.html ? refit : undefined;
}
