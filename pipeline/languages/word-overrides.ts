/**
 * A clinic's own interface words, from `words:` in pressroom.yaml: per language tag, any word
 * that is plain text (or the text around a value, such as `emergencyCall: ["Call ", " now."]`)
 * may be replaced, without touching code. Words that are functions of a value (`table(n)`)
 * stay in the language files. The schema is derived from the English words, so a new word is
 * overridable as soon as it exists, and a misspelt key is an error with its place in the file.
 */
import { z } from 'zod';
import { en } from './en.ts';

/**
 * The schema for one part (page, handout, book) of a language's words.
 *
 * @param words The English words of that part.
 * @returns A strict object schema of optional replacements.
 */
function partSchema(words: Record<string, unknown>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, value] of Object.entries(words)) {
    if (typeof value === 'string') shape[key] = z.string().min(1).optional();
    else if (Array.isArray(value)) {
      const items = value.map(() => z.string()) as [z.ZodString, ...z.ZodString[]];
      shape[key] = z.tuple(items).optional();
    } else if (value && typeof value === 'object') {
      shape[key] = z.strictObject(Object.fromEntries(Object.keys(value).map((name) => [name, z.string().min(1).optional()]))).optional();
    }
  }
  return z.strictObject(shape);
}

export const wordOverridesSchema = z.record(
  z.string().refine(
    (value) => {
      try {
        return Intl.getCanonicalLocales(value).length === 1;
      } catch {
        return false;
      }
    },
    { message: 'Expected a BCP 47 language tag such as `es` or `zh-Hant`' },
  ),
  z.strictObject({ page: partSchema(en.page).optional(), handout: partSchema(en.handout).optional(), book: partSchema(en.book).optional() }),
);

/** Replacement words by language tag, as validated from the config. */
export type WordOverrides = Record<string, { page?: Record<string, unknown>; handout?: Record<string, unknown>; book?: Record<string, unknown> }>;
