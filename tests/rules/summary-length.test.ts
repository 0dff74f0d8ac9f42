import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule, placesOf, testConfig, type Found } from '../helpers/lint-markdown.ts';

const placed = (found: Found[]) => placesOf(found, 'summary-length');

async function lintSummary(summary: string, config = testConfig()): Promise<Found[]> {
  return lintMarkdown(`${frontmatter({ summary })}Text.\n`, config);
}

// `summary:` is the second key, on line 3; its value starts after `summary: `.
const at = { ruleId: 'summary-length', line: 3, column: 10, severity: 'warning' };

describe('summary-length', () => {
  it('accepts plain text of up to two sentences and 200 characters', async () => {
    for (const summary of [
      'Why back muscles spasm, and what helps. When to get care.',
      // parse-english knows that abbreviations do not end a sentence.
      'Dr. Whitfield explains spasms, e.g. after lifting. Most ease in 2–6 weeks.',
      // A bare web address reads the same as plain text.
      'Stretches you can do at home; more at www.clinic.example.org.',
      `${'a'.repeat(199)}.`,
    ]) {
      expect(placed(await lintSummary(summary)), summary).toEqual([]);
    }
  });

  it('warns about a summary longer than 200 characters', async () => {
    const found = await lintSummary(`${'a'.repeat(200)}.`);
    expect(placed(found)).toEqual([at]);
    expect(ofRule(found, 'summary-length')[0].reason).toBe(
      'Unexpected summary of 201 characters, expected at most 200 so it is not cut off in search results and link cards; shorten it and leave the details to the article',
    );
  });

  it('warns about more than two sentences', async () => {
    const found = await lintSummary('Back spasms hurt. Most ease in days! Call us if they do not?');
    expect(placed(found)).toEqual([at]);
    expect(ofRule(found, 'summary-length')[0].reason).toBe(
      'Unexpected summary of 3 sentences, expected at most 2; say what the article covers and leave the rest to the body',
    );
  });

  it('warns about Markdown and HTML, naming what it found', async () => {
    const cases: Array<[string, string]> = [
      ['Call *now* if your legs go numb.', 'Unexpected markup in the summary: emphasis (`*now*`)'],
      ['Call **now** if your legs go numb.', 'Unexpected markup in the summary: bold text (`**now**`)'],
      ['See [our guide](https://clinic.example.org/guide).', 'Unexpected markup in the summary: a link (`[our guide](https://clinic.example.org/guide)`)'],
      ['Rest <b>two</b> days.', 'Unexpected markup in the summary: HTML (`<b>`)'],
      ['Take `ibuprofen` with food.', 'Unexpected markup in the summary: code (`` `ibuprofen` ``)'],
      ['Tips &amp; stretches for back pain.', 'Unexpected markup in the summary: a character reference or backslash escape (`&amp;`)'],
      ['Rest 1\\. then walk.', 'Unexpected markup in the summary: a character reference or backslash escape (`\\.`)'],
      ['- Rest, then walk.', 'Unexpected markup in the summary: a list (`- Rest, then walk.`)'],
    ];
    for (const [summary, start] of cases) {
      const found = await lintSummary(summary);
      expect(placed(found), summary).toEqual([at]);
      expect(ofRule(found, 'summary-length')[0].reason, summary).toContain(start);
      expect(ofRule(found, 'summary-length')[0].reason).toMatch(/, expected plain text: search results, link cards and e-book readers show the summary as written; remove the markup$/);
    }
  });

  it('reports each problem once, all at the value', async () => {
    const found = await lintSummary(`One *two*. ${'Three. '.repeat(30).trim()}`);
    expect(placed(found)).toEqual([at, at, at]);
    expect(ofRule(found, 'summary-length').map((m) => m.reason.split(',')[0])).toEqual([
      'Unexpected summary of 220 characters',
      'Unexpected summary of 31 sentences',
      'Unexpected markup in the summary: emphasis (`*two*`)',
    ]);
  });

  it('takes the limit from `lint.maxSummaryLength`', async () => {
    const found = await lintSummary('Why back muscles spasm, and what helps.', testConfig({ lint: { maxSummaryLength: 20 } }));
    expect(ofRule(found, 'summary-length')[0].reason).toMatch(/^Unexpected summary of 39 characters, expected at most 20 /);
  });
});
