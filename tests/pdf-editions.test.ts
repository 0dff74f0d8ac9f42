/**
 * Handout layout that a person would check: the large-print edition (18 pt, one column, red
 * flags first, no italics, its own budget), a paragraph ending in ":" kept with its list, the
 * refit of a handout that ends just past a page, and the care team's notes area. Positions come
 * from `pdftotext -bbox-layout`; every handout made here also passes the PDF/UA checker.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { createPdfRenderer } from '../pipeline/render/pdf.ts';
import type { RenderHandoutsOptions } from '../pipeline/render/pdf/render-handouts.ts';
import { checkPdfUa } from '../pipeline/render/pdf/check-pdfua.ts';
import { severityOf } from '../pipeline/diagnostics/report-message.ts';
import { frontmatter, testConfig } from './helpers/lint-markdown.ts';
import { renderWith } from './helpers/build-context.ts';
import { pdffonts, pdfLines, type TextLine } from './helpers/pdf-tools.ts';

const clinic = { name: 'Test Clinic', phone: '+1 555-0100', url: 'https://clinic.example.org/', address: '1 Test Street, Testville' };
const sources = [1, 2, 3].map((n) => ({ title: `Source number ${n} about back pain`, url: `https://example.org/source-${n}` }));
const paragraph = 'Heat relaxes tight muscles and brings more blood to the sore area, which helps a spasm let go. '.repeat(3);
/** `count` paragraphs of the same size, with a `##` heading before every third. */
const paragraphs = (count: number) => Array.from({ length: count }, (_, index) => `${index % 3 === 0 ? `## Part ${index}\n\n` : ''}${paragraph}\n`).join('\n');
const article = (body: string, handout: Record<string, unknown> = {}) => `${frontmatter({ sources, handout: { maxPages: 3, ...handout } })}${body}`;

/*
 * The sizes below were measured on this layout (Atkinson Hyperlegible, Chromium 156, letter):
 * ten paragraphs end just past page 1, leaving page 2 only the end matter; twelve short
 * sentences before "Look for:" put it at the foot of the first column when nothing keeps it
 * with its list. A change of fonts or spacing moves them; the tests then say so.
 */
const ARTICLES = {
  large: article(
    `Some *gentle* movement helps.\n\n## Causes\n\n${paragraph}\n\n## When to get emergency care\n\n:::emergency\nCall for help if you have:\n\n- loss of bladder control\n- numb legs\n:::\n\n## Treatment\n\n${paragraph}\n`,
  ),
  largeOverBudget: article(paragraphs(10), { largePrint: { maxPages: 1 } }),
  stranded: article(`${paragraphs(6)}\n${'Rest helps. '.repeat(12)}\n\nLook for:\n\n- a fever\n- numbness in the legs\n- weakness\n\n${`${paragraph}\n\n`.repeat(8)}`),
  justPast: article(paragraphs(10)),
  long: article(paragraphs(13)),
  notesFit: article(`${paragraph}\n`, { notes: true }),
  notesFull: article(paragraphs(10), { notes: { lines: 6, blanks: ['appointment'] } }),
};

let work: string;
let contentDir: string;
let files: Record<string, VFile>;
let unrefitted: Record<string, VFile>;

/** Render in-memory articles; returns the files by name. */
async function render(articles: Record<string, string>, outName: string, options: RenderHandoutsOptions = {}): Promise<Record<string, VFile>> {
  const config = testConfig({ clinic }, contentDir);
  const list = Object.entries(articles).map(([name, value]) => new VFile({ path: path.join(contentDir, `${name}.md`), value, cwd: contentDir }));
  await parseArticles(list);
  await validateArticles(list, config);
  await renderWith(createPdfRenderer(options), list, { config, outDir: path.join(work, outName), cwd: work });
  return Object.fromEntries(list.map((file) => [path.basename(file.path, '.md'), file]));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'pressroom-pdf-editions-'));
  contentDir = path.join(work, 'content');
  await mkdir(contentDir);
  files = await render(ARTICLES, 'out');
  unrefitted = await render({ justPast: ARTICLES.justPast }, 'unrefitted', { refit: false });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const output = (name: string, key = 'pdf') => files[name].data.outputs![key];
const found = (file: VFile) => file.messages.map((message) => ({ ruleId: message.ruleId, severity: severityOf(message), reason: message.reason }));
/** Lines of the text area (no running header or footer). */
function bodyLines(pdf: string): { lines: TextLine[]; width: number; pages: number } {
  const { pages, lines } = pdfLines(pdf);
  return { lines: lines.filter((line) => line.yMin > 60 && line.yMax < pages[line.page - 1].height - 60), width: pages[0].width, pages: pages.length };
}

describe('every handout made here', () => {
  it('passes the PDF/UA checker, in both editions', async () => {
    const outputs = [...Object.values(files), ...Object.values(unrefitted)].flatMap((file) => Object.values(file.data.outputs ?? {}));
    expect(outputs).toHaveLength(2 * (Object.keys(ARTICLES).length + 1));
    for (const pdf of outputs) expect({ pdf: path.basename(pdf), failures: await checkPdfUa(await readFile(pdf)) }).toEqual({ pdf: path.basename(pdf), failures: [] });
  });
});

