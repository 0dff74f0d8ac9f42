import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule, placesOf, testConfig, type Found } from '../helpers/lint-markdown.ts';

// One page of 50 words: small numbers keep the counts checkable by hand.
const config = testConfig({ lint: { wordsPerPage: 50 } });

const placed = (found: Found[]) => placesOf(found, 'handout-length');

/** `count` distinct words. */
function words(count: number): string {
  const pool = ['rest', 'walk', 'heat', 'stretch', 'breathe', 'sleep', 'sit', 'lift', 'bend', 'move'];
  return Array.from({ length: count }, (_, index) => pool[index % pool.length]).join(' ');
}

/** A one-page handout; the frontmatter is 10 lines, so the body starts on line 11. */
async function lintBody(body: string, maxPages = 1): Promise<Found[]> {
  return lintMarkdown(`${frontmatter({ handout: { maxPages } })}${body}\n`, config);
}

describe('handout-length', () => {
  it('accepts a body within the budget', async () => {
    expect(placed(await lintBody(`${words(50)}.`))).toEqual([]);
  });

  it('warns when the printed words exceed the budget, at the start of the body', async () => {
    const found = await lintBody(`${words(51)}.`);
    expect(placed(found)).toEqual([{ ruleId: 'handout-length', line: 11, column: 1, severity: 'warning' }]);
    expect(ofRule(found, 'handout-length')[0].reason).toBe(
      'Unexpected handout length of about 51 words, expected at most 50 (1 page × 50 words, from `handout.maxPages` and `lint.wordsPerPage`); shorten the article, move web-only detail into `:::only{format="html"}`, or raise `handout.maxPages`. This is an estimate: the PDF build measures the real page count',
    );
  });

  it('multiplies the pages by the words per page', async () => {
    expect(placed(await lintBody(`${words(100)}.`, 2))).toEqual([]);
    const found = await lintBody(`${words(101)}.`, 2);
    expect(ofRule(found, 'handout-length')[0].reason).toMatch(/^Unexpected handout length of about 101 words, expected at most 100 \(2 pages × 50 words/);
  });

  it('leaves out `:::only` blocks for other formats and counts those that include the PDF', async () => {
    const webOnly = [`${words(40)}.`, '', ':::only{format="html epub"}', `${words(30)}.`, ':::'].join('\n');
    expect(placed(await lintBody(webOnly))).toEqual([]);
    const printed = [`${words(40)}.`, '', ':::only{format="pdf epub"}', `${words(30)}.`, ':::'].join('\n');
    expect(ofRule(await lintBody(printed), 'handout-length')[0].reason).toMatch(/about 70 words/);
  });

  it('counts headings, lists, tables, code and callouts with their headings, but not frontmatter, HTML or URLs', async () => {
    const body = [
      '## Home care', // 2 words
      '',
      '- Rest for a day', // 4
      '- Walk [gently](https://clinic.example.org/walking-guide-with-many-words)', // 2
      '',
      '| When | What |', // 2
      '| ---- | ---- |',
      '| Day one | Heat pack |', // 4
      '',
      '`ice` then heat.', // 3
      '',
      ':::warning', // default heading "Warning": 1
      'Stop if it hurts.', // 4
      ':::',
      '',
      ':::tip[Try this]', // label: 2
      'Bend your knees.', // 3
      ':::',
      '',
      '<div class="print-only">Not counted here</div>',
      '',
      `${words(24)}.`, // 24
    ].join('\n');
    // 2 + 4 + 2 + 2 + 4 + 3 + 1 + 4 + 2 + 3 + 24 = 51
    const found = await lintBody(body);
    expect(placed(found)).toEqual([{ ruleId: 'handout-length', line: 11, column: 1, severity: 'warning' }]);
    expect(ofRule(found, 'handout-length')[0].reason).toMatch(/^Unexpected handout length of about 51 words, expected at most 50 /);
  });

  it('reports at the first body node when the body starts with a blank line or a block', async () => {
    const found = await lintBody(`\n\n:::note\n${words(60)}.\n:::`);
    expect(placed(found)).toEqual([{ ruleId: 'handout-length', line: 13, column: 1, severity: 'warning' }]);
  });
});
