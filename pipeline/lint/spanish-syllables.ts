/**
 * Syllables of a Spanish word, for the Spanish reading-ease formula. Spanish spelling follows its
 * sounds closely, so the count comes from the vowels: each run of vowels is one syllable (a
 * diphthong or triphthong: `bue-no`, `U-ru-guay`), except that two strong vowels (a, e, o, or an
 * accented í, ú) side by side are two (`le-er`, `dí-a`, `re-ú-ne`). The silent u of que, qui,
 * gue, gui is no vowel (`gui-so`), ü is (`pin-güi-no`), and a final y after a vowel closes a
 * diphthong (`hoy`, `muy`). No npm package does this well (the one there is ships its test
 * runner as a dependency), so this is a small module with its own tests (tests/syllables-es.test.ts).
 */

const STRONG = new Set('aeoáéóíúàèò');
const WEAK = new Set('iuüïy');

/**
 * Count the syllables of a Spanish word.
 *
 * @param word A word (any case; digits and hyphens are allowed).
 * @returns At least 1.
 */
export function spanishSyllables(word: string): number {
  const parts = word.toLowerCase().split('-').filter(Boolean);
  if (parts.length > 1) return parts.reduce((sum, part) => sum + spanishSyllables(part), 0);
  const letters = (parts[0] ?? '')
    // The u of que, qui, gue, gui is not pronounced.
    .replace(/([qg])u(?=[eiéí])/g, '$1')
    // A y is a vowel only at the end of a word after a vowel (hoy, muy) or alone (y).
    .replace(/y(?=[aeiouáéíóú])/g, 'ʝ')
    .replace(/(?<=^|[^aeiouáéíóúü])y(?!$)/g, 'ʝ');
  let syllables = 0;
  let previous: 'strong' | 'weak' | undefined;
  for (const letter of letters) {
    const kind = STRONG.has(letter) ? 'strong' : WEAK.has(letter) ? 'weak' : undefined;
    if (kind === undefined) {
      previous = undefined;
      continue;
    }
    // A new vowel run starts a syllable; within a run, only two strong vowels part (hiatus).
    if (previous === undefined || (previous === 'strong' && kind === 'strong')) syllables++;
    previous = kind;
  }
  return Math.max(1, syllables);
}
