/**
 * Rules declare the languages they hold for: English-only rules do not run on other languages,
 * and one info message per article says which did not.
 */
import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule, placesOf } from '../helpers/lint-markdown.ts';
import { preset } from '../../pipeline/lint/preset.ts';
import { ruleHoldsFor } from '../../pipeline/lint/rule.ts';

describe('language-aware lint', () => {
  it('runs every rule on English, and says nothing about skipped checks', async () => {
    expect(preset.filter((rule) => !ruleHoldsFor(rule, 'en-US'))).toEqual([]);
    expect(ofRule(await lintMarkdown(`${frontmatter({ language: 'en-US' })}\nA apple a day.\n`), 'language-checks')).toEqual([]);
    expect(ofRule(await lintMarkdown(`${frontmatter({ language: 'en-US' })}\nA apple a day.\n`), 'indefinite-article')).toHaveLength(1);
  });

  it('skips English-only rules on a Russian article, with one info message at its language', async () => {
    const found = await lintMarkdown(`${frontmatter({ language: 'ru' })}\nПейте воду воду каждый день.\n`);
    expect(placesOf(found, 'language-checks')).toEqual([{ ruleId: 'language-checks', line: 8, column: 11, severity: 'info' }]);
    expect(ofRule(found, 'language-checks')[0].reason).toBe(
      'Not checked in `ru`: `reading-grade`, `plain-language`, `passive-voice`, `indefinite-article` hold for other languages only; `spelling` has no dictionary for it yet; have a fluent reviewer check what they check',
    );
    expect(ofRule(found, 'spelling')).toEqual([]);
    // Language-independent rules still run: the repeated word is found.
    expect(ofRule(found, 'repeated-word')).toHaveLength(1);
  });

  it('does not look for repeated words where words are not separated by spaces', async () => {
    const found = await lintMarkdown(`${frontmatter({ language: 'zh-CN' })}\n请 请多喝水。\n`);
    expect(ofRule(found, 'repeated-word')).toEqual([]);
    expect(ofRule(found, 'language-checks')[0].reason).toContain('`repeated-word`');
  });

  it('can be turned off like any rule', async () => {
    const { testConfig } = await import('../helpers/lint-markdown.ts');
    const found = await lintMarkdown(`${frontmatter({ language: 'ru' })}\nТекст.\n`, testConfig({ lint: { rules: { 'language-checks': 'off' } } }));
    expect(ofRule(found, 'language-checks')).toEqual([]);
  });
});
