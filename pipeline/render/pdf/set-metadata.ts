/**
 * The metadata post-pass: document properties and reproducible dates, written with pdf-lib.
 * `updateMetadata: false` keeps pdf-lib from stamping its own Producer and the current time;
 * pdf-lib rewrites the file but keeps Chromium's structure tree and outline (checked after
 * this pass by `checkStructure`). The outline itself is Chromium's: adding one with pdf-lib
 * is reported to strip the tags.
 */
import { PDFDocument } from 'pdf-lib';

export interface HandoutMetadata {
  title: string;
  /** The clinic. */
  author: string;
  /** The article's summary. */
  subject: string;
  /** The article's tags. */
  keywords: string[];
  /** BCP 47 tag of the document language. */
  language: string;
  /** The application that made the document. */
  creator: string;
  /** Date for CreationDate and ModDate (from SOURCE_DATE_EPOCH); Chromium's dates stay when undefined. */
  date?: Date;
}

/**
 * Load a PDF for post-processing without letting pdf-lib touch its metadata.
 *
 * @param pdf The PDF bytes.
 * @returns The document.
 */
export async function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(pdf, { updateMetadata: false });
}

/**
 * Set the properties of a PDF.
 *
 * @param document The PDF from Chromium, loaded with `loadPdf`.
 * @param metadata What to set.
 */
export function setMetadata(document: PDFDocument, metadata: HandoutMetadata): void {
  const printer = document.getProducer();
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  // pdf-lib joins keywords with spaces, which would split a tag such as "back pain" in two.
  if (metadata.keywords.length > 0) document.setKeywords([metadata.keywords.join(', ')]);
  document.setLanguage(metadata.language);
  document.setCreator(metadata.creator);
  document.setProducer(printer ? `${metadata.creator} with ${printer} and pdf-lib` : `${metadata.creator} with pdf-lib`);
  if (metadata.date) {
    document.setCreationDate(metadata.date);
    document.setModificationDate(metadata.date);
  }
}
