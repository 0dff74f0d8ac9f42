/**
 * The editions of a handout, in one table: the regular two-column handout and the large-print
 * edition (American Printing House guidance: 18 pt sans-serif, one column, bold headings, no
 * italics, high contrast, wide margins). Each article gets every edition; the formats registry
 * can lift this table as it is.
 */

export interface HandoutVariant {
  id: 'regular' | 'large';
  /** Added to the slug for the file name: `<slug><suffix>.pdf`. */
  suffix: string;
  /** Key in `file.data.outputs`, so the web page can link to this edition. */
  outputKey: string;
  /** Class on the page's `<html>`; templates/handout.css styles each edition by it. */
  className: string;
  /** Page margins in millimetres: top, right, bottom, left. */
  margins: readonly [number, number, number, number];
  /** Size of the running header and footer, in points. */
  furnitureSize: number;
  /** Share of the header's width (per cent) for the clinic's name; the emergency line gets the rest, unwrapped. */
  headerNameWidth: number;
  /** Whether the `:::emergency` blocks move to the top, right after the title. */
  emergencyFirst: boolean;
  /** Whether lists of short items may run in two columns. */
  listColumns: boolean;
  /** Name of the edition in messages. */
  label: string;
  /** The frontmatter key that sets this edition's budget, for messages. */
  budgetKey: string;
  /** How the budget defaults, for messages ('' when the key has its own default). */
  budgetDefault: string;
  /**
   * The page budget.
   *
   * @param handout The article's `handout` frontmatter.
   * @returns Most pages allowed.
   */
  budget(handout: { maxPages: number; largePrint?: { maxPages?: number } }): number;
}

/** Every edition, regular first. */
export const HANDOUT_VARIANTS: readonly HandoutVariant[] = [
  {
    id: 'regular',
    suffix: '',
    outputKey: 'pdf',
    className: 'handout-regular',
    margins: [15, 14, 15, 14],
    furnitureSize: 9.5,
    headerNameWidth: 60,
    emergencyFirst: false,
    listColumns: true,
    label: 'handout',
    budgetKey: '`handout.maxPages`',
    budgetDefault: '',
    budget: (handout) => handout.maxPages,
  },
  {
    id: 'large',
    suffix: '.large',
    outputKey: 'pdf-large',
    className: 'handout-large',
    margins: [26, 20, 28, 20],
    furnitureSize: 18,
    headerNameWidth: 45,
    emergencyFirst: true,
    listColumns: false,
    label: 'large-print handout',
    budgetKey: '`handout.largePrint.maxPages`',
    budgetDefault: ', default 3 × `handout.maxPages`',
    budget: (handout) => handout.largePrint?.maxPages ?? handout.maxPages * 3,
  },
];
