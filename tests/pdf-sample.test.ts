/**
 * Build the sample content's handouts through the real pipeline (check → PDF renderer), then
 * read the PDFs back with poppler-utils and qpdf.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../pipeline/build.ts';
import { WORK_NAME } from '../pipeline/build/work-folder.ts';
import { severityOf } from '../pipeline/diagnostics/report-message.ts';
import { checkPdfUa } from '../pipeline/render/pdf/check-pdfua.ts';
import { catalog, countColour, outlineTitles, pdffonts, pdfinfo, pdftotext, qpdfCheck, qpdfJson, renderPage, structElements } from './helpers/pdf-tools.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const EPOCH = 1_790_000_000; // 2026-09-21T14:13:20Z

let outDir: string;
let result: BuildResult;
let spasms: string;
let visit: string;

/** Build the sample's handouts; `force` renders them again even when the build cache says they are up to date. */
async function buildSample(force = false): Promise<BuildResult> {
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(EPOCH);
  try {
    return await build({ paths: ['content'], cwd: root, outDir, formats: ['pdf'], date: '2026-11-25', force });
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
  }
}

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'pressroom-pdf-sample-'));
  result = await buildSample();
  spasms = path.join(outDir, 'pdf', 'lower-back-spasms.pdf');
  visit = path.join(outDir, 'pdf', 'preparing-for-your-visit.pdf');
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the sample handouts', () => {
  it('builds without errors and records the outputs', () => {
    const errors = [...result.files, ...result.extra].flatMap((file) =>
      file.messages.filter((message) => severityOf(message) === 'error').map((message) => `${file.path}: ${message.reason} (${message.ruleId})`),
    );
    expect(errors).toEqual([]);
    const spanish = path.join(outDir, 'pdf', 'es', 'lower-back-spasms.pdf');
    const chinese = path.join(outDir, 'pdf', 'zh-hans', 'preparing-for-your-visit.pdf');
    expect(result.rendered.map((file) => file.data.outputs?.pdf)).toEqual([spanish, spasms, visit, chinese]);
  });

  it('stays within each page budget, on the configured paper', () => {
    expect(pdfinfo(spasms).Pages).toBe('2');
    expect(pdfinfo(visit).Pages).toBe('1');
    expect(pdfinfo(spasms)['Page size']).toBe('612 x 792 pts (letter)');
  });

  it('is tagged, with the document language and the title shown in the window', () => {
    const info = pdfinfo(spasms);
    expect(info.Tagged).toBe('yes');
    const json = qpdfJson(spasms);
    const documentCatalog = catalog(json);
    expect(documentCatalog['/Lang']).toBe('u:en-US');
    expect(documentCatalog['/StructTreeRoot']).toBeDefined();
    expect(documentCatalog['/MarkInfo']).toMatchObject({ '/Marked': true });
    expect(documentCatalog['/ViewerPreferences']).toMatchObject({ '/DisplayDocTitle': true });
    const types = structElements(json).map((element) => element.type);
    expect(types).toContain('/H1');
    expect(types.filter((type) => type === '/H2')).toHaveLength(5);
    expect(types).toContain('/L');
  });

  it('has an outline made from the headings, with each title once', () => {
    expect(outlineTitles(qpdfJson(spasms))).toEqual([
      'Lower back spasms that stop you from moving',
      '  Causes',
      '    Strains and sprains',
      '    Overuse',
      '    Spine problems',
      '    Poor posture',
      '    Stress and anxiety',
      '    Injuries',
      '    Dehydration',
      '  When to get emergency care',
      '    Cauda equina syndrome',
      '    Vertebral osteomyelitis',
      '    Abdominal aortic aneurysm (AAA)',
      '  What you can do',
      '  Prevention',
      '  Sources',
    ]);
  });

  it('carries the metadata, with dates from SOURCE_DATE_EPOCH', () => {
    const info = pdfinfo(spasms);
    expect(info.Title).toBe('Lower back spasms that stop you from moving');
    expect(info.Author).toBe('Harbor Point Physical Therapy');
    expect(info.Subject).toBe('What causes painful lower back spasms, which warning signs need emergency care, and how to ease and prevent spasms at home.');
    expect(info.Keywords).toBe('back pain, muscle spasm, self-care');
    expect(info.Creator).toBe('pressroom');
    expect(info.Producer).toMatch(/^pressroom with Skia\/PDF m\d+ and pdf-lib$/);
    expect(info.CreationDate).toBe('2026-09-21T14:13:20Z');
    expect(info.ModDate).toBe('2026-09-21T14:13:20Z');
  });

  it('embeds every font, all of them the bundled Atkinson Hyperlegible', () => {
    for (const file of [spasms, visit]) {
      const fonts = pdffonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
        expect(font.name).toMatch(/^[A-Z]{6}\+AtkinsonHyperlegible-/);
      }
    }
  });

  it('prints the emergency block, the running header and footer, and the contact details', () => {
    // Lines wrap where the layout puts them: compare with single spaces.
    const text = pdftotext(spasms).replace(/\s+/g, ' ');
    expect(text).toContain('Get emergency care');
    expect(text).toContain('Call 911 or go to the nearest emergency room.');
    expect(text).toContain('loss of bladder or bowel control');
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
    expect(text.match(/Harbor Point Physical Therapy/g)?.length).toBeGreaterThanOrEqual(3);
    expect(text.match(/In an emergency, call 911/g)).toHaveLength(2);
    expect(text.match(/Last reviewed October 14, 2026/g)).toHaveLength(2);
    expect(text).toContain('(207) 555-0142');
    expect(text).toContain('48 Lantern Wharf Road, Suite 2, Port Alden, ME 04999');
    expect(text).toMatch(/harborpoint\.example\.org\/ ?lower-back-spasms/);
  });

  it('has a QR code with alt text that says where it leads', () => {
    const figures = structElements(qpdfJson(spasms)).filter((element) => element.type === '/Figure');
    expect(figures).toContainEqual({ type: '/Figure', alt: 'QR code: opens this handout online at https://harborpoint.example.org/lower-back-spasms.html' });
    // A handout without a :::cta gets its own contact block, with the QR code.
    expect(pdftotext(visit)).toContain('Questions? Contact us');
    expect(structElements(qpdfJson(visit))).toContainEqual({ type: '/Figure', alt: 'QR code: opens this handout online at https://harborpoint.example.org/preparing-for-your-visit.html' });
  });

  it('passes the PDF/UA checker, in both editions', async () => {
    for (const file of [spasms, visit, spasms.replace(/\.pdf$/, '.large.pdf'), visit.replace(/\.pdf$/, '.large.pdf')]) {
      expect({ file: path.basename(file), failures: await checkPdfUa(await readFile(file)) }).toEqual({ file: path.basename(file), failures: [] });
    }
  });

  it('passes qpdf --check', () => {
    for (const file of [spasms, visit, spasms.replace(/\.pdf$/, '.large.pdf')]) {
      const check = qpdfCheck(file);
      expect(check.status, check.output).toBe(0);
      expect(check.output).toContain('No syntax or stream encoding errors found');
      expect(check.output).not.toMatch(/WARNING/i);
    }
  });

  it('shows the emergency block in red on the page, and the header on every page', () => {
    const first = renderPage(spasms, 1, path.join(outDir, 'spasms-page-1'));
    const second = renderPage(spasms, 2, path.join(outDir, 'spasms-page-2'));
    const red: [number, number, number] = [0xb3, 0x00, 0x1b];
    // The frame of the emergency block: thousands of red pixels at 60 dpi.
    expect(countColour(first.pixels, red)).toBeGreaterThan(1500);
    // The red "In an emergency, call 911" of the running header sits in the top margin of both pages.
    for (const page of [first, second]) expect(countColour(page.pixels, red, 40, { top: 0, bottom: 0.05 })).toBeGreaterThan(20);
  });

  it('prints the same bytes again, so a forced rebuild writes nothing (reproducible)', async () => {
    const before = await Promise.all([stat(spasms), stat(visit)]);
    const again = await buildSample(true);
    expect(again.upToDate).toEqual([]);
    expect(again.rendered.every((file) => file.messages.every((message) => severityOf(message) !== 'error'))).toBe(true);
    const after = await Promise.all([stat(spasms), stat(visit)]);
    expect(after.map((info) => info.mtimeMs)).toEqual(before.map((info) => info.mtimeMs));
  });

  it('leaves no page files behind in the output: no print pages in pdf/, no work folder', async () => {
    // Only handouts, and the folders of the translations' handouts (pdf/es/, pdf/zh-hans/).
    const names = await readdir(path.join(outDir, 'pdf'), { recursive: true });
    expect(names.filter((name) => !name.endsWith('.pdf')).sort()).toEqual(['es', 'zh-hans']);
    await expect(stat(path.join(outDir, WORK_NAME))).rejects.toThrow();
  });

  it('prints the Chinese translation with embedded Noto Sans SC, the running header included (no Type 3 glyphs)', () => {
    const chinese = path.join(outDir, 'pdf', 'zh-hans', 'preparing-for-your-visit.pdf');
    const fonts = pdffonts(chinese);
    for (const font of fonts) expect(font, font.name).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
    expect(fonts.some((font) => font.name.includes('NotoSansSC'))).toBe(true);
    const text = pdftotext(chinese).replace(/\s+/g, '');
    for (const words of ['如遇紧急情况，请拨打911', '第一次物理治疗就诊前的准备', '患者须知', '第1页，共1页']) expect(text).toContain(words);
  });
});
