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
import { localDate, reviewFinding } from '../review-dates.ts';

export const reviewAge: Rule = {
  id: 'review-age',
  check({ tree, article, config, report }) {
    if (!article) return;
    const today = config.lint.today ?? localDate(new Date());
    const finding = reviewFinding(article.reviewed.on, today, config.lint);
    if (finding) report(finding.reason, frontmatterPosition(tree, ['reviewed', 'on']), finding.severity);
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
