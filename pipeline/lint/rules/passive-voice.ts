/**
 * Active sentences say who does what (“Take the tablets”, not “The tablets should be taken”).
 * Wraps retext-passive. English only; advice (info) by default.
 */
import retextPassive from 'retext-passive';
import type { Rule } from '../rule.ts';
import { isEnglish } from '../written-in-english.ts';
import { runPlugin } from '../run-plugin.ts';
import { exampleArticle } from '../example-article.ts';

export const passiveVoice: Rule = {
  id: 'passive-voice',
  async check({ file, prose, language, report }) {
    if (!isEnglish(language)) return;
    for (const message of await runPlugin(retextPassive, undefined, prose(), file)) {
      report(`Unexpected passive “${String(message.actual)}”, expected the active voice; say who does it (“Take the tablets”, not “The tablets should be taken”)`, message.place);
    }
  },
  examples: [
    { name: 'active', markdown: exampleArticle('Take the tablets with food.'), messages: [] },
    { name: 'passive', markdown: exampleArticle('The tablets should be taken with food.'), messages: ['10:23'] },
  ],
};
