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
import { isEnglish } from '../written-in-english.ts';

export const indefiniteArticle: Rule = {
  id: 'indefinite-article',
  async check({ file, language, prose, report }) {
    if (!isEnglish(language)) return;
    const value = String(file.value);
    for (const message of await runPlugin(retextIndefiniteArticle, undefined, prose(), file)) {
      const [, following] = /before `([^`]+)`/.exec(message.reason) ?? [];
      const expected = String(message.expected?.[0] ?? '');
      const phrase = (word: string) => (following ? `${word} ${following}` : word);
      report(
        `Unexpected “${phrase(String(message.actual))}”, expected “${phrase(expected)}”; use \`an\` before a vowel sound and \`a\` before a consonant sound`,
        message.place,
        undefined,
        articleFix(value, message.place, String(message.actual), expected),
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

/**
 * Swap `a` and `an` in place, keeping its capital.
 *
 * @param value File text.
 * @param place Where the article is.
 * @param actual The article as written.
 * @param expected The right article.
 * @returns The fix, when the source holds exactly the article there.
 */
function articleFix(value: string, place: unknown, actual: string, expected: string) {
  const start = (place as { start?: { offset?: number } } | undefined)?.start?.offset;
  if (start === undefined || !expected || value.slice(start, start + actual.length) !== actual) return undefined;
  const text = /^[A-Z]/.test(actual) ? expected[0].toUpperCase() + expected.slice(1) : expected;
  return { start, end: start + actual.length, text };
}
