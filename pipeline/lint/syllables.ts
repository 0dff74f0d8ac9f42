/**
 * Syllables of an English word for the reading grade: from the CMU Pronouncing Dictionary
 * (`cmu-pronouncing-dictionary`, 134,000 words; each vowel sound carries a stress digit) where
 * the word is in it, else the `syllable` heuristic, which miscounts common words (“walked” as
 * two, “horses” and “naked” as one). The dictionary is large, so it loads once, on first use.
 */
import { syllable } from 'syllable';

let pronunciations: Promise<Record<string, string>> | undefined;

/**
 * Load the pronouncing dictionary (once per process).
 *
 * @returns Word → phonemes.
 */
function loadPronunciations(): Promise<Record<string, string>> {
  pronunciations ??= import('cmu-pronouncing-dictionary').then((module) => module.dictionary);
  return pronunciations;
}

/**
 * A syllable counter backed by the pronouncing dictionary.
 *
 * @returns A function from a word to its syllables (at least 1: numbers are read aloud too).
 */
export async function syllableCounter(): Promise<(word: string) => number> {
  const dictionary = await loadPronunciations();
  const count = (word: string): number => {
    const key = word.toLowerCase().replace(/’/g, "'");
    const phonemes = dictionary[key];
    if (phonemes !== undefined) return (phonemes.match(/\d/g) ?? []).length;
    const parts = key.split('-').filter(Boolean);
    if (parts.length > 1) return parts.reduce((sum, part) => sum + count(part), 0);
    return syllable(key);
  };
  return (word) => Math.max(1, count(word));
}
