/**
 * The floor of `make bench`: what Chromium alone needs to print the corpus's handouts. The same
 * handout pages pressroom prints are written first (not timed): one job per article and edition,
 * the regular and the large-print handout, exactly the PDFs pressroom publishes; then one warm
 * browser prints each once with two reused pages and no sandbox, refit, checks or
 * post-processing. Prints seconds and the number of handouts as JSON.
 * Usage: tsx bin/bench/floor.ts CONTENT_DIR SCRATCH_DIR
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkArticles } from '../../pipeline/check.ts';
import { linkedArticle } from '../../pipeline/content/library.ts';
import { transformArticle } from '../../pipeline/transform/transform.ts';
import { handoutJobs } from '../../pipeline/render/pdf/render-handouts.ts';
import { launchBrowser, closeBrowser } from '../../pipeline/render/browser/launch-browser.ts';

const [contentDir, scratch] = process.argv.slice(2);
const checked = await checkArticles({ paths: [contentDir], cwd: process.cwd() });
const library = checked.library!;
const pagesDir = path.join(scratch, '.pages');
const pdfDir = path.join(scratch, 'pdf');
await mkdir(pagesDir, { recursive: true });
await mkdir(pdfDir, { recursive: true });
const jobs = await handoutJobs(library.published.map(({ file }) => file), checked.config!, {
  pagesDir,
  pdfDir,
  transform: transformArticle,
  articleAt: (absolute, from, anchor) => linkedArticle(library, absolute, checked.config!.defaults.language, from, anchor),
});
const browser = await launchBrowser();
try {
  const pages = await Promise.all([browser.newPage(), browser.newPage()]);
  const print = async (page: (typeof pages)[number], job: (typeof jobs)[number]) => {
    await writeFile(job.pagePath, job.page({ notes: job.hasNotes, refit: false }).html);
    await page.goto(pathToFileURL(job.pagePath).href, { waitUntil: 'load' });
    await writeFile(job.target, await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, waitForFonts: true }));
  };
  await print(pages[0], jobs[0]); // warm-up, not timed
  const start = process.hrtime.bigint();
  let next = 0;
  await Promise.all(pages.map(async (page) => { while (next < jobs.length) await print(page, jobs[next++]); }));
  process.stdout.write(JSON.stringify({ seconds: Number(process.hrtime.bigint() - start) / 1e9, handouts: jobs.length }) + '\n');
} finally {
  await closeBrowser(browser);
}
