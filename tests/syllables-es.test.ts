/**
 * The Spanish syllable counter behind the Spanish reading ease: diphthongs, triphthongs and
 * hiatus, the silent u of que/gui, ü, and y as a vowel only at the end of a word.
 */
import { describe, expect, it } from 'vitest';
import { spanishSyllables } from '../pipeline/lint/spanish-syllables.ts';

describe('spanishSyllables', () => {
  it.each([
    ['casa', 2],
    ['espalda', 3],
    ['emergencia', 4],
    ['atención', 3],
    ['músculo', 3],
    ['inflamación', 4],
    ['ciudad', 2],
    ['bueno', 2],
    ['huevo', 2],
    ['hierro', 2],
    ['paraguas', 3],
    ['veintiún', 2],
  ])('counts a diphthong as one syllable: %s → %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });

  it.each([
    ['leer', 2],
    ['poeta', 3],
    ['aéreo', 4],
    ['día', 2],
    ['país', 2],
    ['oído', 3],
    ['caída', 3],
    ['reúne', 3],
    ['cuídese', 3],
  ])('parts two strong vowels, or an accented í/ú beside a vowel (hiatus): %s → %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });

  it.each([
    ['Uruguay', 3],
    ['buey', 1],
    ['que', 1],
    ['aquí', 2],
    ['guiso', 2],
    ['tranquilo', 3],
    ['pingüino', 3],
    ['lingüística', 4],
    ['averigüéis', 4],
    ['hoy', 1],
    ['muy', 1],
    ['estoy', 2],
    ['rey', 1],
    ['leyes', 2],
    ['ayuda', 3],
    ['y', 1],
    ['ahumado', 4],
    ['prohibir', 3],
  ])('handles triphthongs, silent u, ü and y: %s → %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });

  it('adds up the parts of a hyphenated word, reads any case, and never says 0', () => {
    expect(spanishSyllables('físico-químico')).toBe(6);
    expect(spanishSyllables('EMERGENCIA')).toBe(4);
    expect(spanishSyllables('911')).toBe(1);
    expect(spanishSyllables('')).toBe(1);
  });
});
