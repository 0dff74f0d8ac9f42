/**
 * Whether a heading is the section a content type asks for: by its name or an alias as a
 * prefix (“Causes of back spasms”), or by what it is about (keywords and word stems, so
 * “Easing the pain on your own” is a treatment section and “Keeping it from coming back”
 * a prevention one). Words are compared after Porter stemming (`stemmer`), so “treating”,
 * “treats” and “treat” are one word; `…` in a keyword stands for up to four words.
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
  return text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}&]+/gu) ?? [];
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
 * @returns True on a match.
 */
export function sectionMatches(text: string, section: Section): boolean {
  return [section.heading, ...section.aliases].some((name) => headingMatches(text, name)) || (section.keywords ?? []).some((keyword) => keywordMatches(text, keyword));
}
