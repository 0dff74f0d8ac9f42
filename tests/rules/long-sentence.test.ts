import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule, testConfig } from '../helpers/lint-markdown.ts';

/** A sentence of `count` words: “one two two two… end.” */
function sentence(count: number): string {
  return `Rest ${'well '.repeat(count - 2)}today.`;
}

describe('long-sentence', () => {
  it('accepts a sentence of exactly 25 words', async () => {
    expect(ofRule(await lintMarkdown(frontmatter() + sentence(25) + '\n'), 'long-sentence')).toEqual([]);
  });

  it('flags a 26-word sentence at its first word', async () => {
    const found = ofRule(await lintMarkdown(frontmatter() + `Stop. ${sentence(26)} Go.\n`), 'long-sentence');
    expect(found).toEqual([
      {
        ruleId: 'long-sentence',
        line: 9,
        column: 7,
        severity: 'warning',
        reason: 'Unexpected sentence of 26 words, expected 25 or fewer; split it into shorter sentences',
      },
    ]);
  });

  it('flags a sentence wrapped over lines, in a list item and in a callout', async () => {
    const body = `Stop.\n${sentence(15)}\n${'well '.repeat(12)}done.\n\n- ${sentence(27)}\n\n:::warning\n${sentence(30)}\n:::\n`;
    const found = ofRule(await lintMarkdown(frontmatter() + body), 'long-sentence');
    expect(found).toMatchObject([
      { ruleId: 'long-sentence', line: 10, column: 1 },
      { ruleId: 'long-sentence', line: 13, column: 3 },
      { ruleId: 'long-sentence', line: 16, column: 1 },
    ]);
    expect(found.map((m) => m.reason.match(/of (\d+) words/)?.[1])).toEqual(['28', '27', '30']);
  });

  it('uses lint.maxSentenceWords', async () => {
    const config = testConfig({ lint: { maxSentenceWords: 10 } });
    expect(ofRule(await lintMarkdown(frontmatter() + sentence(11) + '\n', config), 'long-sentence')).toMatchObject([{ line: 9, column: 1 }]);
    expect(ofRule(await lintMarkdown(frontmatter() + sentence(10) + '\n', config), 'long-sentence')).toEqual([]);
  });

  it('ends a sentence at each list item, with or without a full stop', async () => {
    const items = Array.from({ length: 6 }, () => `- ${'Rest well '.repeat(3)}today`).join('\n');
    expect(ofRule(await lintMarkdown(frontmatter() + items + '\n'), 'long-sentence')).toEqual([]);
  });

  it('does not count code', async () => {
    const body = `Run \`${'word '.repeat(30)}\` now.\n\n\`\`\`\n${sentence(40)}\n\`\`\`\n`;
    expect(ofRule(await lintMarkdown(frontmatter() + body), 'long-sentence')).toEqual([]);
  });
});
