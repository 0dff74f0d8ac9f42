/**
 * Medical advice goes stale: a clinician reviews each article at least every
 * `lint.reviewWarnMonths` months (warning after that) and it is an error after
 * `lint.reviewErrorMonths`. A review date after today is a typo, and an error.
 * "Today" is `lint.today` when set (reproducible builds and tests), else the build's date.
 *
 * ok: `reviewed.on: 2026-06-01` with today 2026-11-25.
 * not-ok: `reviewed.on: 2025-06-01` → warning (17 months) at the date.
 * not-ok: `reviewed.on: 2024-06-01` → error (29 months) at the date.
 * not-ok: `reviewed.on: 2027-01-01` → error: in the future.
 */
import type { Rule } from '../rule.ts';
import { frontmatterPosition } from '../frontmatter-position.ts';

export const reviewAge: Rule = {
  id: 'review-age',
  check({ tree, article, config, report }) {
    if (!article) return;
    const reviewed = article.reviewed.on;
    const today = config.lint.today ?? localDate(new Date());
    const place = frontmatterPosition(tree, ['reviewed', 'on']);
    // ISO dates (YYYY-MM-DD) compare correctly as strings.
    if (reviewed > today) {
      report(`Unexpected review date ${reviewed} in the future (today is ${today}), expected the date a clinician reviewed the article; fix \`reviewed.on\``, place, 'error');
      return;
    }
    const { reviewErrorMonths, reviewWarnMonths } = config.lint;
    const graded = addMonths(reviewed, reviewErrorMonths) < today ? 'error' : addMonths(reviewed, reviewWarnMonths) < today ? 'warning' : undefined;
    if (!graded) return;
    const limit = graded === 'error' ? reviewErrorMonths : reviewWarnMonths;
    const months = monthsBetween(reviewed, today);
    report(
      `Unexpected review age: reviewed on ${reviewed}, ${months} months ago, expected a review within ${limit} months; have a clinician review it and update \`reviewed.on\``,
      place,
      graded,
    );
  },
  examples: [
    {
      name: 'ok: reviewed six months ago',
      config: { lint: { today: '2026-11-25' } },
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for a day.
`,
      messages: [],
    },
    {
      name: 'not-ok: reviewed 17 months ago (warning)',
      config: { lint: { today: '2026-11-25' } },
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2025-06-01
---

Rest for a day.
`,
      messages: ['7:7'],
    },
    {
      name: 'not-ok: reviewed 29 months ago (error)',
      config: { lint: { today: '2026-11-25' } },
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2024-06-01
---

Rest for a day.
`,
      messages: ['7:7'],
    },
    {
      name: 'not-ok: reviewed in the future',
      config: { lint: { today: '2026-11-25' } },
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2027-01-01
---

Rest for a day.
`,
      messages: ['7:7'],
    },
  ],
};

/**
 * A date as YYYY-MM-DD in the local time zone (the date the writer sees).
 *
 * @param date A moment.
 * @returns Its local calendar date.
 */
function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The calendar date `months` months after `iso`, clamped to the end of shorter months
 * (2024-01-31 + 1 month = 2024-02-29).
 *
 * @param iso YYYY-MM-DD.
 * @param months Whole months to add.
 * @returns YYYY-MM-DD.
 */
function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(Math.min(day, daysIn(targetYear, targetMonth)))}`;
}

/**
 * Whole months from `from` to `to` (`to` on or after `from`).
 *
 * @param from YYYY-MM-DD.
 * @param to YYYY-MM-DD.
 * @returns The largest n with `addMonths(from, n) <= to`.
 */
function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  let months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  while (months > 0 && addMonths(from, months) > to) months -= 1;
  return months;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
