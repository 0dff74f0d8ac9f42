/**
 * Plain words help worried readers: a medical or bureaucratic word with an everyday
 * alternative is reported with the alternative (“hypertension” → “high blood pressure”,
 * “utilize” → “use”). Wraps retext-simplify for the bureaucratic words and adds the medical
 * list of `plain-words.ts`; `lint.plainLanguage` adds (`word: alternative`) or removes
 * (`word: null`) entries. English and Spanish (`plain-words-es.ts`: “cefalea” → “dolor de cabeza”;
 * retext-simplify's bureaucratic words are English, so Spanish gets the medical list only);
 * advice (info) by default.
 */
import type { Root as NlcstRoot } from 'nlcst';
import { search } from 'nlcst-search';
import { pointEnd, pointStart } from 'unist-util-position';
import retextSimplify from 'retext-simplify';
import type { Rule } from '../rule.ts';
import { runPlugin } from '../run-plugin.ts';
import { plainMedicalWords } from '../plain-words.ts';
import { plainMedicalWordsEs } from '../plain-words-es.ts';
import { textOf } from '../prose-sentences.ts';
import { exampleArticle } from '../example-article.ts';

/**
 * Words of retext-simplify that are ordinary in patient material (“function”, “type”) or that
 * the medical list handles itself; they would only be noise.
 */
const simplifyIgnored = ['function', 'type', 'number', 'component', 'contains', 'multiple', 'require', 'requires', 'required', 'requirement', 'provide', 'provides', 'provided', 'additional', 'however', 'maintain', 'minimum', 'maximum', 'equivalent', 'initial', 'initially', 'obtain', 'it is', 'there are', 'there is', 'in order to', 'relocate', 'previous', 'previously', 'similar', 'accordingly', 'implement', 'option', 'options', 'sufficient', 'remain', 'remains', 'selection', 'submit', 'validate', 'individual', 'individuals', 'very', 'really', 'all of', 'overall', 'currently', 'forward', 'therefore'];

export const plainLanguage: Rule = {
  id: 'plain-language',
  // Its word lists hold for English and Spanish.
  languages: { only: ['en', 'es'] },
  async check({ file, prose, language, config, report }) {
    const spanish = language.split('-')[0].toLowerCase() === 'es';
    const overrides = config.lint.plainLanguage;
    const removed = Object.entries(overrides).filter(([, value]) => value === null).map(([word]) => word.toLowerCase());
    const medical: Record<string, string> = { ...(spanish ? plainMedicalWordsEs : plainMedicalWords) };
    for (const [word, alternative] of Object.entries(overrides)) {
      if (alternative === null) delete medical[word.toLowerCase()];
      else medical[word.toLowerCase()] = alternative;
    }
    const tree = prose() as NlcstRoot;
    const own = new Set(Object.keys(medical));
    for (const message of spanish ? [] : await runPlugin(retextSimplify, { ignore: [...simplifyIgnored, ...removed, ...own] }, tree, file)) {
      const actual = String(message.actual ?? '');
      const expected = (message.expected ?? []).map((word) => `“${word}”`).join(' or ');
      const advice = expected ? `expected a plainer word such as ${expected}` : 'expected nothing: remove it';
      report(`Unexpected “${actual}”, ${advice}; most readers understand plain words faster`, message.place);
    }
    search(tree, Object.keys(medical), (match, _index, _parent, phrase) => {
      const start = pointStart(match[0]);
      const end = pointEnd(match[match.length - 1]);
      const actual = match.map((node) => textOf(node)).join('');
      report(`Unexpected “${actual}”, expected “${medical[phrase]}” (or “${medical[phrase]} (${actual})” where patients will meet the medical word); most readers understand it faster`, start && end ? { start, end } : undefined);
    });
  },
  examples: [
    { name: 'everyday words', markdown: exampleArticle('Use a pain medicine if you have high blood pressure.'), messages: [] },
    { name: 'medical and bureaucratic words', markdown: exampleArticle('Utilize an analgesic if you have hypertension.'), messages: ['10:1', '10:12', '10:34'] },
    {
      name: 'Spanish: everyday words',
      markdown: exampleArticle('Tome una medicina para el dolor si tiene dolor de cabeza.', 'language: es\n'),
      messages: [],
    },
    {
      name: 'Spanish: medical words',
      markdown: exampleArticle('Tome un analgésico si tiene cefalea o hipertensión.', 'language: es\n'),
      messages: ['11:9', '11:29', '11:39'],
    },
  ],
};
