/**
 * PDF/UA-1: the checker (check-pdfua.ts) on every handout of a fixture that uses every
 * directive, a table, task lists, an image with a caption, a decorative image, links and a
 * footnote, in both editions and on both papers; what the checker finds in a PDF that breaks
 * the rules; and the PDF/UA parts read back with qpdf and poppler rather than pdf-lib.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../pipeline/build.ts';
import { severityOf } from '../pipeline/diagnostics/report-message.ts';
import { checkPdfUa } from '../pipeline/render/pdf/check-pdfua.ts';
import { catalog, pdfinfo, qpdfJson, structElements } from './helpers/pdf-tools.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const EPOCH = 1_790_000_000; // 2026-09-21T14:13:20Z

let outDir: string;
let result: BuildResult;
const handouts = ['every-part.pdf', 'every-part.large.pdf', 'every-part-a4.pdf', 'every-part-a4.large.pdf'];
const file = (name: string) => path.join(outDir, 'pdf', name);

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'pressroom-pdf-ua-'));
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(EPOCH);
  try {
    result = await build({ paths: ['tests/fixtures/pdf/editions'], cwd: root, outDir, formats: ['pdf'], date: '2026-11-25' });
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
  }
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** The XMP packet of a PDF, read by qpdf. */
function xmp(pdf: string): string {
  const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-stream-data=inline', '--json-key=qpdf', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as {
    qpdf: [unknown, Record<string, { stream?: { data?: string } }>];
  };
  const reference = String(catalog(qpdfJson(pdf))['/Metadata']);
  return Buffer.from(json.qpdf[1][`obj:${reference}`].stream!.data!, 'base64').toString('utf8');
}

describe('PDF/UA-1 handouts', () => {
  it('builds every edition on both papers without errors', () => {
    const errors = result.files.flatMap((article) => article.messages.filter((message) => severityOf(message) === 'error').map((message) => `${message.reason} (${message.ruleId})`));
    expect(errors).toEqual([]);
    expect(result.files.map((article) => Object.keys(article.data.outputs ?? {}).sort())).toEqual([
      ['pdf', 'pdf-large'],
      ['pdf', 'pdf-large'],
    ]);
    expect(pdfinfo(file('every-part-a4.pdf'))['Page size']).toBe('594.96 x 841.92 pts (A4)');
    expect(pdfinfo(file('every-part.large.pdf'))['Page size']).toBe('612 x 792 pts (letter)');
  });

  it.each(handouts)('%s passes every condition the checker knows', async (name) => {
    expect(await checkPdfUa(await readFile(file(name)))).toEqual([]);
  });

  it.each(handouts)('%s has XMP metadata with the PDF/UA identifier, title, language and the Info dates (read by qpdf)', (name) => {
    const info = pdfinfo(file(name));
    expect(info['Metadata Stream']).toBe('yes');
    expect(info.CreationDate).toBe('2026-09-21T14:13:20Z');
    const packet = xmp(file(name));
    expect(packet).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(packet).toContain(`<rdf:li xml:lang="x-default">${info.Title}</rdf:li>`);
    expect(packet).toContain('<dc:language><rdf:Bag><rdf:li>en-US</rdf:li></rdf:Bag></dc:language>');
    expect(packet).toContain('<dc:creator><rdf:Seq><rdf:li>Juniper Hill Physiotherapy</rdf:li></rdf:Seq></dc:creator>');
    expect(packet).toContain('<xmp:CreateDate>2026-09-21T14:13:20Z</xmp:CreateDate>');
    expect(packet).toContain('<xmp:ModifyDate>2026-09-21T14:13:20Z</xmp:ModifyDate>');
  });

  it('shows the title in the window, names the language, and orders tabs by structure', () => {
    const json = qpdfJson(file('every-part.pdf'));
    const root = catalog(json);
    const preferences = json.qpdf[1][`obj:${String(root['/ViewerPreferences'])}`]?.value ?? root['/ViewerPreferences'];
    expect(preferences).toMatchObject({ '/DisplayDocTitle': true });
    expect(root['/Lang']).toBe('u:en-US');
    const pages = Object.values(json.qpdf[1]).map((object) => object.value as Record<string, unknown> | undefined).filter((value) => value?.['/Type'] === '/Page');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page!['/Tabs']).toBe('/S');
  });

  it('has no NonStruct wrappers, wraps list item bodies in LBody, and role-maps the PDF 2.0 types', () => {
    const json = qpdfJson(file('every-part.pdf'));
    const types = structElements(json).map((element) => element.type);
    expect(types).not.toContain('/NonStruct');
    expect(types.filter((type) => type === '/LI').length).toBe(types.filter((type) => type === '/LBody').length);
    const treeRoot = json.qpdf[1][`obj:${String(catalog(json)['/StructTreeRoot'])}`].value as Record<string, unknown>;
    expect(treeRoot['/RoleMap']).toMatchObject({ '/Aside': '/Sect' });
  });

  it('gives every figure alternate text, the QR code its URL, and tags no figure for the decorative image', () => {
    const figures = structElements(qpdfJson(file('every-part.pdf'))).filter((element) => element.type === '/Figure');
    expect(figures.map((figure) => figure.alt)).toEqual([
      'Done',
      'Not done',
      'A person lying on their back, pulling one knee to the chest',
      'QR code: opens this handout online at https://juniperhill.example.org/guides/every-part.html',
    ]);
  });

  it('gives each link annotation its link text as Contents', () => {
    const json = qpdfJson(file('every-part.pdf'));
    const links = Object.values(json.qpdf[1])
      .map((object) => object.value as Record<string, unknown> | undefined)
      .filter((value) => value?.['/Subtype'] === '/Link')
      .map((value) => String(value!['/Contents']).replace(/^u:/, ''));
    expect(links).toEqual(expect.arrayContaining(['MedlinePlus on back pain', 'the front desk', '911']));
    expect(links.every((text) => text.length > 0)).toBe(true);
  });
});

