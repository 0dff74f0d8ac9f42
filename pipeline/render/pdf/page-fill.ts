/**
 * How full a handout's last page is, read from the tagged PDF: which top-level parts of the page
 * (the article body, the contact block, sources and disclaimer, the notes area) have content on
 * it, and how tall the article body's share is. Chromium prints without running any script on
 * the page, so the layout is known only from the PDF: the marked-content ids of the page lead,
 * through the parent tree, to structure elements, and a small interpreter of the content stream
 * (graphics state, text matrix) gives each painting operation its height on the page.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFPage } from 'pdf-lib';
import { pageOperations } from './mark-artifacts.ts';
import { kidsOf, nameOf, walkElements } from './repair-tags.ts';

/** One top-level part of the page with content on the last page. */
interface PartOnPage {
  /** Position among the parts: 0 is the article (`Art`), then contact block, end matter, notes. */
  index: number;
  /** Whether this part is the article body. */
  body: boolean;
  /** Highest and lowest painted point, in points from the top of the page. */
  top: number;
  bottom: number;
}

export interface LastPageFill {
  pages: number;
  /** Height of the last page, in points. */
  pageHeight: number;
  /** How many top-level parts the page has (the notes area, when printed, is the last). */
  partCount: number;
  /** The parts with content on the last page, in order. */
  parts: PartOnPage[];
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const SHOW = new Set(['Tj', 'TJ', "'", '"']);
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);

/**
 * Measure the last page of a handout.
 *
 * @param pdf The PDF (tagged, as Chromium prints it), bytes or loaded (it is only read).
 * @returns The fill of the last page.
 */
export async function lastPageFill(pdf: Uint8Array | PDFDocument): Promise<LastPageFill> {
  const document = pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = document.getPages();
  const page = pages[pages.length - 1];
  const pageHeight = page.getHeight();
  const { partOf, partCount } = topLevelParts(document);
  const owners = mcidOwners(document, page);
  const extents = new Map<number, { top: number; bottom: number }>();
  for (const { mcid, top, bottom } of paintedHeights(page, pageHeight)) {
    const owner = owners.get(mcid);
    const part = owner ? partOf.get(owner) : undefined;
    if (part === undefined) continue;
    const extent = extents.get(part);
    if (extent) {
      extent.top = Math.min(extent.top, top);
      extent.bottom = Math.max(extent.bottom, bottom);
    } else extents.set(part, { top, bottom });
  }
  const parts = [...extents].sort(([a], [b]) => a - b).map(([index, extent]) => ({ index, body: index === 0, ...extent }));
  return { pages: pages.length, pageHeight, partCount, parts };
}

/** Every structure element, mapped to the index of the top-level part (a kid of the article's parent) it is in. */
function topLevelParts(document: PDFDocument): { partOf: Map<PDFDict, number>; partCount: number } {
  const partOf = new Map<PDFDict, number>();
  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(root instanceof PDFDict)) return { partOf, partCount: 0 };
  let article: PDFDict | undefined;
  walkElements(root, (element) => {
    if (!article && nameOf(element.lookup(PDFName.of('S'))) === 'Art') article = element;
  });
  const container = article?.lookup(PDFName.of('P'));
  if (!(container instanceof PDFDict)) return { partOf, partCount: 0 };
  const parts = kidsOf(container);
  parts.forEach((part, index) => {
    partOf.set(part, index);
    walkElements(part, (element) => partOf.set(element, index));
  });
  return { partOf, partCount: parts.length };
}

/** Marked-content id → the structure element that owns it, from the parent tree. */
function mcidOwners(document: PDFDocument, page: PDFPage): Map<number, PDFDict> {
  const owners = new Map<number, PDFDict>();
  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'));
  const key = page.node.lookup(PDFName.of('StructParents'));
  if (!(root instanceof PDFDict) || !(key instanceof PDFNumber)) return owners;
  const entry = numberTreeGet(root.lookup(PDFName.of('ParentTree')), key.asNumber());
  if (!(entry instanceof PDFArray)) return owners;
  entry.asArray().forEach((item, mcid) => {
    const element = item instanceof PDFRef ? document.context.lookup(item) : item;
    if (element instanceof PDFDict) owners.set(mcid, element);
  });
  return owners;
}

