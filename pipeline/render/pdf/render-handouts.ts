/**
 * The PDF build: every article's handout page is written into <outDir>/pdf/.pages/, then one
 * browser with a small pool of sandboxed pages prints them, and each PDF gets its metadata,
 * structure check and page count before it is written atomically to <outDir>/pdf/<slug>.pdf.
 * The browser and its pages are closed in `finally`, also when rendering throws; if Chromium
 * crashes, the handouts it was printing are reported and it is relaunched once.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { VFile } from 'vfile';
import type { Root as HastRoot } from 'hast';
import { select } from 'hast-util-select';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { BuildContext } from '../renderer.ts';
import { report } from '../../diagnostics/report-message.ts';
import { writeIfChanged } from '../../stages/write.ts';
import { transformArticle, type TransformOptions } from '../../stages/transform.ts';
import { formatDate, reviewedLine, sourcesList } from '../article-parts.ts';
import { contactBlock } from '../directives/cta.ts';
import { uiText } from '../ui-text.ts';
import { closeBrowser, launchBrowser } from '../launch-browser.ts';
import { BrowserNotFoundError } from '../find-browser.ts';
import { allowedRoots, sandboxPage, type SandboxedPage } from './sandbox.ts';
import { PagePool } from './page-pool.ts';
import { fontFolder, fontStylesheets } from './font-folder.ts';
import { handoutPage, readHandoutTemplate, HANDOUT_STYLESHEET } from './handout-page.ts';
import { handoutText } from './handout-text.ts';
import { pageCss } from './page-css.ts';
import { qrCode } from './qr-code.ts';
import { logoDataUrl, LogoError } from './logo-data-url.ts';
import { webEditionUrl } from './web-edition-url.ts';
import { renderHandout, type RenderOutcome } from './render-handout.ts';
import { reportPageEvents } from './report-page-events.ts';
import { loadPdf, setMetadata } from './set-metadata.ts';
import { repairOutline } from './repair-outline.ts';
import { checkStructure } from './check-structure.ts';
import { countPages } from './count-pages.ts';
import '../../types.ts';

/** Pages printing at once: on 2 cores, 2 measured fastest (1: 0.96 s, 2: 0.63 s, 4: 0.79 s for 20 handouts). */
export const DEFAULT_POOL_SIZE = 2;

/** How long closing one page may take before the build moves on. */
const PAGE_CLOSE_MS = 2000;

export interface RenderHandoutsOptions {
  /** Start the browser (default: `launchBrowser`); tests pass one they can crash. */
  launch?: () => Promise<Browser>;
  /** The article transform (default: the shared one); tests pass one that lets hostile markup through. */
  transform?: typeof transformArticle;
  /** Pages in the pool. */
  poolSize?: number;
}

interface Job {
  file: VFile;
  pageUrl: string;
  target: string;
  /** Texts of the page's headings, to repair the outline. */
  headings: string[];
}

/**
 * Render the handouts of `files`.
 *
 * @param files Articles that passed the checks.
 * @param context Build context.
 * @param options Test seams.
 * @returns A file with build-wide problems (no browser, no clinic, bad logo), when there are any.
 */
export async function renderHandouts(files: VFile[], context: BuildContext, options: RenderHandoutsOptions = {}): Promise<VFile[] | void> {
  const { config, outDir } = context;
  const pdfDir = path.join(outDir, 'pdf');
  const build = new VFile({ path: path.relative(context.cwd, pdfDir) || pdfDir, cwd: context.cwd });
  const articles = files.filter((file) => file.data.article && file.data.tree && !file.data.stopped);
  if (articles.length === 0) return;
  const clinic = config.clinic;
  if (!clinic) {
    report(
      build,
      'error',
      'Unexpected config without `clinic`, expected the clinic’s name, phone, url and address in pressroom.yaml; handouts print them in the header, the contact block and the QR code',
      'pdf-config',
    );
    await removeStale(articles, pdfDir);
    return [build];
  }
  let logo: string | undefined;
  if (clinic.logo) {
    try {
      logo = await logoDataUrl(clinic.logo);
    } catch (error) {
      if (!(error instanceof LogoError)) throw error;
      report(build, 'error', `${error.message}; the handouts are printed without it`, 'pdf-logo');
    }
  }

  const pagesDir = path.join(pdfDir, '.pages');
  await mkdir(pagesDir, { recursive: true });
  try {
    const jobs = await writePages(articles, config, { pagesDir, pdfDir, logo, transform: options.transform ?? transformArticle });
    if (jobs.length > 0) {
      const roots = await allowedRoots([config.contentDir, pagesDir, fontFolder()]);
      await printAll(jobs, context, roots, build, options);
    }
  } finally {
    // The page files name absolute paths of this machine: never leave them in the output.
    await rm(pagesDir, { recursive: true, force: true });
    await removeStale(articles, pdfDir);
  }
  return build.messages.length > 0 ? [build] : undefined;
}

