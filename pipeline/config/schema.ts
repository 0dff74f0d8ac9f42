/**
 * The shape of `pressroom.yaml`: one zod schema, the TypeScript types inferred from it.
 * Every object is strict so that a misspelt key is an error with a suggestion, not a silent no-op.
 */
import { z } from 'zod';
import { wordOverridesSchema } from '../languages/word-overrides.ts';

/** BCP 47 language tag, checked by the platform's own parser rather than a regex. */
export const languageTag = z.string().refine(
  (value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1;
    } catch {
      return false;
    }
  },
  { message: 'Expected a BCP 47 language tag such as `en`, `en-US` or `es-MX`' },
);

const severity = z.enum(['off', 'info', 'warning', 'error']);

const phone = z.string().regex(/^\+?[\d\s().-]{3,}$/, 'Expected a phone number such as `+1 555-0100` or `911`');

const httpUrl = z.url({ protocol: /^https?$/, error: 'Expected an absolute http(s) URL such as `https://clinic.example.org/`' });

const clinicSchema = z.strictObject({
  name: z.string().min(1),
  phone,
  url: httpUrl,
  address: z.string().min(1),
  emergencyNumber: phone.default('911'),
  email: z.email().optional(),
  /** Path of a logo image, relative to the config file. */
  logo: z.string().min(1).optional(),
});

/** A section's heading, aliases and keywords in one language. */
const sectionWordsSchema = z.strictObject({
  heading: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  keywords: z.array(z.string().min(1)).default([]),
});

const sectionLanguageKey = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'Expected a language tag such as `es` or `fr`');

const sectionSchema = z.strictObject({
  /** Heading text as it should be written. */
  heading: z.string().min(1),
  /** Other headings accepted for the same section (matched case-insensitively, as prefixes). */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * What the section is about: words or phrases matched anywhere in a heading, word by word after
   * stemming (`treat` matches “Treating…”, `look after` matches “Looking after yourself”); `…`
   * stands for up to four words (`stop … coming back`).
   */
  keywords: z.array(z.string().min(1)).default([]),
  /**
   * The section in other languages, by language tag (`es`, `fr`, `es-MX`): its heading, aliases
   * and keywords there. An article matches the section in English and in its own language.
   */
  languages: z.record(sectionLanguageKey, sectionWordsSchema).default({}),
});

/**
 * The care team's notes area printed on a handout's last page: `true` for the defaults (four
 * ruled lines and every labelled blank), `false` for none, or which lines and blanks to print.
 */
export const handoutNotesSchema = z.union([
  z.boolean(),
  z.strictObject({
    /** Ruled lines under "Notes from your care team"; 0 prints the blanks only. */
    lines: z.number().int().min(0).max(15).default(4),
    /** Labelled blanks: the next appointment, a phone extension, the patient's exercises. */
    blanks: z.array(z.enum(['appointment', 'extension', 'exercises'])).default([]),
  }),
]);
export type HandoutNotesInput = z.infer<typeof handoutNotesSchema>;

const contentTypeSchema = z.strictObject({
  description: z.string().optional(),
  sections: z.array(sectionSchema).default([]),
  /** Whether the article must contain an `:::emergency` block. */
  emergency: z.boolean().default(false),
  /** Whether `sources` must list at least one source. */
  sources: z.boolean().default(false),
  /** Handout settings for every article of this type; an article's own `handout.notes` wins. */
  handout: z.strictObject({ notes: handoutNotesSchema.optional() }).optional(),
});

