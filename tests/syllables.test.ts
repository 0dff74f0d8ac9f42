import { describe, expect, it } from 'vitest';
import { syllable } from 'syllable';
import { syllableCounter } from '../pipeline/lint/syllables.ts';
import { gradeOf } from '../pipeline/lint/rules/reading-grade.ts';
import { proseSentences } from '../pipeline/lint/prose-sentences.ts';
import { proseTree } from '../pipeline/lint/prose-tree.ts';
import { markdownParser } from '../pipeline/content/markdown.ts';
import { VFile } from 'vfile';

describe('syllables for the reading grade', () => {
  it('counts common words as a pronouncing dictionary does, where the heuristic miscounts', async () => {
    const count = await syllableCounter();
    // Counts as spoken in General American (the CMU Pronouncing Dictionary).
    const words: Record<string, number> = { walked: 1, horses: 2, naked: 2, spasms: 2, boxes: 2, changes: 2, treated: 2, nation: 2, questioned: 2, bones: 1, shoes: 1, every: 3, ibuprofen: 4, 'self-care': 2, '20': 1 };
    for (const [word, syllables] of Object.entries(words)) expect(count(word), word).toBe(syllables);
    // The heuristic alone gets some of these wrong: that is why the dictionary is used.
    expect(['walked', 'horses', 'naked', 'spasms'].map((word) => syllable(word))).not.toEqual([1, 2, 2, 2]);
    // A word the dictionary lacks falls back to the heuristic.
    expect(count('naproxen')).toBe(3);
  });

  it('grades a passage as counted by hand', async () => {
    // 3 sentences, 21 words, 27 syllables: 0.39 × 7 + 11.8 × 27/21 − 15.59 = 2.31.
    const text = 'The nurse walked to the ward. She treated the horses with changes of bedding. Naked feet in cold places can hurt.\n';
    const file = new VFile({ value: text });
    const tree = markdownParser.parse(file);
    const sentences = proseSentences(proseTree(tree, file), tree);
    expect(gradeOf(sentences, await syllableCounter())).toEqual({ grade: 2.3, words: 21 });
    // The heuristic counts 26 syllables here and grades the passage lower.
    expect(gradeOf(sentences, (word) => Math.max(1, syllable(word))).grade).toBeLessThan(2.3);
  });
});
