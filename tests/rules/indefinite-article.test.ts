import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule } from '../helpers/lint-markdown.ts';

describe('indefinite-article', () => {
  it('accepts a/an chosen by sound', async () => {
    const body = 'Rest for an hour, then take a short walk. It is a useful habit. Ask for an MRI if a doctor suggests one.\n';
    expect(ofRule(await lintMarkdown(frontmatter() + body), 'indefinite-article')).toEqual([]);
  });

  it('flags “a hour” at the article', async () => {
    expect(ofRule(await lintMarkdown(frontmatter() + 'Rest for a hour.\n'), 'indefinite-article')).toEqual([
      {
        ruleId: 'indefinite-article',
        line: 9,
        column: 10,
        severity: 'warning',
        reason: 'Unexpected “a hour”, expected “an hour”; use `an` before a vowel sound and `a` before a consonant sound',
      },
    ]);
  });

  it('flags “an bone” and keeps the capital', async () => {
    const found = ofRule(await lintMarkdown(frontmatter() + '## Bones\n\nIt is an bone problem. An bone can break.\n'), 'indefinite-article');
    expect(found).toMatchObject([
      { ruleId: 'indefinite-article', line: 11, column: 7 },
      { ruleId: 'indefinite-article', line: 11, column: 24 },
    ]);
    expect(found[1].reason).toContain('expected “A bone”');
  });

  it('skips articles that are not in English', async () => {
    expect(ofRule(await lintMarkdown(frontmatter({ language: 'es' }) + 'Rest for a hour.\n'), 'indefinite-article')).toEqual([]);
  });
});
