/**
 * Long sentences lose readers, and a lost reader misses the instruction at the end. Counts the
 * words of every sentence of the body (headings, paragraphs, list items, callouts; not code).
 * A list item is a sentence even without a final full stop.
 *
 * Options: `lint.maxSentenceWords` (default 25).
 *
 * ok: `Call your clinic if the pain lasts more than a week.`
 * not-ok: a sentence of 26 words or more → warning at the sentence.
 */
import type { Rule } from '../rule.ts';
import { proseSentences } from '../prose-sentences.ts';

export const longSentence: Rule = {
  id: 'long-sentence',
  check({ tree, config, prose, report }) {
    const max = config.lint.maxSentenceWords;
    for (const sentence of proseSentences(prose(), tree)) {
      const count = sentence.words.length;
      if (count <= max) continue;
      report(`Unexpected sentence of ${count} words, expected ${max} or fewer; split it into shorter sentences`, sentence.position);
    }
  },
  examples: [
    {
      name: 'ok: a sentence of 11 words, within a limit of 15',
      config: { lint: { maxSentenceWords: 15 } },
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Call your clinic if the pain lasts more than a week.
`,
      messages: [],
    },
    {
      name: 'not-ok: a sentence of 18 words, over a limit of 15',
      config: { lint: { maxSentenceWords: 15 } },
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Call us if the pain in your back does not go away in a week or if you can not sleep.
`,
      messages: ['10:1'],
    },
  ],
};
