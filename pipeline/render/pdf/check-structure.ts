/**
 * What makes a handout accessible, checked on the bytes that will be written: a structure
 * tree (tags), the Marked flag, an outline with at least one entry, and the document language.
 * Run after every post-processing step, since a rewrite can silently drop any of them.
 */
import { PDFBool, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';

/**
 * Find what is missing.
 *
 * @param pdf The PDF, bytes or already loaded.
 * @returns One plain sentence per missing part; empty when all is there.
 */
export async function checkStructure(pdf: Uint8Array | PDFDocument): Promise<string[]> {
  const document = pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf, { updateMetadata: false });
  const catalog = document.catalog;
  const missing: string[] = [];
  if (!(catalog.lookup(PDFName.of('StructTreeRoot')) instanceof PDFDict)) missing.push('no structure tree (the PDF is not tagged)');
  const markInfo = catalog.lookup(PDFName.of('MarkInfo'));
  if (!(markInfo instanceof PDFDict) || markInfo.lookup(PDFName.of('Marked')) !== PDFBool.True) missing.push('no MarkInfo /Marked true');
  const outlines = catalog.lookup(PDFName.of('Outlines'));
  if (!(outlines instanceof PDFDict) || !outlines.get(PDFName.of('First'))) missing.push('no outline (bookmarks)');
  const language = catalog.lookup(PDFName.of('Lang'));
  if (!(language instanceof PDFString || language instanceof PDFHexString) || language.decodeText() === '') missing.push('no document language');
  return missing;
}
