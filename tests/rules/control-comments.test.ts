import { describe, expect, it } from 'vitest';
import { frontmatter, lintFiles, lintMarkdown, ofRule } from '../helpers/lint-markdown.ts';

describe('inline control comments', () => {
  it('keeps the messages before a pressroom-disable without rule ids (Bug: it hid every message of the file, frontmatter errors too)', async () => {
    const text = [
      frontmatter({ reviewed: { by: 'Lee Kim', on: '2026-06-01' } }).trimEnd(), // reviewer without credentials: line 6
      '',
      'Put the the ice pack on.', // 10
      '',
      '<!-- pressroom-disable -->',
      '',
      'Put the the ice pack on.', // 14: off
      '',
      '<!-- pressroom-enable -->',
      '',
      'Put the the ice pack on.', // 18
      '',
    ].join('\n');
    const found = await lintMarkdown(text);
    expect(found.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([
      { ruleId: 'frontmatter-schema', line: 6, column: 7 },
      { ruleId: 'repeated-word', line: 10, column: 9 },
      { ruleId: 'repeated-word', line: 18, column: 9 },
    ]);
    // Ending the file switched off, as for a references section.
    const ending = await lintMarkdown(text.slice(0, text.indexOf('<!-- pressroom-enable -->')));
    expect(ending.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([
      { ruleId: 'frontmatter-schema', line: 6, column: 7 },
      { ruleId: 'repeated-word', line: 10, column: 9 },
    ]);
  });

  it('treats a pressroom comment with an unknown verb as a plain comment (Bug: it stopped the whole run with an internal error)', async () => {
    const found = await lintFiles({
      'a.md': `${frontmatter()}\n<!-- pressroom todo -->\n\nPut the the ice pack on.\n`,
      'b.md': `${frontmatter()}\nRest your your knee.\n`,
    });
    expect(found['a.md']).toMatchObject([{ ruleId: 'repeated-word', line: 12, column: 9 }]);
    expect(found['b.md']).toMatchObject([{ ruleId: 'repeated-word', line: 10, column: 11 }]);
  });

  it('accepts the ids of stage rules and names an unknown rule with a suggestion (Bug: “Cannot disable `\'internal-error\'`, it’s not known”)', async () => {
    const text = `${frontmatter()}\n<!-- pressroom-disable internal-error -->\n\n<!-- pressroom-disable Spelling -->\n\nText.\n`;
    const found = await lintMarkdown(text);
    expect(found).toEqual([
      {
        ruleId: 'control-comment',
        line: 12,
        column: 1,
        severity: 'warning',
        reason: 'Unexpected unknown rule `Spelling` in `pressroom-disable`, so nothing was turned off; did you mean `spelling`?',
      },
    ]);
    expect(ofRule(await lintMarkdown(`${frontmatter()}\n<!-- pressroom-ignore nothing-like-this -->\nText.\n`), 'control-comment')[0].reason).toBe(
      'Unexpected unknown rule `nothing-like-this` in `pressroom-ignore`, so nothing was turned off; use a rule id from the report or the README, such as `spelling`',
    );
  });
});
