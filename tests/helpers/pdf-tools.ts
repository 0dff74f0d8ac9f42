/**
 * Test helpers: read a PDF back with the real tools (poppler-utils, qpdf), never with the
 * library that wrote it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `pdfinfo -isodates` as key → value.
 *
 * @param file PDF path.
 * @returns Fields such as `Pages`, `Tagged`, `Title`, `CreationDate`.
 */
export function pdfinfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((line) => line.includes(':')).map((line) => {
    const index = line.indexOf(':');
    return [line.slice(0, index).trim(), line.slice(index + 1).trim()];
  }));
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/**
 * The fonts of a PDF, from `pdffonts`.
 *
 * @param file PDF path.
 * @returns One row per font.
 */
export function pdffonts(file: string): FontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trimEnd().split('\n').slice(2);
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object, generation
    const match = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line);
    if (!match) throw new Error(`Unexpected pdffonts line: ${line}`);
    return { name: match[1], type: match[2], embedded: match[4] === 'yes', subset: match[5] === 'yes', unicode: match[6] === 'yes' };
  });
}

/**
 * The text of a PDF, from `pdftotext`.
 *
 * @param file PDF path.
 * @returns Text in reading order.
 */
export function pdftotext(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

/**
 * Run `qpdf --check`.
 *
 * @param file PDF path.
 * @returns Exit status and everything printed.
 */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

interface QpdfJson {
  outlines: OutlineItem[];
  qpdf: [Record<string, unknown>, Record<string, { value?: unknown; stream?: { dict: unknown } }>];
}

interface OutlineItem {
  title: string;
  kids: OutlineItem[];
}

/**
 * `qpdf --json` of a PDF.
 *
 * @param file PDF path.
 * @returns The parsed JSON (version 2).
 */
export function qpdfJson(file: string): QpdfJson {
  return JSON.parse(execFileSync('qpdf', ['--json=2', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as QpdfJson;
}

/**
 * Bookmark titles, depth-first, indented by two spaces per level.
 *
 * @param json From `qpdfJson`.
 * @returns Lines such as `  Causes`.
 */
export function outlineTitles(json: QpdfJson): string[] {
  const lines: string[] = [];
  const walk = (items: OutlineItem[], depth: number) => {
    for (const item of items) {
      lines.push(`${'  '.repeat(depth)}${item.title}`);
      walk(item.kids, depth + 1);
    }
  };
  walk(json.outlines, 0);
  return lines;
}

/**
 * The document catalog (`/Root`).
 *
 * @param json From `qpdfJson`.
 * @returns Its dictionary, with qpdf's `u:` prefixes on strings.
 */
export function catalog(json: QpdfJson): Record<string, unknown> {
  const objects = json.qpdf[1];
  const trailer = objects.trailer.value as Record<string, string>;
  return objects[`obj:${trailer['/Root']}`].value as Record<string, unknown>;
}

/**
 * Structure elements of the tagged PDF.
 *
 * @param json From `qpdfJson`.
 * @returns Each element's type (`/H1`, `/Figure`…) and alt text.
 */
export function structElements(json: QpdfJson): Array<{ type: string; alt?: string }> {
  const found: Array<{ type: string; alt?: string }> = [];
  for (const object of Object.values(json.qpdf[1])) {
    const value = object.value as Record<string, unknown> | undefined;
    if (!value || typeof value !== 'object' || typeof value['/S'] !== 'string' || !('/P' in value)) continue;
    found.push({ type: value['/S'], alt: typeof value['/Alt'] === 'string' ? value['/Alt'].replace(/^u:/, '') : undefined });
  }
  return found;
}

/**
 * Render one page to PNG with `pdftoppm` (for people to look at) and to PPM (for tests to read).
 *
 * @param file PDF path.
 * @param page 1-based page number.
 * @param outputBase Path without extension for the images.
 * @param dpi Resolution.
 * @returns Path of the PNG and the page's pixels.
 */
export function renderPage(file: string, page: number, outputBase: string, dpi = 60): { png: string; pixels: Pixels } {
  const args = ['-f', String(page), '-l', String(page), '-r', String(dpi), '-singlefile'];
  execFileSync('pdftoppm', [...args, '-png', file, outputBase]);
  execFileSync('pdftoppm', [...args, file, outputBase]);
  return { png: `${outputBase}.png`, pixels: readPpm(`${outputBase}.ppm`) };
}

export interface Pixels {
  width: number;
  height: number;
  /** RGB bytes, row by row. */
  data: Buffer;
}

/** Read a binary PPM (P6, maxval 255), as pdftoppm writes it. */
function readPpm(file: string): Pixels {
  const bytes = readFileSync(file);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${path.basename(file)} is not a binary PPM`);
  return { width: Number(header[1]), height: Number(header[2]), data: bytes.subarray(header[0].length) };
}

/**
 * Count pixels close to a colour.
 *
 * @param pixels Page pixels.
 * @param rgb Target colour.
 * @param tolerance Largest difference per channel.
 * @param region Optional part of the page, as fractions of width and height.
 * @returns Number of matching pixels.
 */
export function countColour(pixels: Pixels, rgb: [number, number, number], tolerance = 40, region = { top: 0, bottom: 1 }): number {
  let count = 0;
  const first = Math.floor(pixels.height * region.top);
  const last = Math.ceil(pixels.height * region.bottom);
  for (let y = first; y < last; y += 1) {
    for (let x = 0; x < pixels.width; x += 1) {
      const index = (y * pixels.width + x) * 3;
      if (
        Math.abs(pixels.data[index] - rgb[0]) <= tolerance &&
        Math.abs(pixels.data[index + 1] - rgb[1]) <= tolerance &&
        Math.abs(pixels.data[index + 2] - rgb[2]) <= tolerance
      ) {
        count += 1;
      }
    }
  }
  return count;
}

/** A line of text with its box, in points from the top left of its page. */
export interface TextLine {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  /** Height of the tallest word box: about the font size × 1.2 for Atkinson Hyperlegible. */
  height: number;
  text: string;
}

/**
 * The lines of a PDF with their boxes, from `pdftotext -bbox-layout`.
 *
 * @param file PDF path.
 * @returns Lines in reading order, page by page, and each page's size.
 */
export function pdfLines(file: string): { pages: Array<{ width: number; height: number }>; lines: TextLine[] } {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: Array<{ width: number; height: number }> = [];
  const lines: TextLine[] = [];
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const page of xml.split('<page ').slice(1)) {
    const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    pages.push({ width: Number(size[1]), height: Number(size[2]) });
    for (const line of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...line[5].matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)];
      lines.push({
        page: pages.length,
        xMin: Number(line[1]),
        yMin: Number(line[2]),
        xMax: Number(line[3]),
        yMax: Number(line[4]),
        height: Math.max(...words.map((word) => Number(word[2]) - Number(word[1]))),
        text: decode(words.map((word) => word[3]).join(' ')),
      });
    }
  }
  return { pages, lines };
}
