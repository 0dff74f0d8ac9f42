/**
 * Spelling costs a bounded amount on any input (issue 9): over-long and code-like tokens and
 * table cells of codes are not checked, and suggestions are capped per article.
 */
import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule } from '../helpers/lint-markdown.ts';
import { MAX_SUGGESTIONS_PER_FILE, MAX_WORD_LENGTH, SuggestionBudget, spellCheckable } from '../../pipeline/lint/spell-limits.ts';

/** Words nspell does not know, all different, all short enough to get suggestions. */
const unknownWords = (count: number) => Array.from({ length: count }, (_, index) => `zorvap${'abcdefghijklmnopqrstuvwxyz'[index % 26]}${'bcdfg'[Math.floor(index / 26) % 5]}ine`);

describe('spell-limits', () => {
  it('skips over-long and code-like tokens, keeps words and all-capital abbreviations', () => {
    expect(spellCheckable('x'.repeat(MAX_WORD_LENGTH + 1))).toBe(false);
    expect(['HbA1c', 'eGFR', 'M54.5', 'iPhone', 'B12'].filter(spellCheckable)).toEqual([]);
    expect(['spasm', 'Spasm', 'NSAID', 'hamstring'].every(spellCheckable)).toBe(true);
  });

  it('a 10,000-letter word is not spell-checked and does not crash or hang lint', async () => {
    const started = performance.now();
    const found = await lintMarkdown(`${frontmatter()}\nThe word ${'ab'.repeat(5000)} is long.\n`);
    expect(ofRule(found, 'spelling')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('a table of codes is not spell-checked, a table of words is', async () => {
    const codes = Array.from({ length: 100 }, (_, index) => `| M${10 + (index % 80)}.${index % 10} | QXZ-${index} |`).join('\n');
    const found = await lintMarkdown(`${frontmatter()}\n| Code | Kind |\n| --- | --- |\n${codes}\n\n| Word |\n| --- |\n| spasmm |\n`);
    expect(ofRule(found, 'spelling').map((message) => [message.line, message.column])).toEqual([[115, 3]]);
  }, 60_000);

  it(`suggests for at most ${MAX_SUGGESTIONS_PER_FILE} words of an article; every unknown word is still reported`, async () => {
    const words = unknownWords(MAX_SUGGESTIONS_PER_FILE + 15);
    const found = ofRule(await lintMarkdown(`${frontmatter()}\n${words.map((word) => `- ${word}`).join('\n')}\n`), 'spelling');
    expect(found).toHaveLength(words.length);
    expect(found.filter((message) => message.reason.includes(', expected `')).length).toBeLessThanOrEqual(MAX_SUGGESTIONS_PER_FILE);
  }, 120_000);

  it('the budget refuses long words and stops after its count', () => {
    const budget = new SuggestionBudget();
    let calls = 0;
    const suggest = () => {
      calls += 1;
      return ['x'];
    };
    expect(budget.suggest('a'.repeat(21), suggest)).toEqual([]);
    for (let index = 0; index < MAX_SUGGESTIONS_PER_FILE + 5; index++) budget.suggest('word', suggest);
    expect(calls).toBe(MAX_SUGGESTIONS_PER_FILE);
  });
});
