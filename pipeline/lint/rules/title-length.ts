/**
 * Titles fit where they are shown: search results, the handout header, the EPUB table of
 * contents and link cards cut long titles off. The limit is `lint.maxTitleLength` (70).
 *
 * ok: `title: Lower back spasms`
 * not-ok: a 90-character title → warning at the `title:` value.
 */
import type { Rule } from '../rule.ts';
import { frontmatterPosition } from '../frontmatter-position.ts';
import { textLength } from '../text-length.ts';

export const titleLength: Rule = {
  id: 'title-length',
  check({ tree, article, config, report }) {
    if (!article) return;
    const length = textLength(article.title);
    const limit = config.lint.maxTitleLength;
    if (length <= limit) return;
    report(
      `Unexpected title of ${length} characters, expected at most ${limit} so it is not cut off in search results and the table of contents; shorten it and keep the details for the summary`,
      frontmatterPosition(tree, ['title']),
    );
  },
  examples: [
    {
      name: 'ok: a short title',
      markdown: `---
title: Lower back spasms
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
      name: 'not-ok: a title of 96 characters',
      markdown: `---
title: Lower back spasms, what causes them, how to ease them at home, and when to get care right away
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for a day.
`,
      messages: ['2:8'],
    },
  ],
};
