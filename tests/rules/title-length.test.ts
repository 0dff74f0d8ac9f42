import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule, placesOf, testConfig, type Found } from '../helpers/lint-markdown.ts';

const placed = (found: Found[]) => placesOf(found, 'title-length');

async function lintTitle(title: string, config = testConfig()): Promise<Found[]> {
  return lintMarkdown(`${frontmatter({ title })}Text.\n`, config);
}

describe('title-length', () => {
  it('accepts a title of up to 70 characters', async () => {
    expect(placed(await lintTitle('x'.repeat(70)))).toEqual([]);
    // Each “é” written as e + combining accent is two code points but one character.
    expect(placed(await lintTitle('e\u0301'.repeat(70)))).toEqual([]);
  });

  it('warns about a longer title, at the `title:` value', async () => {
    const found = await lintTitle('x'.repeat(71));
    expect(placed(found)).toEqual([{ ruleId: 'title-length', line: 2, column: 8, severity: 'warning' }]);
    expect(ofRule(found, 'title-length')[0].reason).toBe(
      'Unexpected title of 71 characters, expected at most 70 so it is not cut off in search results and the table of contents; shorten it and keep the details for the summary',
    );
  });

  it('points at the value when it is not the first key, and folded over lines', async () => {
    const title = 'Lower back spasms: what causes them, how to ease them at home, and when to get care right away';
    const text = ['---', 'type: guide', 'summary: Short.', `title: >-\n  ${title.slice(0, 50)}\n  ${title.slice(51)}`, 'reviewed:', '  by: Dana Whitfield, DPT', '  on: 2026-06-01', '---', '', 'Text.', ''].join('\n');
    const found = await lintMarkdown(text);
    expect(placed(found)).toEqual([{ ruleId: 'title-length', line: 4, column: 8, severity: 'warning' }]);
    expect(ofRule(found, 'title-length')[0].reason).toMatch(/^Unexpected title of 94 characters/);
  });

  it('takes the limit from `lint.maxTitleLength`', async () => {
    const config = testConfig({ lint: { maxTitleLength: 20 } });
    expect(placed(await lintTitle('Lower back spasms', config))).toEqual([]);
    expect(ofRule(await lintTitle('Lower back spasms at home', config), 'title-length')[0].reason).toMatch(/^Unexpected title of 25 characters, expected at most 20 /);
  });
});
