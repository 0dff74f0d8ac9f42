/**
 * The PDF build: check what every handout needs (a clinic, its logo), make one print job per
 * article and edition (handout-variants.ts), print them through pages written into the build's
 * work folder (build/work-folder.ts, never the published pdf/ folder; removed afterwards;
 * print-handouts.ts, layout-handout.ts). A handout that fails leaves its previous good file in
 * place: the build keeps it and reports it stale (build.ts).
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { linkedArticle, type CheckedArticle } from '../../content/library.ts';
import { pageName } from '../../content/page-name.ts';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { BuildContext } from '../renderer.ts';
import { report } from '../../diagnostics/report-message.ts';
import { lostRedFlags, transformArticle } from '../../transform/transform.ts';
import { outputError } from '../../build/output-error.ts';
import { workFolder } from '../../build/work-folder.ts';
import { allowedRoots } from './sandbox.ts';
import { fontFolder, fontStylesheets } from './font-folder.ts';
import { SCRIPT_FONTS, scriptFontFolder, type ScriptFontId } from '../script-fonts.ts';
import { handoutPage, readHandoutTemplate, HANDOUT_STYLESHEET } from './handout-page.ts';
import { handoutParts, type HandoutAssets } from './handout-parts.ts';
import { logoDataUrl, LogoError } from './logo-data-url.ts';
import { printHandouts, type PrintOptions } from './print-handouts.ts';
import type { HandoutJob, HandoutPageResult } from './handout-job.ts';
import { HANDOUT_VARIANTS } from './handout-variants.ts';
import '../../types.ts';

export interface RenderHandoutsOptions extends PrintOptions {
  /** The article transform (default: the shared one); tests pass one that lets hostile markup through. */
  transform?: typeof transformArticle;
}

/**
 * Render the handouts of the articles.
 *
 * @param published Articles that passed the checks.
 * @param context Build context.
 * @param options Test seams.
 * Build-wide problems (no browser, no clinic, bad logo) go on the config (`context.source`).
 */
export async function renderHandouts(published: CheckedArticle[], context: BuildContext, options: RenderHandoutsOptions = {}): Promise<VFile[] | void> {
  const { config, outDir } = context;
  const pdfDir = path.join(outDir, 'pdf');
  // Build-wide problems (no clinic, a bad logo, no browser) belong to the config the clinic edits.
  const build = context.source.file;
  const articles = published.map(({ file }) => file);
  if (articles.length === 0) return;
  const clinic = config.clinic;
  if (!clinic) {
    report(
      build,
      'error',
      'Unexpected config without `clinic`, expected the clinic’s name, phone, url and address in pressroom.yaml; handouts print them in the header, the contact block and the QR code',
      'pdf-config',
    );
    return;
  }
  let logo: string | undefined;
  if (clinic.logo) {
    try {
      logo = await logoDataUrl(clinic.logo);
    } catch (error) {
      if (!(error instanceof LogoError)) throw error;
      report(build, 'error', `${error.message}; the handouts are printed without it`, 'pdf-logo', context.source.place(['clinic', 'logo']));
    }
  }

  // The pages name absolute paths of this machine: they live in the work folder, outside what is published.
  const pagesDir = path.join(workFolder(outDir), 'pdf-pages');
  await mkdir(pagesDir, { recursive: true });
  try {
    const articleAt = (absolute: string, fromLanguage?: string, anchor?: string) => linkedArticle(context.library, absolute, config.defaults.language, fromLanguage, anchor);
    // Chromium starts while the pages are built (its launch is otherwise on the critical path);
    // a failed launch is reported by printHandouts, which asks again.
    context.browser.get().catch(() => undefined);
    const jobs = await handoutJobs(articles, config, { pagesDir, pdfDir, logo, transform: options.transform ?? transformArticle, articleAt });
    if (jobs.length > 0) {
      const roots = await allowedRoots([config.contentDir, pagesDir, fontFolder(), ...(Object.keys(SCRIPT_FONTS) as ScriptFontId[]).map(scriptFontFolder)]);
      await printHandouts(jobs, context, roots, build, options);
    }
  } finally {
    await rm(pagesDir, { recursive: true, force: true });
  }
  for (const file of articles) {
    for (const variant of HANDOUT_VARIANTS) {
      const output = file.data.outputs?.[variant.outputKey];
      if (output) context.own(output);
    }
  }
}

/** Points per millimetre. */
const MM = 72 / 25.4;
const PAPER_HEIGHT_MM = { letter: 279.4, a4: 297 } as const;

/**
 * One print job per article and edition; an article whose page cannot be built gets an error.
 * Exported for `make bench`, whose floor prints these same pages with a bare warm browser.
 */
export async function handoutJobs(
  files: VFile[],
  config: ResolvedConfig,
  setup: { pagesDir: string; pdfDir: string; logo?: string; transform: typeof transformArticle; articleAt: HandoutAssets['articleAt'] },
): Promise<HandoutJob[]> {
  const [template, stylesheet] = await Promise.all([readHandoutTemplate(), readFile(HANDOUT_STYLESHEET, 'utf8')]);
  const assets: HandoutAssets = { stylesheet, fontStylesheets: fontStylesheets(), logo: setup.logo, transform: setup.transform, articleAt: setup.articleAt };
  const jobs: HandoutJob[] = [];
  for (const file of files) {
    // `pdf/<slug>.pdf` in the site's language, `pdf/es/<slug>.pdf` in Spanish (content/page-name.ts).
    const page = pageName(file.data.article!, config.defaults.language);
    try {
      const parts = await handoutParts(file, config, assets);
      // A handout that lost a red flag is never printed (its messages say why).
      if (lostRedFlags(file)) continue;
      const paper = file.data.article!.handout.paper ?? config.defaults.paper;
      for (const variant of HANDOUT_VARIANTS) {
        const name = `${page}${variant.suffix}`;
        // Built once up front, so a template problem is reported before any printing; the first
        // print (no notes, no refit) takes it, and later attempts build their own.
        let first: HandoutPageResult | undefined = handoutPage(template, parts, { variant, notes: false });
        jobs.push({
          file,
          variant,
          pagePath: path.join(setup.pagesDir, `${name.replace(/\//g, '-')}.html`),
          target: path.join(setup.pdfDir, `${name}.pdf`),
          hasNotes: parts.notes !== undefined,
          textHeight: PAPER_HEIGHT_MM[paper] * MM - (variant.margins[0] + variant.margins[2]) * MM,
          page: (options) => {
            const built = first && !options.notes && !options.refit ? first : handoutPage(template, parts, { variant, ...options });
            first = undefined;
            return built;
          },
        });
      }
    } catch (error) {
      const known = outputError(error, setup.pdfDir);
      const message = report(file, 'error', known ? known.message : `Cannot build the handout page (${(error as Error).message}); please report this to the pressroom maintainers`, 'pdf-render');
      message.cause = error;
    }
  }
  return jobs;
}
