/**
 * A printed PDF becomes the handout file, or messages on its article: page events, timeout,
 * structure (before and after post-processing), metadata and dates, the page budget, then an
 * atomic write.
 */
import { report } from '../../diagnostics/report-message.ts';
import { writeIfChanged } from '../../build/write.ts';
import type { BuildContext } from '../renderer.ts';
import type { HandoutJob } from './handout-job.ts';
import type { HandoutLayout } from './layout-handout.ts';
import { reportPageEvents } from './report-page-events.ts';
import { loadPdf, setMetadata } from './set-metadata.ts';
import { repairOutline } from './repair-outline.ts';
import { checkStructure } from './check-structure.ts';
import { markArtifacts } from './mark-artifacts.ts';
import { repairTags } from './repair-tags.ts';
import { stabilizeIds } from './stable-ids.ts';
import { setXmpMetadata } from './xmp-metadata.ts';
import { checkPdfUa } from './check-pdfua.ts';
import { HANDOUT_VARIANTS } from './handout-variants.ts';
import '../../types.ts';

/**
 * Finish one handout. Never throws: a failure is an error on the article.
 *
 * @param job The handout.
 * @param layout What Chromium printed, what the page did, and the layout decisions.
 * @param context Build context (config, SOURCE_DATE_EPOCH).
 */
export async function finishHandout(job: HandoutJob, layout: HandoutLayout, context: BuildContext): Promise<void> {
  try {
    await finish(job, layout, context);
  } catch (error) {
    reportFinishFailure(job, error as NodeJS.ErrnoException);
  }
}

async function finish(job: HandoutJob, layout: HandoutLayout, context: BuildContext): Promise<void> {
  const { file, target, variant } = job;
  const { outcome } = layout;
  const article = file.data.article!;
  // Both editions load the same article: its page events are reported once, with the first.
  const errors = reportPageEvents(file, outcome.events, variant !== HANDOUT_VARIANTS[0]);
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
  // The layout already parsed the kept print to measure it; parse once more only without it.
  const document = layout.document ?? (await loadPdf(outcome.pdf));
  const printed = await checkStructure(document);
  if (printed.length > 0) {
    report(file, 'error', `Unexpected PDF from Chromium with ${printed.join(', ')}, expected a tagged PDF with an outline; check that the article has headings, and report this if it does`, 'pdf-structure');
    return;
  }
  const clinic = context.config.clinic!;
  repairOutline(document, layout.page.headings);
  const date = context.sourceDateEpoch === undefined ? undefined : new Date(context.sourceDateEpoch * 1000);
  const metadata = {
    title: article.title,
    author: clinic.name,
    subject: article.summary,
    keywords: article.tags,
    language: article.language,
    creator: 'pressroom',
    // Without SOURCE_DATE_EPOCH, Chromium's date, written again so the Info dictionary and XMP agree to the second.
    date: date ?? document.getCreationDate() ?? new Date(0),
  };
  setMetadata(document, metadata);
  // PDF/UA-1: what Chromium cannot express from HTML and CSS (see each module).
  markArtifacts(document);
  repairTags(document, layout.page.links);
  stabilizeIds(document);
  setXmpMetadata(document, {
    title: metadata.title,
    language: metadata.language,
    creator: metadata.author,
    description: metadata.subject,
    keywords: metadata.keywords,
    creatorTool: metadata.creator,
    producer: document.getProducer() ?? metadata.creator,
    date: metadata.date,
  });
  // The checks read the finished document in memory, just before it is serialized: parsing
  // the saved bytes again cost a second full parse (and its garbage) per handout. The written
  // files are read back with pdfinfo, qpdf and pdftotext by the tests.
  const kept = await checkStructure(document);
  if (kept.length > 0) {
    report(file, 'error', `Unexpected PDF after setting its metadata and outline titles with ${kept.join(', ')}, expected the tags and outline to survive; please report this to the pressroom maintainers`, 'pdf-structure');
    return;
  }
  const failures = await checkPdfUa(document);
  if (failures.length > 0) {
    report(
      file,
      'error',
      `Unexpected handout that fails PDF/UA-1: ${failures.map((failure) => `${failure.message} (${failure.condition})`).join('; ')}; expected an accessible PDF. Please report this to the pressroom maintainers with the article`,
      'pdf-ua',
    );
  }
  const pages = document.getPageCount();
  const maxPages = variant.budget(article.handout);
  if (pages > maxPages) {
    report(
      file,
      'error',
      `Unexpected ${variant.label} of ${pages} pages, expected at most ${maxPages} (${variant.budgetKey}${variant.budgetDefault}); shorten the article, move web-only detail into \`:::only{format="html"}\`, or raise ${variant.budgetKey} in the frontmatter. The PDF is written so you can see where it runs over`,
      'pdf-page-budget',
    );
  }
  if (layout.notes === 'omitted') {
    report(
      file,
      'info',
      `The care team's notes area is left out of the ${variant.label}: it does not fit in the space left on the last page, and notes never add a page; shorten the article or ask for fewer lines (\`handout.notes\`) to make room`,
      'pdf-notes-omitted',
    );
  }
  await writeIfChanged(target, await document.save());
  file.data.outputs = { ...file.data.outputs, [variant.outputKey]: target };
  file.data.pages = { ...file.data.pages, [variant.outputKey]: pages };
  context.written?.(file, target);
}

function reportFinishFailure(job: HandoutJob, error: NodeJS.ErrnoException): void {
  const message = error.code
    ? report(job.file, 'error', `Cannot write the handout \`${job.target}\` (${error.code}: ${error.message}); check that the output folder is writable`, 'pdf-write')
    : report(job.file, 'error', `Cannot finish the handout (${error.message}); please report this to the pressroom maintainers`, 'pdf-render');
  message.cause = error;
}