describe('checkPdfUa', () => {
  it('lists what a PDF without tags, metadata or language lacks, and its unmarked text', async () => {
    const document = await PDFDocument.create();
    const page = document.addPage([200, 200]);
    page.drawText('Hello', { x: 20, y: 100, font: await document.embedFont(StandardFonts.Helvetica) });
    const failures = await checkPdfUa(await document.save());
    expect(failures.map((failure) => failure.condition)).toEqual(['7.1-tagged', '7.1-tagged', '06-001', '07-001/07-002', '11-006', '01-005', '31-embedded']);
    expect(failures.find((failure) => failure.condition === '01-005')?.message).toBe('Page 1 has 1 painting operations that are neither tagged nor marked as artifacts');
    expect(failures.find((failure) => failure.condition === '31-embedded')?.message).toBe('The font `Helvetica` is not embedded');
  });

  it('finds a figure without alternate text, a header cell without scope, an unmapped type, a skipped heading level and a bare list item', async () => {
    const document = await PDFDocument.create();
    document.addPage([200, 200]);
    const context = document.context;
    const element = (type: string, extra: Record<string, unknown> = {}) => context.register(context.obj({ Type: 'StructElem', S: type, ...extra }));
    const kids = [
      element('H1'),
      element('H3'),
      element('Figure'),
      element('Table', { K: [element('TR', { K: [element('TH'), element('P')] })] }),
      element('L', { K: [element('LI', { K: [element('P')] })] }),
      element('Banner'),
    ];
    const documentElement = element('Document', { K: kids });
    document.catalog.set(PDFName.of('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot', K: documentElement })));
    const failures = await checkPdfUa(await document.save());
    expect(failures.filter((failure) => !['7.1-tagged', '06-001', '07-001/07-002', '11-006'].includes(failure.condition))).toEqual([
      { condition: '14-003', message: 'Heading `H3` follows `H1`, skipping a level' },
      { condition: '13-004', message: 'A `Figure` has no alternate text' },
      { condition: '09-004', message: 'A table row holds P' },
      { condition: '15-003', message: 'A `TH` has no `Scope`' },
      { condition: '09-005', message: 'A list item holds P' },
      { condition: '02-001', message: 'The structure type `Banner` is neither standard nor role-mapped to a standard type' },
    ]);
  });
});
