/**
 * The one instant an e-book is stamped with (`dcterms:modified` and every zip entry), taken from
 * the inputs and never from the build clock, so two builds of the same inputs are byte-identical.
 */

export interface BookDates {
  /** `dcterms:modified`: `CCYY-MM-DDThh:mm:ssZ`. */
  modified: string;
  /** Date of the zip entries (zip dates start in 1980). */
  zipDate: Date;
}

const ZIP_EPOCH = Date.UTC(1980, 0, 1);

/**
 * Pick the book's instant: SOURCE_DATE_EPOCH when set, else the book's `date`, else the latest
 * review date of its chapters (every article has one).
 *
 * @param sourceDateEpoch Seconds since the epoch, from SOURCE_DATE_EPOCH.
 * @param bookDate The book's `date` (YYYY-MM-DD).
 * @param reviewDates `reviewed.on` of each chapter (YYYY-MM-DD).
 * @returns The dates to write.
 */
export function bookDates(sourceDateEpoch: number | undefined, bookDate: string | undefined, reviewDates: readonly string[]): BookDates {
  let time: number;
  if (sourceDateEpoch !== undefined && Number.isFinite(sourceDateEpoch)) time = Math.trunc(sourceDateEpoch) * 1000;
  else if (bookDate) time = Date.parse(`${bookDate}T00:00:00Z`);
  else time = Math.max(...reviewDates.map((date) => Date.parse(`${date}T00:00:00Z`)), ZIP_EPOCH);
  const modified = new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { modified, zipDate: new Date(Math.max(time, ZIP_EPOCH)) };
}
