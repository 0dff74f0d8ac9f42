/**
 * The spelling dictionaries, one table keyed by language tag (lowercase). Each entry loads its
 * Hunspell dictionary on first use, so a run that checks only American English never reads
 * the others. Add a language here and in package.json; nothing else changes.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** A Hunspell dictionary as the `dictionary-*` packages export it. */
interface HunspellDictionary {
  aff: Uint8Array;
  dic: Uint8Array;
}

type Loader = () => Promise<HunspellDictionary>;

const american: Loader = async () => (await import('dictionary-en')).default;
const british: Loader = async () => (await import('dictionary-en-gb')).default;

/**
 * Dictionary per language tag. A tag not listed falls back to its primary language (`es-MX` → `es`).
 * Englishes that spell as in Britain use the British dictionary.
 */
export const spellingDictionaries: Record<string, { name: string; load: Loader }> = {
  en: { name: 'dictionary-en', load: american },
  'en-us': { name: 'dictionary-en', load: american },
  'en-gb': { name: 'dictionary-en-gb', load: british },
  'en-ie': { name: 'dictionary-en-gb', load: british },
  'en-nz': { name: 'dictionary-en-gb', load: british },
  'en-in': { name: 'dictionary-en-gb', load: british },
  'en-au': { name: 'dictionary-en-au', load: async () => (await import('dictionary-en-au')).default },
  'en-ca': { name: 'dictionary-en-ca', load: async () => (await import('dictionary-en-ca')).default },
  'en-za': { name: 'dictionary-en-za', load: async () => (await import('dictionary-en-za')).default },
  es: { name: 'dictionary-es', load: async () => (await import('dictionary-es')).default },
};

/**
 * The table key for a language tag.
 *
 * @param language BCP 47 tag.
 * @returns Key of `spellingDictionaries`, or undefined when pressroom has no dictionary for it.
 */
export function dictionaryKey(language: string): string | undefined {
  const tag = language.toLowerCase();
  if (spellingDictionaries[tag]) return tag;
  const primary = tag.split('-')[0];
  return spellingDictionaries[primary] ? primary : undefined;
}

/** The package of the medical word list; optional, GPL-3.0-or-later, never copied into pressroom. */
export const MEDICAL_PACKAGE = '@cspell/dict-medicalterms';

let medicalWords: string[] | null | undefined;

/**
 * Words of the medical word list (OpenMedSpel via `@cspell/dict-medicalterms`), read once.
 *
 * @returns The words, or null when the package is not installed.
 */
export function loadMedicalWords(): string[] | null {
  if (medicalWords !== undefined) return medicalWords;
  try {
    const manifest = createRequire(import.meta.url).resolve(`${MEDICAL_PACKAGE}/cspell-ext.json`);
    const text = gunzipSync(readFileSync(path.join(path.dirname(manifest), 'dict', 'medicalterms-en.txt.gz'))).toString('utf8');
    // Comments start with `#`; entries with digits are chemical names that never reach the checker.
    medicalWords = text.split('\n').filter((line) => line !== '' && !line.startsWith('#') && !/[\d\s]/.test(line));
  } catch {
    medicalWords = null;
  }
  return medicalWords;
}
