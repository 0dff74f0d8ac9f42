/**
 * The interface languages: one file per language (languages/<tag>.ts), listed here once.
 * Every renderer takes its words through `wordsFor`, which falls back along the tag
 * (es-MX → es → en, zh-TW → zh-Hant → en) the way BCP 47 lookup does (RFC 4647 §3.4).
 */
import type { InterfaceWords } from './interface-words.ts';
import type { WordOverrides } from './word-overrides.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ht } from './ht.ts';
import { ko } from './ko.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { tl } from './tl.ts';
import { vi } from './vi.ts';
import { zhHans } from './zh-Hans.ts';
import { zhHant } from './zh-Hant.ts';

/** Keyed by BCP 47 tag; a file per language beside this one. */
export const LANGUAGES = {
  en,
  es,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  vi,
  tl,
  ko,
  ar,
  ru,
  ht,
  pt,
  fr,
} as const satisfies Record<string, InterfaceWords>;

/** A language tag that has its own interface words. */
export type InterfaceLanguage = keyof typeof LANGUAGES;

/** The fallback language: the words every other language is checked against. */
const FALLBACK_LANGUAGE: InterfaceLanguage = 'en';

/** Interface words, with the tag of the language they are written in. */
export interface Words extends InterfaceWords {
  /** The registry tag of the words (`es` for an `es-MX` article; `en` when there is no translation). */
  tag: InterfaceLanguage;
}

const canonical = (tag: string): string | undefined => {
  try {
    return Intl.getCanonicalLocales(tag)[0]?.toLowerCase();
  } catch {
    return undefined;
  }
};

const byCanonicalTag = new Map(Object.keys(LANGUAGES).map((tag) => [canonical(tag), tag as InterfaceLanguage]));

/**
 * Tags to try for a language, most specific first: the tag and its truncations, then the same
 * for the tag with its likely script added (`zh-TW` → `zh-Hant-TW`), so that Traditional
 * Chinese is found for `zh-TW` and Simplified for `zh` or `zh-CN`.
 *
 * @param tag BCP 47 tag.
 * @returns Canonical, lowercased candidate tags.
 */
function candidates(tag: string): readonly string[] {
  let known = candidateCache.get(tag);
  if (!known) {
    known = findCandidates(tag);
    candidateCache.set(tag, known);
  }
  return known;
}

// Every page, date and word look-up asks again for the same few tags; Intl's answers never change within a process.
const candidateCache = new Map<string, readonly string[]>();
const interfaceCache = new Map<string, InterfaceLanguage | undefined>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function findCandidates(tag: string): string[] {
  const truncations = (value: string) => value.split('-').map((_, index, parts) => parts.slice(0, parts.length - index).join('-'));
  const exact = canonical(tag);
  if (!exact) return [];
  let maximized = exact;
  try {
    maximized = new Intl.Locale(exact).maximize().toString().toLowerCase();
  } catch {
    // Keep the tag as it is.
  }
  return [...new Set([...truncations(exact), ...truncations(maximized)])];
}

/**
 * The registry language for a tag, if it has one.
 *
 * @param tag BCP 47 tag.
 * @returns The registry tag, or undefined when the language has no words of its own.
 */
export function interfaceLanguage(tag: string): InterfaceLanguage | undefined {
  if (interfaceCache.has(tag)) return interfaceCache.get(tag);
  const found = candidates(tag)
    .map((candidate) => byCanonicalTag.get(candidate))
    .find((language) => language !== undefined);
  interfaceCache.set(tag, found);
  return found;
}

/**
 * The interface words for a language, with BCP 47 fallback to English, and the clinic's own
 * words (`words:` in the config) over them: those of the least specific matching tag first,
 * so `es-MX` overrides win over `es` ones.
 *
 * @param tag BCP 47 tag of the article or book (`es-MX`, `zh-TW`, `en`…).
 * @param overrides The config's `words`, if any.
 * @returns The words; `tag` says which language they are in.
 */
export function wordsFor(tag: string, overrides: WordOverrides = {}): Words {
  const found = interfaceLanguage(tag) ?? FALLBACK_LANGUAGE;
  const words: Words = { ...LANGUAGES[found], tag: found };
  const chain = candidates(tag);
  const matching = Object.entries(overrides)
    .filter(([key]) => chain.includes(canonical(key) ?? ''))
    .sort(([a], [b]) => chain.indexOf(canonical(b) ?? '') - chain.indexOf(canonical(a) ?? ''));
  for (const [, own] of matching) {
    words.page = { ...words.page, ...own.page, directiveLabels: { ...words.page.directiveLabels, ...(own.page?.directiveLabels as object) } };
    words.handout = { ...words.handout, ...own.handout };
    words.book = { ...words.book, ...own.book };
  }
  return words;
}

/**
 * Writing direction of a language, for `dir` and the e-book's page progression: the
 * registry's, or for a language without interface words (Hebrew, say), what `Intl` knows.
 *
 * @param tag BCP 47 tag.
 * @returns `rtl` or `ltr`.
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const found = interfaceLanguage(tag);
  if (found) return LANGUAGES[found].direction;
  try {
    const info = (new Intl.Locale(tag) as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * A date as readers of a language write it, such as "October 14, 2026".
 *
 * @param isoDate `YYYY-MM-DD`.
 * @param tag BCP 47 tag (its region counts: `es-MX` and `es-ES` may differ).
 * @returns The formatted date (the calendar day, whatever the machine's time zone).
 */
export function formatDate(isoDate: string, tag: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const own = interfaceLanguage(tag);
  const custom = own ? (LANGUAGES[own] as InterfaceWords).formatDate : undefined;
  if (custom) return custom(year, month, day);
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(tag, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
