/**
 * Repair Chromium's outline titles. In multi-column print layout, a heading that
 * `break-after: avoid` pushes to the next page or column is laid out twice, and Chromium 156
 * writes its bookmark title twice ("Cauda equina syndromeCauda equina syndrome"); the
 * structure tree and the text are right. Only a title that is a known heading repeated is
 * changed, and the outline itself stays Chromium's (adding one with pdf-lib strips the tags).
 */
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * Fix doubled bookmark titles in place.
 *
 * @param document The loaded PDF.
 * @param headings Texts of the page's headings.
 * @returns How many titles were repaired.
 */
export function repairOutline(document: PDFDocument, headings: readonly string[]): number {
  const known = new Set(headings.map(normalize));
  const outlines = document.catalog.lookup(PDFName.of('Outlines'));
  if (!(outlines instanceof PDFDict)) return 0;
  let repaired = 0;
  const seen = new Set<PDFDict>();
  const walk = (first: unknown): void => {
    for (let item = first; item instanceof PDFDict && !seen.has(item); item = item.lookup(PDFName.of('Next'))) {
      seen.add(item);
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) {
        const fixed = collapse(normalize(title.decodeText()), known);
        if (fixed !== undefined) {
          item.set(PDFName.of('Title'), PDFHexString.fromText(fixed));
          repaired += 1;
        }
      }
      walk(item.lookup(PDFName.of('First')));
    }
  };
  walk(outlines.lookup(PDFName.of('First')));
  return repaired;
}

/** The heading a title repeats, when it is one repeated two or more times. */
function collapse(title: string, known: Set<string>): string | undefined {
  if (known.has(title)) return undefined;
  for (const heading of known) {
    if (heading.length === 0 || title.length % heading.length !== 0 || title.length === heading.length) continue;
    if (heading.repeat(title.length / heading.length) === title) return heading;
  }
  return undefined;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
