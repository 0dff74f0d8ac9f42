/**
 * Handout layout from the config and frontmatter: the page budget with the real page count,
 * the paper (and its per-article override), the logo in the running header, and the words
 * of the page furniture in the article's language.
 */
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { renderWith } from './helpers/build-context.ts';
import { pdfRenderer } from '../pipeline/render/pdf.ts';
import { severityOf } from '../pipeline/diagnostics/report-message.ts';
import type { ConfigInput } from '../pipeline/config/schema.ts';
import { frontmatter, testConfig } from './helpers/lint-markdown.ts';
import { countColour, pdfinfo, pdftotext, renderPage } from './helpers/pdf-tools.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'pdf');
const clinic = { name: 'Test Clinic', phone: '+1 555-0100', url: 'https://clinic.example.org/', address: '1 Test Street, Testville' };

let work: string;
let contentDir: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'pressroom-pdf-layout-'));
  contentDir = path.join(work, 'content');
  await mkdir(contentDir);
  await copyFile(path.join(fixtures, 'logo.svg'), path.join(contentDir, 'logo.svg'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Render in-memory articles (name → Markdown) with a config; returns the files and the output folder. */
async function render(articles: Record<string, string>, input: Partial<ConfigInput> = {}) {
  const config = testConfig({ clinic, ...input }, contentDir);
  const files = Object.entries(articles).map(([name, value]) => new VFile({ path: path.join(contentDir, `${name}.md`), value, cwd: contentDir }));
  await parseArticles(files);
  await validateArticles(files, config);
  const outDir = path.join(work, `out-${Object.keys(articles).join('-')}`);
  const extra = await renderWith(pdfRenderer, files, { config, outDir, cwd: work });
  return { files, outDir, extra };
}

function found(file: VFile) {
  return file.messages.map((message) => ({ ruleId: message.ruleId, severity: severityOf(message), reason: message.reason }));
}

const paragraph = 'Heat relaxes tight muscles and brings more blood to the sore area, which helps a spasm let go. '.repeat(6);

describe('handout layout', () => {
  it('reports a handout over its page budget with the real page count, and still writes it', async () => {
    const body = Array.from({ length: 14 }, (_, index) => `## Part ${index + 1}\n\n${paragraph}\n\n${paragraph}\n`).join('\n');
    const { files, outDir } = await render({ long: `${frontmatter({ handout: { maxPages: 1 } })}${body}` });
    const pdf = path.join(outDir, 'pdf', 'long.pdf');
    const pages = Number(pdfinfo(pdf).Pages);
    expect(pages).toBeGreaterThan(1);
    expect(found(files[0])).toEqual([
      {
        ruleId: 'pdf-page-budget',
        severity: 'error',
        reason: `Unexpected handout of ${pages} pages, expected at most 1 (\`handout.maxPages\`); shorten the article, move web-only detail into \`:::only{format="html"}\`, or raise \`handout.maxPages\` in the frontmatter. The PDF is written so you can see where it runs over`,
      },
      {
        ruleId: 'pdf-page-budget',
        severity: 'error',
        reason: `Unexpected large-print handout of ${pdfinfo(path.join(outDir, 'pdf', 'long.large.pdf')).Pages} pages, expected at most 3 (\`handout.largePrint.maxPages\`, default 3 × \`handout.maxPages\`); shorten the article, move web-only detail into \`:::only{format="html"}\`, or raise \`handout.largePrint.maxPages\` in the frontmatter. The PDF is written so you can see where it runs over`,
      },
    ]);
    expect(pdftotext(pdf)).toContain(`Page ${pages} of ${pages}`);
  });

  it('prints on the configured paper, and on the article’s own paper when it sets one', async () => {
    const { files, outDir } = await render(
      {
        letter: `${frontmatter()}## Section\n\nText.\n`,
        a4: `${frontmatter({ handout: { paper: 'a4' } })}## Section\n\nText.\n`,
      },
      { defaults: { language: 'en', paper: 'letter' } },
    );
    for (const file of files) expect(found(file)).toEqual([]);
    expect(pdfinfo(path.join(outDir, 'pdf', 'letter.pdf'))['Page size']).toBe('612 x 792 pts (letter)');
    expect(pdfinfo(path.join(outDir, 'pdf', 'a4.pdf'))['Page size']).toMatch(/ pts \(A4\)$/);
  });

  it('shows the configured logo in the running header', async () => {
    const { files, outDir } = await render({ logo: `${frontmatter()}## Section\n\nText.\n` }, { clinic: { ...clinic, logo: 'logo.svg' } });
    expect(found(files[0])).toEqual([]);
    const { pixels } = renderPage(path.join(outDir, 'pdf', 'logo.pdf'), 1, path.join(outDir, 'logo-page-1'));
    // The purple disc of the logo, in the top margin only.
    expect(countColour(pixels, [0x7a, 0x2e, 0x8c], 30, { top: 0, bottom: 0.06 })).toBeGreaterThan(50);
    expect(countColour(pixels, [0x7a, 0x2e, 0x8c], 30, { top: 0.06, bottom: 1 })).toBe(0);
  });

  it('reports a logo that cannot be read once, and prints the handouts without it', async () => {
    const { files, outDir, extra } = await render({ nologo: `${frontmatter()}## Section\n\nText.\n` }, { clinic: { ...clinic, logo: 'missing.png' } });
    expect(extra && found(extra[0])).toEqual([expect.objectContaining({ ruleId: 'pdf-logo', severity: 'error', reason: expect.stringContaining('Cannot read the logo') })]);
    expect(found(files[0])).toEqual([]);
    await expect(stat(path.join(outDir, 'pdf', 'nologo.pdf'))).resolves.toBeDefined();
  });

  it('reports a handout it cannot write on its article, and writes the others', async () => {
    const outDir = path.join(work, 'out-blocked-blocked-ok');
    // A folder where the PDF should go: the atomic rename onto it fails.
    await mkdir(path.join(outDir, 'pdf', 'blocked.pdf', 'inside'), { recursive: true });
    const config = testConfig({ clinic }, contentDir);
    const files = ['blocked', 'ok'].map((name) => new VFile({ path: path.join(contentDir, `${name}.md`), value: `${frontmatter()}## Section\n\nText.\n`, cwd: contentDir }));
    await parseArticles(files);
    await validateArticles(files, config);
    await renderWith(pdfRenderer, files, { config, outDir, cwd: work });
    expect(found(files[0])).toEqual([expect.objectContaining({ ruleId: 'pdf-write', severity: 'error', reason: expect.stringContaining('check that the output folder is writable') })]);
    expect(found(files[1])).toEqual([]);
    await expect(stat(path.join(outDir, 'pdf', 'ok.pdf'))).resolves.toBeDefined();
  });

  it('writes the header, footer and contact block in the article’s language', async () => {
    const { files, outDir } = await render({ espanol: `${frontmatter({ title: 'Espasmos de espalda', language: 'es' })}## Causas\n\nTexto.\n` });
    expect(found(files[0])).toEqual([]);
    const text = pdftotext(path.join(outDir, 'pdf', 'es', 'espanol.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('Página 1 de 1');
    expect(text).toContain('En una emergencia, llame al 911');
    expect(text).toContain('¿Preguntas? Comuníquese con nosotros');
    expect(text).toContain('Última revisión 1 de junio de 2026');
    expect(pdfinfo(path.join(outDir, 'pdf', 'es', 'espanol.pdf')).Tagged).toBe('yes');
  });
});

/** Top and bottom, in points from the top of the page, of the first word of the PDF's text that equals `word`. */
function wordBox(pdf: string, word: string): { top: number; bottom: number } {
  const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const match = new RegExp(`<word xMin="[\\d.]+" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${word}</word>`).exec(bbox);
  if (!match) throw new Error(`No word ${word} in ${pdf}`);
  return { top: Number(match[1]), bottom: Number(match[2]) };
}

/** Height in points of a word (see `wordBox`). */
function wordHeight(pdf: string, word: string): number {
  const { top, bottom } = wordBox(pdf, word);
  return bottom - top;
}

describe('handout regressions', () => {
  it('HandoutLongLinesClipped: wraps a long code line and a long URL instead of clipping them or shrinking the page', async () => {
    const code = `${'take one tablet with water, '.repeat(5)}CODE-LINE-END`;
    const { files, outDir } = await render({
      plain: `${frontmatter({ title: 'Medicines' })}## Doses

Short words.
`,
      wide: `${frontmatter({ title: 'Medicines' })}## Doses

See https://pharmacy.example.org/a/very/long/path/that/has/no/place/to/break/URL-END now.

\`\`\`
${code}
\`\`\`
`,
    });
    for (const file of files) expect(found(file)).toEqual([]);
    const text = pdftotext(path.join(outDir, 'pdf', 'wide.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('CODE-LINE-END');
    expect(text).toContain('URL-END');
    // Chromium shrinks the whole page when anything is wider than it: the title keeps its size.
    expect(wordHeight(path.join(outDir, 'pdf', 'wide.pdf'), 'Medicines')).toBeCloseTo(wordHeight(path.join(outDir, 'pdf', 'plain.pdf'), 'Medicines'), 1);
  });

  it('HandoutTallImageRunsOff: fits a tall image into a column instead of running it over pages and the contact block', async () => {
    await writeFile(path.join(contentDir, 'tall.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="3000"><rect width="300" height="3000" fill="#9cf"/></svg>');
    const { files, outDir } = await render({ tall: `${frontmatter()}## Chart

![A tall chart of the exercises](tall.svg)

After the chart.
` });
    expect(found(files[0])).toEqual([]);
    expect(pdfinfo(path.join(outDir, 'pdf', 'tall.pdf')).Pages).toBe('1');
  });

  it('HandoutTaskBoxesInvisible: draws task-list boxes, filled when done', async () => {
    const { files, outDir } = await render({
      done: `${frontmatter()}## Steps

- [x] Bring your insurance card
`,
      open: `${frontmatter()}## Steps

- [ ] Bring your insurance card
`,
    });
    for (const file of files) expect(found(file)).toEqual([]);
    // Ink on the line of the item only (the QR codes of the two handouts differ).
    const ink = (name: string) => {
      const pdf = path.join(outDir, 'pdf', `${name}.pdf`);
      const line = wordBox(pdf, 'insurance');
      const height = 792;
      return countColour(renderPage(pdf, 1, path.join(outDir, `${name}-page-1`), 100).pixels, [0x1b, 0x1b, 0x1b], 60, { top: (line.top - 3) / height, bottom: (line.bottom + 3) / height });
    };
    // The same words; only the box differs: a filled box is a block of ink the empty one lacks.
    expect(ink('done') - ink('open')).toBeGreaterThan(30);
  });
});