function numberTreeGet(node: unknown, key: number): unknown {
  if (!(node instanceof PDFDict)) return undefined;
  const nums = node.lookup(PDFName.of('Nums'));
  if (nums instanceof PDFArray) {
    for (let index = 0; index + 1 < nums.size(); index += 2) {
      const found = nums.lookup(index);
      if (found instanceof PDFNumber && found.asNumber() === key) return nums.lookup(index + 1);
    }
  }
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) {
    for (let index = 0; index < kids.size(); index += 1) {
      const value = numberTreeGet(kids.lookup(index), key);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** Each painting operation inside tagged content, with its marked-content id and height on the page. */
function* paintedHeights(page: PDFPage, pageHeight: number): Generator<{ mcid: number; top: number; bottom: number }> {
  const operations = pageOperations(page) ?? [];
  let ctm: Matrix = IDENTITY;
  const saved: Matrix[] = [];
  let textMatrix: Matrix = IDENTITY;
  let lineMatrix: Matrix = IDENTITY;
  let fontSize = 0;
  let leading = 0;
  let path: Array<[number, number]> = [];
  const marks: Array<number | undefined> = [];
  const current = () => [...marks].reverse().find((mark) => mark !== undefined);
  const fromTop = (x: number, y: number, m: Matrix) => pageHeight - (m[1] * x + m[3] * y + m[5]);
  for (const { operator, operands } of operations) {
    const numbers = operands.split(/\s+/).map(Number);
    switch (operator) {
      case 'q':
        saved.push(ctm);
        break;
      case 'Q':
        ctm = saved.pop() ?? IDENTITY;
        break;
      case 'cm':
        ctm = multiply(numbers.slice(-6) as Matrix, ctm);
        break;
      case 'BT':
        textMatrix = lineMatrix = IDENTITY;
        break;
      case 'Tf':
        fontSize = numbers.at(-1) ?? 0;
        break;
      case 'TL':
        leading = numbers[0];
        break;
      case 'Tm':
        textMatrix = lineMatrix = numbers.slice(-6) as Matrix;
        break;
      case 'Td':
      case 'TD':
        if (operator === 'TD') leading = -numbers[1];
        textMatrix = lineMatrix = multiply([1, 0, 0, 1, numbers[0], numbers[1]], lineMatrix);
        break;
      case 'T*':
        textMatrix = lineMatrix = multiply([1, 0, 0, 1, 0, -leading], lineMatrix);
        break;
      case 'BDC': {
        const mcid = /\/MCID\s+(\d+)/.exec(operands);
        marks.push(mcid ? Number(mcid[1]) : undefined);
        break;
      }
      case 'BMC':
        marks.push(undefined);
        break;
      case 'EMC':
        marks.pop();
        break;
      case 're': {
        const [x, y, w, h] = numbers.slice(-4);
        path.push([x, y], [x + w, y + h]);
        break;
      }
      case 'm':
      case 'l':
        path.push([numbers.at(-2)!, numbers.at(-1)!]);
        break;
      case 'n':
        path = [];
        break;
      default:
        if (SHOW.has(operator) || PAINT.has(operator) || operator === 'Do') {
          const mcid = current();
          if (mcid !== undefined) {
            let heights: number[];
            if (SHOW.has(operator)) {
              const m = multiply(textMatrix, ctm);
              const baseline = fromTop(0, 0, m);
              heights = [baseline, fromTop(0, fontSize, m)];
              if (operator === "'" || operator === '"') heights = heights.map((value) => value + leading);
            } else if (operator === 'Do') heights = [fromTop(0, 0, ctm), fromTop(0, 1, ctm)];
            else heights = path.map(([x, y]) => fromTop(x, y, ctm));
            if (heights.length > 0) yield { mcid, top: Math.min(...heights), bottom: Math.max(...heights) };
          }
          if (PAINT.has(operator)) path = [];
        }
    }
  }
}

/** a × b for PDF matrices [a b c d e f]. */
function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}
