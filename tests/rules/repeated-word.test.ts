import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule } from '../helpers/lint-markdown.ts';

describe('repeated-word', () => {
  it('accepts words that may repeat and words kept apart by punctuation or code', async () => {
    const body = 'The best stretch they had had in weeks. Heat, heat and rest help. Use `the` the right way.\n';
    expect(ofRule(await lintMarkdown(frontmatter() + body), 'repeated-word')).toEqual([]);
  });

  it('flags a doubled word at the second one', async () => {
    expect(ofRule(await lintMarkdown(frontmatter() + 'Rest for a a day.\n'), 'repeated-word')).toEqual([
      {
        ruleId: 'repeated-word',
        line: 9,
        column: 12,
        severity: 'error',
        reason: 'Unexpected repeated word `a` (“a a”), expected it once; delete one of them',
      },
    ]);
  });

  it('flags a doubled word across a line break, in emphasis and in a list', async () => {
    const body = 'Put heat on the\nthe sore spot.\n\n- Call **us us** today.\n';
    expect(ofRule(await lintMarkdown(frontmatter() + body), 'repeated-word')).toMatchObject([
      { ruleId: 'repeated-word', line: 10, column: 1 },
      { ruleId: 'repeated-word', line: 12, column: 13 },
    ]);
  });
  it('checks text in table cells (TableTextNotLinted)', async () => {
    const found = ofRule(await lintMarkdown(frontmatter() + '\n| A | B |\n| - | - |\n| Rest the the back. | Use a a hot pack. |\n'), 'repeated-word');
    expect(found.map((m) => [m.line, m.column])).toEqual([
      [12, 12],
      [12, 30],
    ]);
  });
});
