/**
 * Whether a heading is the section a content type asks for: by its name or an alias as a
 * prefix (“Causes of back spasms”), or by what it is about (keywords and word stems, so
 * “Easing the pain on your own” is a treatment section and “Keeping it from coming back”
 * a prevention one). Words are compared without accents and after Porter stemming (`stemmer`), so “treating”,
 * “treats” and “treat” are one word; `…` in a keyword stands for up to four words. A section
 * can have names and keywords per language (`languages.es`): an article matches in English and
 * in its own language (“Causas”, “Cuándo buscar atención de emergencia”).
 */
import { stemmer } from 'stemmer';
import type { ContentType } from '../config/schema.ts';

type Section = ContentType['sections'][number];

/** Words that a keyword's `…` may skip. */
const MAX_GAP = 4;

/**
 * Lowercase words of a text (letters, digits, `&`), hyphenated words split.
 *
 * @param text Any text.
 * @returns Words.
 */
function words(text: string): string[] {
  // Accents are dropped: a heading typed without them (“Cuando buscar atencion”) still matches.
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}&]+/gu) ?? [];
}

/**
 * A section as it reads in a language: its own heading (else the English one), and the English
 * names and keywords together with that language's.
 *
 * @param section The section of a content type.
 * @param language BCP 47 tag of the article, if known.
 * @returns Heading, aliases and keywords to match and to show.
 */
export function sectionIn(section: Section, language: string | undefined): { heading: string; aliases: string[]; keywords: string[]; names: string[] } {
  const tag = language?.toLowerCase();
  const primary = tag?.split('-')[0];
  const own = Object.entries(section.languages ?? {}).filter(([key]) => key.toLowerCase() === tag || key.toLowerCase() === primary).map(([, value]) => value);
  if (own.length === 0) return { heading: section.heading, aliases: section.aliases, keywords: section.keywords ?? [], names: [section.heading, ...section.aliases] };
  const heading = own[0].heading;
  const aliases = own.flatMap((entry) => [entry.heading, ...entry.aliases]).filter((name) => name !== heading);
  return {
    heading,
    aliases,
    keywords: [...(section.keywords ?? []), ...own.flatMap((entry) => entry.keywords)],
    names: [section.heading, ...section.aliases, heading, ...aliases],
  };
}

/**
 * Whether a heading's text starts with a section name.
 *
 * @param text Heading text.
 * @param name Section heading or alias.
 * @returns True on a match.
 */
function headingMatches(text: string, name: string): boolean {
  const heading = words(text).join(' ');
  const wanted = words(name).join(' ');
  return heading === wanted || heading.startsWith(`${wanted} `);
}

/**
 * Whether a heading contains a keyword phrase, word by word after stemming.
 *
 * @param text Heading text.
 * @param keyword A word or phrase; `…` (or `...`) skips up to four words.
 * @returns True on a match.
 */
export function keywordMatches(text: string, keyword: string): boolean {
  const heading = words(text).map((word) => stemmer(word));
  const parts = keyword
    .split(/…|\.\.\./)
    .map((part) => words(part).map((word) => stemmer(word)))
    .filter((part) => part.length > 0);
  if (parts.length === 0) return false;
  const from = (start: number, index: number): boolean => {
    if (index === parts.length) return true;
    const part = parts[index];
    const last = index === 0 ? heading.length - part.length : Math.min(heading.length - part.length, start + MAX_GAP);
    for (let at = start; at <= last; at++) {
      if (part.every((word, offset) => heading[at + offset] === word) && from(at + part.length, index + 1)) return true;
    }
    return false;
  };
  return from(0, 0);
}

/**
 * Whether a heading satisfies a section.
 *
 * @param text Heading text.
 * @param section The section of a content type.
 * @param language BCP 47 tag of the article: its names and keywords count too.
 * @returns True on a match.
 */
export function sectionMatches(text: string, section: Section, language?: string): boolean {
  const { names, keywords } = sectionIn(section, language);
  return names.some((name) => headingMatches(text, name)) || keywords.some((keyword) => keywordMatches(text, keyword));
}
