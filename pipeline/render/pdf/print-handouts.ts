/**
 * Print handout pages with the build's browser and a small pool of sandboxed pages, closed in
 * `finally`, also when printing throws. If Chromium crashes, the handouts it was printing get an
 * error, it is relaunched once, and the others carry on.
 */
import { availableParallelism } from 'node:os';
import type { Browser } from 'puppeteer-core';
import type { VFile } from 'vfile';
import { report } from '../../diagnostics/report-message.ts';
import type { BuildContext } from '../renderer.ts';
import { closeBrowser } from '../browser/launch-browser.ts';
import { BrowserNotFoundError } from '../browser/find-browser.ts';
import { BrowserHungError } from '../browser/launch-timeout.ts';
import { sandboxPage, type SandboxedPage } from './sandbox.ts';
import { PagePool } from './page-pool.ts';
import { layoutHandout, type HandoutLayout } from './layout-handout.ts';
import { finishHandout } from './finish-handout.ts';
import type { HandoutJob } from './handout-job.ts';

/**
 * Pages printing at once: one per core, at least 2 and at most 4. Chromium lays out one page
 * per renderer thread, and while one page prints the build post-processes another's PDF; on 2
 * cores 2 pages measured fastest (PITFALLS: 20 handouts took 0.96 s with 1 page, 0.63 s with 2,
 * 0.79 s with 4), and beyond 4 the pages only add memory.
 */
const DEFAULT_POOL_SIZE = Math.min(Math.max(availableParallelism(), 2), 4);

/**
 * Prints after which a page is replaced. A page that printed every handout of a 100-article
 * corpus held on to memory; replaced every N prints, peak memory stayed flat (README,
 * Performance), and opening a page (about 30 ms) is small beside N prints.
 */
const DEFAULT_PAGE_PRINTS = 10;

/** How long closing one page may take before the build moves on. */
const PAGE_CLOSE_MS = 2000;

export interface PrintOptions {
  /** Pages in the pool. */
  poolSize?: number;
  /** Handouts a page prints (each edition one, refits included) before it is closed and a fresh one opened. */
  pagePrints?: number;
  /** Set to false to print without refitting near-empty last pages (tests compare both). */
  refit?: boolean;
}

/** The browser, which may be replaced once after a crash. */
interface BrowserState {
  browser: Browser;
  /** Bumped on every relaunch, so a failure seen on an old browser does not count twice. */
  generation: number;
  relaunched: boolean;
  /** Set when Chromium crashed again (or could not be relaunched): nothing more is printed. */
  gone?: string;
  recovering?: Promise<void>;
}

/**
 * Print the handouts.
 *
 * @param jobs Handout pages, already written.
 * @param context Build context (config: timeout, clinic).
 * @param roots Real paths of the folders pages may read.
 * @param build File for build-wide problems (no browser).
 * @param options Test seams.
 */
