/**
 * What templates/epub/*.ejs read as `book`: the package metadata (identifier, titles, creators,
 * languages, dates, accessibility), the navigation entries and the labels, computed once per
 * book so that the package document, the navigation document and the NCX agree.
 */
import type { Book } from '../../config/schema.ts';
import type { AccessibilityMetadata } from './accessibility-metadata.ts';
import type { BookWords } from '../../languages/interface-words.ts';
import type { Landmark, NavEntry } from './book-navigation.ts';
import { navDepth } from './book-navigation.ts';
import type { BookIdentifier } from './book-identifier.ts';

export interface PackageData {
  identifier: string;
  identifierType?: string;
  title: string;
  subtitle?: string;
  authors: string[];
  /** The book's language first, then the other languages of its chapters. */
  languages: string[];
  language: string;
  direction: 'ltr' | 'rtl';
  publisher?: string;
  description: string;
  rights?: string;
  date?: string;
  modified: string;
  accessibility: AccessibilityMetadata;
  nav: NavEntry[];
  navDepth: number;
  landmarks: Landmark[];
  labels: BookWords;
  /** `lang` of the labels when they are not in the book's language, else empty. */
  labelsLang: string;
}

export interface PackageInput {
  book: Book;
  identifier: BookIdentifier;
  language: string;
  direction: 'ltr' | 'rtl';
  chapterLanguages: readonly string[];
  modified: string;
  accessibility: AccessibilityMetadata;
  nav: NavEntry[];
  landmarks: Landmark[];
  labels: BookWords;
  labelsLang?: string;
}

/**
 * Assemble the template data.
 *
 * @param input The book and what was computed for it.
 * @returns Data for the templates.
 */
export function packageData(input: PackageInput): PackageData {
  const { book } = input;
  const languages = [input.language];
  for (const language of input.chapterLanguages) {
    if (!languages.some((known) => known.toLowerCase() === language.toLowerCase())) languages.push(language);
  }
  return {
    identifier: input.identifier.urn,
    identifierType: input.identifier.onixType,
    title: book.title,
    subtitle: book.subtitle,
    authors: book.authors,
    languages,
    language: input.language,
    direction: input.direction,
    publisher: book.publisher,
    description: book.description.trim(),
    rights: book.rights,
    date: book.date,
    modified: input.modified,
    accessibility: input.accessibility,
    nav: input.nav,
    navDepth: navDepth(input.nav),
    landmarks: input.landmarks,
    labels: input.labels,
    labelsLang: input.labelsLang ?? '',
  };
}
