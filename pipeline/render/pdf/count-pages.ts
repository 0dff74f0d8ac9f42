/**
 * The real page count of a handout, for the page budget.
 */
import { PDFDocument } from 'pdf-lib';

/**
 * Count the pages of a PDF.
 *
 * @param pdf The PDF bytes.
 * @returns Number of pages.
 */
export async function countPages(pdf: Uint8Array): Promise<number> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  return document.getPageCount();
}