describe('the large-print edition', () => {
  it('is written beside the handout and recorded for the web page', () => {
    expect(files.large.data.outputs).toEqual({ pdf: path.join(work, 'out', 'pdf', 'large.pdf'), 'pdf-large': path.join(work, 'out', 'pdf', 'large.large.pdf') });
    expect(found(files.large)).toEqual([]);
  });

  it('prints every line at 18 pt or more, where the regular handout prints smaller', () => {
    // A word box of Atkinson Hyperlegible is 1.24 × the font size: 18 pt gives 22.3 pt.
    const large = pdfLines(output('large', 'pdf-large')).lines;
    expect(large.filter((line) => line.height < 22.3 - 0.1).map((line) => `${line.text} (${(line.height / 1.24).toFixed(1)} pt)`)).toEqual([]);
    expect(Math.min(...pdfLines(output('large')).lines.map((line) => line.height)) / 1.24).toBeLessThan(10);
  });

  it('runs in one column, where the regular handout has two', () => {
    const large = bodyLines(output('large', 'pdf-large'));
    // The QR code's caption sits beside the contact details at the end: stop before the contact block.
    const contact = large.lines.findIndex((line) => line.text.startsWith('Questions? Contact us'));
    expect(contact).toBeGreaterThan(0);
    expect(large.lines.slice(0, contact).filter((line) => line.xMin > large.width / 3).map((line) => line.text)).toEqual([]);
    const regular = bodyLines(output('stranded'));
    expect(regular.lines.filter((line) => line.xMin > regular.width / 2).length).toBeGreaterThan(10);
  });

  it('puts the emergency block (and its otherwise empty section’s heading) first after the title, before the article’s first words', () => {
    const texts = bodyLines(output('large', 'pdf-large')).lines.map((line) => line.text);
    const reviewed = texts.findIndex((text) => text.startsWith('Reviewed by'));
    // The section held only the emergency block, so its heading moved with it.
    expect(texts.slice(reviewed + 1, reviewed + 4)).toEqual(['When to get emergency care', 'Get emergency care', 'Call 911 or go to the nearest emergency room.']);
    expect(texts.indexOf('Some gentle movement helps.')).toBeGreaterThan(texts.indexOf('numb legs'));
  });

  it('has no italics: emphasis and the disclaimer are upright', () => {
    expect(pdffonts(output('large', 'pdf-large')).filter((font) => /italic/i.test(font.name))).toEqual([]);
    expect(pdffonts(output('large')).filter((font) => /italic/i.test(font.name)).length).toBeGreaterThan(0);
  });

  it('has its own page budget, with the same error', () => {
    expect(found(files.largeOverBudget)).toEqual([
      {
        ruleId: 'pdf-page-budget',
        severity: 'error',
        reason: expect.stringMatching(
          /^Unexpected large-print handout of \d pages, expected at most 1 \(`handout\.largePrint\.maxPages`, default 3 × `handout\.maxPages`\); shorten the article, move web-only detail into `:::only\{format="html"\}`, or raise `handout\.largePrint\.maxPages` in the frontmatter\. The PDF is written so you can see where it runs over$/,
        ),
      },
    ]);
  });
});

describe('layout that never strands text', () => {
  it('keeps a paragraph ending in ":" with its list: "Look for:" starts the second column', () => {
    const { lines, width } = bodyLines(output('stranded'));
    const look = lines.find((line) => line.text === 'Look for:')!;
    const first = lines.find((line) => line.text.startsWith('a fever'))!;
    expect({ page: look.page, column: look.xMin > width / 2 ? 2 : 1 }).toEqual({ page: 1, column: 2 });
    const secondColumn = lines.filter((line) => line.page === 1 && line.xMin > width / 2).sort((a, b) => a.yMin - b.yMin);
    expect(secondColumn[0].text).toBe('Look for:');
    expect(first.page).toBe(look.page);
    expect(Math.abs(first.xMin - look.xMin)).toBeLessThan(20);
    expect(first.yMin - look.yMin).toBeGreaterThan(0);
    expect(first.yMin - look.yMin).toBeLessThan(25);
  });

  it('refits a handout that would end with a page of only sources and disclaimer, so it ends a page earlier', () => {
    const before = bodyLines(unrefitted.justPast.data.outputs!.pdf);
    expect(before.pages).toBe(2);
    const lastPage = before.lines.filter((line) => line.page === 2).map((line) => line.text);
    expect(lastPage.some((text) => text.includes('Heat relaxes') || text.includes('muscles and'))).toBe(false);
    expect(lastPage.join(' ')).toContain('This information does not replace advice');
    const after = bodyLines(output('justPast'));
    expect(after.pages).toBe(1);
    expect(after.lines.map((line) => line.text)).toContain('This information does not replace advice from your own doctor or therapist.');
    expect(found(files.justPast)).toEqual([]);
  });

  it('leaves a handout alone when its last page holds enough of the article', () => {
    const { lines, pages } = bodyLines(output('long'));
    expect(pages).toBe(2);
    const page2 = lines.filter((line) => line.page === 2);
    expect(page2[0].text).toMatch(/Heat relaxes|muscles and brings/);
  });
});

describe('the care team’s notes', () => {
  it('prints the notes area with its blanks in the space left on the last page', () => {
    const texts = bodyLines(output('notesFit')).lines.map((line) => line.text);
    const start = texts.indexOf('Notes from your care team');
    expect(texts.slice(start)).toEqual(['Notes from your care team', 'Your next appointment:', 'Call us at ext.', 'Your exercises:']);
    expect(bodyLines(output('notesFit')).pages).toBe(1);
    expect(found(files.notesFit)).toEqual([]);
  });

  it('leaves the notes out, with an info message, when they would add a page', () => {
    const { lines, pages } = bodyLines(output('notesFull'));
    expect(pages).toBe(1);
    expect(lines.map((line) => line.text)).not.toContain('Notes from your care team');
    expect(found(files.notesFull).filter((message) => message.reason.includes('of the handout:'))).toEqual([
      {
        ruleId: 'pdf-notes-omitted',
        severity: 'info',
        reason:
          "The care team's notes area is left out of the handout: it does not fit in the space left on the last page, and notes never add a page; shorten the article or ask for fewer lines (`handout.notes`) to make room",
      },
    ]);
  });
});
