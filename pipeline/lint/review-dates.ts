/**
 * The review-age rule's date arithmetic, apart from the rule: a finding depends only on the
 * review date, today and the limits, so a build can re-evaluate it from a cached review date
 * (build/build-stamp.ts) without parsing or linting the article again.
 */

/** The limits of `lint` that grade a review's age. */
export interface ReviewLimits {
  reviewWarnMonths: number;
  reviewErrorMonths: number;
}

/** What the review-age rule reports for one article. */
export interface ReviewFinding {
  reason: string;
  severity: 'warning' | 'error';
}

/**
 * The review-age finding for a review date on a given day.
 *
 * @param reviewed The article's `reviewed.on` (YYYY-MM-DD).
 * @param today The reference date (YYYY-MM-DD).
 * @param limits Months after which a review is stale (warning) or too old (error).
 * @returns The finding, or undefined when the review is recent enough.
 */
export function reviewFinding(reviewed: string, today: string, limits: ReviewLimits): ReviewFinding | undefined {
  // ISO dates (YYYY-MM-DD) compare correctly as strings.
  if (reviewed > today) {
    return {
      reason: `Unexpected review date ${reviewed} in the future (today is ${today}), expected the date a clinician reviewed the article; fix \`reviewed.on\``,
      severity: 'error',
    };
  }
  const { reviewErrorMonths, reviewWarnMonths } = limits;
  const severity = addMonths(reviewed, reviewErrorMonths) < today ? 'error' : addMonths(reviewed, reviewWarnMonths) < today ? 'warning' : undefined;
  if (!severity) return undefined;
  const limit = severity === 'error' ? reviewErrorMonths : reviewWarnMonths;
  const months = monthsBetween(reviewed, today);
  return {
    reason: `Unexpected review age: reviewed on ${reviewed}, ${months} months ago, expected a review within ${limit} months; have a clinician review it and update \`reviewed.on\``,
    severity,
  };
}

/**
 * A date as YYYY-MM-DD in the local time zone (the date the writer sees).
 *
 * @param date A moment.
 * @returns Its local calendar date.
 */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The calendar date `months` months after `iso`, clamped to the end of shorter months
 * (2024-01-31 + 1 month = 2024-02-29).
 */
function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(Math.min(day, daysIn(targetYear, targetMonth)))}`;
}

/** Whole months from `from` to `to` (`to` on or after `from`): the largest n with `addMonths(from, n) <= to`. */
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