/**
 * A handout that failed this build must not survive from an earlier one: the front desk
 * could print an old version of the advice. Remove it.
 */
async function removeStale(files: VFile[], pdfDir: string): Promise<void> {
  for (const file of files) {
    if (!file.data.outputs?.pdf) await rm(path.join(pdfDir, `${file.data.article!.slug}.pdf`), { force: true });
  }
}

/** Write one handout page per article; an article whose page cannot be built gets an error. */
async function writePages(
  files: VFile[],
  config: ResolvedConfig,
  setup: { pagesDir: string; pdfDir: string; logo?: string; transform: typeof transformArticle },
): Promise<Job[]> {
  const clinic = config.clinic!;
  const [template, stylesheet] = await Promise.all([readHandoutTemplate(), readFile(HANDOUT_STYLESHEET, 'utf8')]);
  const fonts = fontStylesheets();
  const jobs: Job[] = [];
  for (const file of files) {
    const article = file.data.article!;
    try {
      const text = handoutText(article.language);
      const ui = uiText(article.language);
      const transformOptions: TransformOptions = {
        format: 'pdf',
        articleHref: (slug, anchor) => webEditionUrl(clinic.url, slug, anchor),
        imageSrc: (absolutePath) => pathToFileURL(absolutePath).href,
      };
      const body: HastRoot = setup.transform(file, config, transformOptions);
      const webUrl = webEditionUrl(clinic.url, article.slug);
      // The article's `:::cta` already shows the contact details; print them once.
      const details = select('aside.callout-cta address.contact', body) ? undefined : contactBlock(config, ui);
      const reviewedOn = formatDate(article.reviewed.on, article.language);
      const css = `${stylesheet}\n${pageCss({
        paper: article.handout.paper ?? config.defaults.paper,
        clinicName: clinic.name,
        logo: setup.logo,
        emergency: text.headerEmergency(clinic.emergencyNumber),
        footer: `${article.title}\n${ui.lastReviewed} ${reviewedOn}`,
        pageOf: text.pageOf,
      })}`;
      const { html, headings } = handoutPage(template, {
        language: article.language,
        documentTitle: article.title,
        kind: text.kind,
        title: article.title,
        summary: article.summary,
        reviewed: reviewedLine(article),
        body,
        contact: details && { heading: text.contactHeading, details },
        qr: await qrCode(webUrl, text.qrAlt(webUrl)),
        qrCaption: text.qrCaption,
        webUrl,
        sources: sourcesList(article),
        disclaimer: ui.disclaimer,
        fontStylesheets: fonts,
        css,
      });
      const page = path.join(setup.pagesDir, `${article.slug}.html`);
      await writeIfChanged(page, html);
      jobs.push({ file, pageUrl: pathToFileURL(page).href, target: path.join(setup.pdfDir, `${article.slug}.pdf`), headings });
    } catch (error) {
      const message = report(file, 'error', `Cannot build the handout page (${(error as Error).message}); please report this to the pressroom maintainers`, 'pdf-render');
      message.cause = error;
    }
  }
  return jobs;
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

async function printAll(jobs: Job[], context: BuildContext, roots: string[], build: VFile, options: RenderHandoutsOptions): Promise<void> {
  const launch = options.launch ?? launchBrowser;
  let browser: Browser;
  try {
    browser = await launch();
  } catch (error) {
    reportLaunchFailure(build, error);
    return;
  }
  const state: BrowserState = { browser, generation: 0, relaunched: false };
  type Pooled = SandboxedPage & { generation: number };
  const size = Math.max(1, Math.min(options.poolSize ?? DEFAULT_POOL_SIZE, jobs.length));
  const pool = new PagePool<Pooled>({
    size,
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
      await closeBrowser(state.browser);
      if (state.relaunched) {
        state.gone = 'Chromium crashed a second time in this build';
        return;
      }
      state.relaunched = true;
      try {
        state.browser = await launch();
        state.generation += 1;
      } catch (error) {
        state.gone = `Chromium crashed and could not be started again (${(error as Error).message})`;
      }
    })().finally(() => {
      state.recovering = undefined;
    });
    return state.recovering;
  };

  const queue = [...jobs];
  const worker = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      if (state.recovering) await state.recovering;
      if (state.gone) {
        report(job.file, 'error', `Cannot render the handout: ${state.gone}; run the build again, and report the crash if it repeats`, 'pdf-browser');
        continue;
      }
      let item: Pooled | undefined;
      let outcome: RenderOutcome | undefined;
      const generation = state.generation;
      try {
        item = await pool.acquire();
        outcome = await renderHandout(item, job.pageUrl, context.config.pdf.timeout);
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
        if (item) await pool.release(item, outcome !== undefined && !outcome.timedOut && item.generation === state.generation);
      }
      // The page goes back to the pool first: post-processing needs no browser.
      if (outcome) await finishHandout(job, outcome, context).catch((error: NodeJS.ErrnoException) => reportFinishFailure(job, error));
    }
  };

  try {
    await Promise.all(Array.from({ length: size }, worker));
  } finally {
    await pool.close();
    if (state.recovering) await state.recovering.catch(() => undefined);
    await closeBrowser(state.browser);
  }
}

