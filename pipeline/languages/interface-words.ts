/**
 * Every word pressroom adds around an article, in one language: the web page's, the printed
 * handout's and the e-book's. Each language file (languages/<tag>.ts) `satisfies` this
 * interface, so a word missing from one language fails to compile.
 */
import type { CalloutDirective } from '../content/directives.ts';

/** Words of the web page, shared by the handout and the e-book where they show the same thing. */
export interface PageWords {
  /** Default labels of the callout directives (content/directives.ts). */
  directiveLabels: Record<CalloutDirective, string>;
  /** Text before and after the emergency number: "Call " 911 " or go to the nearest emergency room." */
  emergencyCall: readonly [string, string];
  /** "Reviewed by " name " on " date "." */
  reviewedBy: readonly [string, string, string];
  sources: string;
  /** "accessed" before a source's access date. */
  accessed: string;
  contents: string;
  notes: string;
  backToReference(index: number): string;
  phone: string;
  address: string;
  website: string;
  email: string;
  skipLink: string;
  library: string;
  libraryIntro: string;
  lastReviewed: string;
  topics: string;
  allArticles: string;
  disclaimer: string;
  table(index: number): string;
  taskDone: string;
  taskOpen: string;
  /** Label of the site navigation landmark. */
  siteNav: string;
  /** Label of the search box, its button, and the heading of the search page. */
  searchLabel: string;
  searchButton: string;
  searchHeading: string;
  searchIntro: string;
  /** Shown instead of the search box when JavaScript is off; links to topics and all articles follow. */
  searchNeedsScript: string;
  /** Live status after a search: `{count}` and `{query}` are filled in by the page's script. */
  searchFound: { one: string; other: string };
  searchNone: string;
  searchLoading: string;
  searchFailed: string;
  topicsIntro: string;
  /** Intro of one topic's page. */
  topicIntro(count: number): string;
  /** "Topics:" before an article's topic links. */
  articleTopics: string;
  related: string;
  /** "Printable handout, 2 pages, PDF, 64 KB". */
  handout(pages: number, kilobytes: number): string;
  largeHandout(pages: number, kilobytes: number): string;
  notFoundTitle: string;
  notFoundText: string;
  movedTitle: string;
  /** "This guide has a new address: " link "." */
  movedText: readonly [string, string];
  feedTitle: string;
}

/** Words of the printed handout that the page does not have. */
interface HandoutWords {
  /** Kicker above the title: "Patient information". */
  kind: string;
  /** Running header: "In an emergency, call 911". */
  headerEmergency(number: string): string;
  /** Running footer, around the page counters: "Page " N " of " M. */
  pageOf: readonly [string, string];
  /** Heading of the contact block. */
  contactHeading: string;
  /** Caption of the QR code, before the printed URL. */
  qrCaption: string;
  /** Alt text of the QR code. */
  qrAlt(url: string): string;
}

/** Words of the e-book around its chapters (title page, notice, contents, appendix). */
export interface BookWords {
  contents: string;
  landmarks: string;
  noticeTitle: string;
  /** First notice paragraph: what the book is and is not. */
  notice: string;
  /** Who to ask, when the clinic is configured. */
  questions(clinic: string, phone: string): string;
  /** The emergency sentence around the number (a phone link): "In an emergency, call " 911 " right away." */
  emergencyCall: readonly [string, string];
  /** Lead-in before the link to the appendix. */
  appendixPointer: string;
  appendixTitle: string;
  /** Shown when no chapter of the book has an emergency block. */
  noEmergencySigns: string;
  /** Link text from an appendix entry back to its chapter. */
  backToChapter(title: string): string;
  published(date: string): string;
}

/** One language of the registry. */
export interface InterfaceWords {
  /** The language's name in itself ("Español"), for language switchers. */
  name: string;
  /** Writing direction, for `dir` on pages, handouts and e-book documents. */
  direction: 'ltr' | 'rtl';
  /**
   * A calendar date as readers write it, for languages whose dates `Intl` cannot format
   * (it falls back to English there); `Intl.DateTimeFormat` with the article's tag otherwise.
   */
  formatDate?(year: number, month: number, day: number): string;
  page: PageWords;
  handout: HandoutWords;
  book: BookWords;
}
