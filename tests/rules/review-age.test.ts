import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule, placesOf, testConfig, type Found } from '../helpers/lint-markdown.ts';

// testConfig fixes `lint.today` at 2026-11-25.
const config = testConfig();

const placed = (found: Found[]) => placesOf(found, 'review-age');

async function lintReviewedOn(on: string, configured = config): Promise<Found[]> {
  return lintMarkdown(`${frontmatter({ reviewed: { by: 'Dana Whitfield, DPT', on } })}## Overview\n\nText.\n`, configured);
}

// `reviewed.on` is on line 7, after `  on: `.
const at = (severity: string) => ({ ruleId: 'review-age', line: 7, column: 7, severity });

describe('review-age', () => {
  it('accepts a review up to exactly 12 months old, and one from today', async () => {
    expect(placed(await lintReviewedOn('2026-06-01'))).toEqual([]);
    expect(placed(await lintReviewedOn('2025-11-25'))).toEqual([]);
    expect(placed(await lintReviewedOn('2026-11-25'))).toEqual([]);
  });

  it('warns about a review older than 12 months', async () => {
    const found = await lintReviewedOn('2025-11-24');
    expect(placed(found)).toEqual([at('warning')]);
    expect(ofRule(found, 'review-age')[0].reason).toBe(
      'Unexpected review age: reviewed on 2025-11-24, 12 months ago, expected a review within 12 months; have a clinician review it and update `reviewed.on`',
    );
    expect(placed(await lintReviewedOn('2024-11-25'))).toEqual([at('warning')]);
  });

  it('reports an error for a review older than 24 months', async () => {
    const found = await lintReviewedOn('2024-11-24');
    expect(placed(found)).toEqual([at('error')]);
    expect(ofRule(found, 'review-age')[0].reason).toBe(
      'Unexpected review age: reviewed on 2024-11-24, 24 months ago, expected a review within 24 months; have a clinician review it and update `reviewed.on`',
    );
    expect(ofRule(await lintReviewedOn('2019-03-15'), 'review-age')[0].reason).toContain('reviewed on 2019-03-15, 92 months ago');
  });

  it('reports an error for a review date in the future', async () => {
    const found = await lintReviewedOn('2026-11-26');
    expect(placed(found)).toEqual([at('error')]);
    expect(ofRule(found, 'review-age')[0].reason).toBe(
      'Unexpected review date 2026-11-26 in the future (today is 2026-11-25), expected the date a clinician reviewed the article; fix `reviewed.on`',
    );
  });

  it('counts months by the calendar, clamping to short months', async () => {
    // 2025-10-31 + 13 months = 2026-11-30 (after today), so 12 whole months have passed.
    expect(ofRule(await lintReviewedOn('2025-10-31'), 'review-age')[0].reason).toContain('2025-10-31, 12 months ago');
    // 2025-01-31 + 1 month = 2025-02-28.
    const february = await lintReviewedOn('2025-01-31', testConfig({ lint: { today: '2026-02-28' } }));
    expect(ofRule(february, 'review-age')[0].reason).toContain('2025-01-31, 13 months ago');
  });

  it('takes the thresholds from the config, and a configured severity wins', async () => {
    const strict = testConfig({ lint: { reviewWarnMonths: 3, reviewErrorMonths: 6 } });
    expect(placed(await lintReviewedOn('2026-08-01', strict))).toEqual([at('warning')]);
    expect(placed(await lintReviewedOn('2026-05-01', strict))).toEqual([at('error')]);
    const demoted = testConfig({ lint: { rules: { 'review-age': 'warning' } } });
    expect(placed(await lintReviewedOn('2020-01-01', demoted))).toEqual([at('warning')]);
  });

  it('uses the date of the run when `lint.today` is not set', async () => {
    const now = testConfig({ lint: { today: undefined } });
    expect(placed(await lintReviewedOn('2999-01-01', now))).toEqual([at('error')]);
    expect(placed(await lintReviewedOn('2001-01-01', now))).toEqual([at('error')]);
  });

  it('points at the date wherever it is in the frontmatter', async () => {
    const text = ['---', 'reviewed:', '  on: "2020-01-01"', '  by: Dana Whitfield, DPT', 'title: Test', 'summary: Short.', 'type: guide', '---', '', 'Text.', ''].join('\n');
    expect(placed(await lintMarkdown(text, config))).toEqual([{ ruleId: 'review-age', line: 3, column: 7, severity: 'error' }]);
  });

  it('says nothing when the frontmatter is invalid (validation reports that)', async () => {
    const found = await lintReviewedOn('last spring');
    expect(ofRule(found, 'frontmatter-schema')).toHaveLength(1);
    expect(placed(found)).toEqual([]);
  });
});
