import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown } from '../helpers/lint-markdown.ts';

describe('prose of an article with many blocks', () => {
  // Bug: parse-english took time growing with the square of the blocks (minutes for a hostile
  // file of 80,000 headings); the prose is now built a few hundred blocks at a time.
  it('finds defects at their exact places across the chunks the prose is built in', async () => {
    const blocks: string[] = [];
    for (let index = 0; index < 300; index++) blocks.push(`## Step ${index + 1}`, 'Rest your knee.');
    blocks[301] = 'Rest your your knee.'; // line 9 + 2 × 301 = 611
    blocks[598] = 'Wait a hour, then rest.'; // line 1205
    blocks[599] = 'Rest your kneee.'; // line 1207
    const found = await lintMarkdown(frontmatter() + blocks.join('\n\n') + '\n');
    const prose = found.filter((m) => m.ruleId !== 'handout-length');
    expect(prose.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([
      { ruleId: 'repeated-word', line: 611, column: 11 },
      { ruleId: 'indefinite-article', line: 1205, column: 6 },
      { ruleId: 'spelling', line: 1207, column: 11 },
    ]);
  });
});