export async function printHandouts(jobs: HandoutJob[], context: BuildContext, roots: string[], build: VFile, options: PrintOptions = {}): Promise<void> {
  let browser: Browser;
  try {
    browser = await context.browser.get();
  } catch (error) {
    reportLaunchFailure(build, error);
    return;
  }
  const state: BrowserState = { browser, generation: 0, relaunched: false };
  type Pooled = SandboxedPage & { generation: number };
  const size = Math.max(1, Math.min(options.poolSize ?? DEFAULT_POOL_SIZE, new Set(jobs.map((job) => job.file)).size));
  const pool = new PagePool<Pooled>({
    size,
    maxUses: options.pagePrints ?? DEFAULT_PAGE_PRINTS,
    open: async () => {
      const generation = state.generation;
      const page = await state.browser.newPage();
      return { ...(await sandboxPage(page, roots)), generation };
    },
    // A page stuck on a read that never ends may not close: the browser's own close kills it later.
    close: async (item) => void (await Promise.race([item.page.close(), new Promise((resolve) => setTimeout(resolve, PAGE_CLOSE_MS).unref())])),
  });

  /** After a crash: relaunch once (shared by every worker that saw it), or give up. */
  const recover = (generation: number): Promise<void> | undefined => {
    if (generation !== state.generation || state.gone) return state.recovering;
    state.recovering ??= (async () => {
      pool.discardIdle();
      if (state.relaunched) {
        await closeBrowser(state.browser);
        state.gone = 'Chromium crashed a second time in this build';
        return;
      }
      state.relaunched = true;
      try {
        state.browser = await context.browser.relaunch(state.browser);
        state.generation += 1;
      } catch (error) {
        state.gone = `Chromium crashed and could not be started again (${(error as Error).message})`;
      }
    })().finally(() => {
      state.recovering = undefined;
    });
    return state.recovering;
  };

  // One article at a time per worker, its editions in order: an edition is
  // printed only when the one before it was written, so a failure is reported once per article.
  const queue = groupByArticle(jobs);
  const printOne = async (job: HandoutJob): Promise<void> => {
    if (state.recovering) await state.recovering;
    if (state.gone) {
      report(job.file, 'error', `Cannot render the handout: ${state.gone}; run the build again, and report the crash if it repeats`, 'pdf-browser');
      return;
    }
    let item: Pooled | undefined;
    let layout: HandoutLayout | undefined;
    const generation = state.generation;
    try {
      item = await pool.acquire();
      layout = await layoutHandout(item, job, context.config.pdf.timeout, { refit: options.refit ?? true });
    } catch (error) {
      // A crash shows as a closed connection, or as a relaunch by another worker meanwhile.
      if (generation !== state.generation || !state.browser.connected) {
        const message = report(
          job.file,
          'error',
          'Chromium crashed while printing this handout, so no PDF was written; the build carries on with the other handouts (Chromium is restarted once per build). Run the build again, and report the crash if it repeats',
          'pdf-browser',
        );
        message.cause = error;
        await recover(generation);
      } else {
        const message = report(job.file, 'error', `Cannot print the handout (${(error as Error).message}); please report this to the pressroom maintainers`, 'pdf-render');
        message.cause = error;
      }
    } finally {
      // A page that failed or timed out may be stuck: close it rather than reuse it.
      if (item) await pool.release(item, layout !== undefined && !layout.outcome.timedOut && item.generation === state.generation);
    }
    // The page goes back to the pool first: post-processing needs no browser.
    if (layout) await finishHandout(job, layout, context);
  };
  const worker = async (): Promise<void> => {
    for (let editions = queue.shift(); editions; editions = queue.shift()) {
      for (const [index, job] of editions.entries()) {
        const previous = editions[index - 1];
        if (previous && !job.file.data.outputs?.[previous.variant.outputKey]) break;
        await printOne(job);
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: size }, worker));
  } finally {
    // The browser is the build's: it closes it when every renderer is done.
    await pool.close();
    if (state.recovering) await state.recovering.catch(() => undefined);
  }
}

/** The jobs of each article together, in the order the articles came. */
function groupByArticle(jobs: HandoutJob[]): HandoutJob[][] {
  const groups = new Map<HandoutJob['file'], HandoutJob[]>();
  for (const job of jobs) groups.set(job.file, [...(groups.get(job.file) ?? []), job]);
  return [...groups.values()];
}

function reportLaunchFailure(build: VFile, error: unknown): void {
  if (error instanceof BrowserNotFoundError || error instanceof BrowserHungError) {
    report(build, 'error', `Cannot render PDF handouts: ${error.message}`, 'pdf-browser');
    return;
  }
  const message = report(
    build,
    'error',
    `Cannot start Chromium to render PDF handouts (${(error as Error).message}); check that the browser runs on this machine, or set PUPPETEER_EXECUTABLE_PATH to another Chromium or Chrome`,
    'pdf-browser',
  );
  message.cause = error;
}