/** Turn a printed PDF into the handout file, or into messages on its article. */
async function finishHandout(job: Job, outcome: RenderOutcome, context: BuildContext): Promise<void> {
  const { file, target } = job;
  const article = file.data.article!;
  const errors = reportPageEvents(file, outcome.events);
  if (outcome.timedOut) {
    report(
      file,
      'error',
      `Unexpected handout render time over ${context.config.pdf.timeout} ms (while ${outcome.timedOut} the page), expected the page to print within \`pdf.timeout\`; look for a very large image, or raise \`pdf.timeout\` in pressroom.yaml`,
      'pdf-timeout',
    );
    return;
  }
  if (errors > 0 || !outcome.pdf) return;
  const printed = await checkStructure(outcome.pdf);
  if (printed.length > 0) {
    report(file, 'error', `Unexpected PDF from Chromium with ${printed.join(', ')}, expected a tagged PDF with an outline; check that the article has headings, and report this if it does`, 'pdf-structure');
    return;
  }
  const clinic = context.config.clinic!;
  const document = await loadPdf(outcome.pdf);
  repairOutline(document, job.headings);
  setMetadata(document, {
    title: article.title,
    author: clinic.name,
    subject: article.summary,
    keywords: article.tags,
    language: article.language,
    creator: 'pressroom',
    date: context.sourceDateEpoch === undefined ? undefined : new Date(context.sourceDateEpoch * 1000),
  });
  const pdf = await document.save();
  const kept = await checkStructure(pdf);
  if (kept.length > 0) {
    report(file, 'error', `Unexpected PDF after setting its metadata and outline titles with ${kept.join(', ')}, expected the tags and outline to survive; please report this to the pressroom maintainers`, 'pdf-structure');
    return;
  }
  const pages = await countPages(pdf);
  const { maxPages } = article.handout;
  if (pages > maxPages) {
    report(
      file,
      'error',
      `Unexpected handout of ${pages} pages, expected at most ${maxPages} (\`handout.maxPages\`); shorten the article, move web-only detail into \`:::only{format="html"}\`, or raise \`handout.maxPages\` in the frontmatter. The PDF is written so you can see where it runs over`,
      'pdf-page-budget',
    );
  }
  await writeIfChanged(target, pdf);
  file.data.outputs = { ...file.data.outputs, pdf: target };
}

function reportFinishFailure(job: Job, error: NodeJS.ErrnoException): void {
  const message = error.code
    ? report(job.file, 'error', `Cannot write the handout \`${job.target}\` (${error.code}: ${error.message}); check that the output folder is writable`, 'pdf-write')
    : report(job.file, 'error', `Cannot finish the handout (${error.message}); please report this to the pressroom maintainers`, 'pdf-render');
  message.cause = error;
}

function reportLaunchFailure(build: VFile, error: unknown): void {
  if (error instanceof BrowserNotFoundError) {
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
