/**
 * A doubled word (“the the”) is a typo that reviewers read past. Wraps retext-repeated-words,
 * which allows words that may legally repeat (“had had”, “that that”) and capitalised names
 * (“Duran Duran”). Words separated by inline code or punctuation are not repeats.
 *
 * ok: `Rest your back for a day.`
 * not-ok: `Rest your back for a a day.` → error at the second `a`.
 */
import type { Node } from 'unist';
import retextRepeatedWords from 'retext-repeated-words';
import type { Rule } from '../rule.ts';
import { runPlugin } from '../run-plugin.ts';

export const repeatedWord: Rule = {
  id: 'repeated-word',
  async check({ file, prose, report }) {
    const value = String(file.value);
    for (const message of await runPlugin(retextRepeatedWords, undefined, prose(), file)) {
      // The plugin places its message over both words; the second one is the word to delete.
      const repeated = message.ancestors?.at(-1) as Node | undefined;
      const word = String(message.expected?.[0] ?? '');
      const actual = (message.actual ?? '').replace(/\s+/g, ' ');
      // The fix deletes the second word and the space before it, when both are plain text.
      const start = repeated?.position?.start.offset;
      const end = repeated?.position?.end.offset;
      let from = start;
      while (from !== undefined && from > 0 && /[ \t]/.test(value[from - 1])) from--;
      const fix = from !== undefined && end !== undefined && from < start! && value.slice(start, end).toLowerCase() === word.toLowerCase() ? { start: from, end, text: '' } : undefined;
      report(`Unexpected repeated word \`${word}\` (“${actual}”), expected it once; delete one of them`, repeated ?? message.place, undefined, fix);
    }
  },
  examples: [
    {
      name: 'ok: each word once',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Put ice on the sore spot.
`,
      messages: [],
    },
    {
      name: 'not-ok: a word twice',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Put ice on the the sore spot.
`,
      messages: ['10:16'],
    },
  ],
};