const lintSchema = z.strictObject({
  /** Target reading grade (Flesch–Kincaid) for the whole article. */
  readingGrade: z.number().min(1).max(20).default(8),
  /** Highest reading grade allowed for a single paragraph. */
  paragraphGrade: z.number().min(1).max(20).default(10),
  /**
   * Lowest reading ease (Szigriszt–Pazos, read on the INFLESZ scale) for a whole Spanish article:
   * 55 is where INFLESZ puts “normal” text, the level its authors recommend for patient material.
   */
  spanishReadingEase: z.number().min(0).max(100).default(55),
  /** Lowest reading ease for a single Spanish paragraph: below 40 INFLESZ calls text “very difficult”. */
  spanishParagraphEase: z.number().min(0).max(100).default(40),
  /** Paragraphs shorter than this are too short for a reliable grade and are skipped. */
  paragraphMinWords: z.number().int().min(1).default(25),
  /** Longest sentence, in words. */
  maxSentenceWords: z.number().int().min(5).default(25),
  maxTitleLength: z.number().int().min(10).default(70),
  maxSummaryLength: z.number().int().min(20).default(200),
  /** Words that fit one printed handout page, for the word-budget estimate before the PDF exists. */
  wordsPerPage: z.number().int().min(50).default(450),
  /** Age of `reviewed.on` in months that warns, and that is an error. */
  reviewWarnMonths: z.number().int().min(1).default(12),
  reviewErrorMonths: z.number().int().min(1).default(24),
  /** Fixed reference date (YYYY-MM-DD) for reproducible freshness checks; default today. */
  today: z.iso.date().optional(),
  /** Severity per rule id, overriding the preset. */
  rules: z.record(z.string(), severity).default({}),
  /**
   * Accept the words of the medical word list (`@cspell/dict-medicalterms`, GPL-3.0-or-later,
   * an optional dependency) in English articles.
   */
  medicalDictionary: z.boolean().default(false),
  /** Abbreviations patients know, which need no spelling out (added to the built-in list). */
  knownAbbreviations: z.array(z.string().min(1)).default([]),
  /** Phone numbers and email addresses other than the clinic's that articles may print (a national helpline). */
  allowedContacts: z.array(z.string().min(1)).default([]),
  /** Plain-language alternatives: `word: alternative` adds or replaces one; `word: null` removes a built-in one. */
  plainLanguage: z.record(z.string().min(1), z.string().min(1).nullable()).default({}),
});

const bookSchema = z.strictObject({
  /** File name of the EPUB, without extension. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lowercase id such as `patient-library`'),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  authors: z.array(z.string().min(1)).min(1),
  publisher: z.string().optional(),
  identifier: z.string().regex(/^(urn:uuid:[0-9a-f-]{36}|urn:isbn:[0-9-]{10,17}|97[89][0-9-]{10,14})$/i, 'Expected an ISBN or a `urn:uuid:` identifier'),
  language: languageTag.optional(),
  description: z.string().min(1),
  rights: z.string().optional(),
  date: z.iso.date().optional(),
  cover: z.string().optional(),
  /** Article slugs in reading order. */
  chapters: z.array(z.string().min(1)).min(1),
});

export const configSchema = z.strictObject({
  /** Optional for linting; rendering needs it for the contact and emergency blocks. */
  clinic: clinicSchema.optional(),
  defaults: z
    .strictObject({
      language: languageTag.default('en'),
      paper: z.enum(['letter', 'a4']).default('letter'),
    })
    .prefault({}),
  lint: lintSchema.prefault({}),
  pdf: z
    .strictObject({
      /** Milliseconds one handout may take to render. */
      timeout: z.number().int().min(1000).default(30000),
    })
    .prefault({}),
  /**
   * Milliseconds of CPU time each stage may spend on one article; over it, that article gets a
   * `time-budget` error and the others go on (stages/lint.ts, transform/transform.ts). An
   * ordinary article costs well under a second; the first one linted also pays for loading the
   * dictionaries and parsers.
   */
  budget: z
    .strictObject({
      /** All lint rules of one article. */
      lint: z.number().int().min(1).default(30000),
      /** Turning one article into a page, handout page or chapter (each format on its own). */
      transform: z.number().int().min(1).default(30000),
    })
    .prefault({}),
  /** Content types; merged over the built-in `condition` and `guide`. */
  types: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lowercase name such as `faq` or `home-exercise`'), contentTypeSchema).default({}),
  books: z.array(bookSchema).default([]),
  /**
   * Section names and keywords in more languages, for every type (built-in or the config's): by
   * language tag, then by the section's English heading (`fr: {Causes: {heading: Causes, keywords: [pourquoi]}}`).
   */
  sectionWords: z.record(sectionLanguageKey, z.record(z.string().min(1), sectionWordsSchema)).default({}),
  /** The clinic's own interface words, per language tag (languages/word-overrides.ts). */
  words: wordOverridesSchema.default({}),
});

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type ContentType = z.output<typeof contentTypeSchema>;
export type Book = z.output<typeof bookSchema>;
