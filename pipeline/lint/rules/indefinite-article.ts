/**
 * `a` goes before a consonant sound and `an` before a vowel sound (“an hour”, “a union”,
 * “an MRI”). Wraps retext-indefinite-article. English only.
 *
 * ok: `Rest for an hour, then take a short walk.`
 * not-ok: `Rest for a hour.` → warning at `a`; `It is an bone problem.` → warning at `an`.
 */
import retextIndefiniteArticle from 'retext-indefinite-article';
import type { Rule } from '../rule.ts';
import { runPlugin } from '../run-plugin.ts';
import { writtenInEnglish } from '../written-in-english.ts';

export const indefiniteArticle: Rule = {
  id: 'indefinite-article',
  async check({ file, article, config, prose, report }) {
    if (!writtenInEnglish(article, config)) return;
    for (const message of await runPlugin(retextIndefiniteArticle, undefined, prose(), file)) {
      const [, following] = /before `([^`]+)`/.exec(message.reason) ?? [];
      const expected = String(message.expected?.[0] ?? '');
      const phrase = (word: string) => (following ? `${word} ${following}` : word);
      report(
        `Unexpected “${phrase(String(message.actual))}”, expected “${phrase(expected)}”; use \`an\` before a vowel sound and \`a\` before a consonant sound`,
        message.place,
      );
    }
  },
  examples: [
    {
      name: 'ok: a and an before the right sounds',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for an hour, then take a short walk.
`,
      messages: [],
    },
    {
      name: 'not-ok: a before a vowel sound',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for a hour.
`,
      messages: ['10:10'],
    },
  ],
};
