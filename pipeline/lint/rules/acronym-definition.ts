/**
 * An abbreviation patients may not know (AAA, NSAID) is spelled out at its first use:
 * “abdominal aortic aneurysm (AAA)” or “AAA (abdominal aortic aneurysm)”. Abbreviations most
 * patients know (ER, MRI, NHS…) need nothing; a clinic adds its own in
 * `lint.knownAbbreviations`. All-capital words that are also ordinary words (“DO NOT”, “ACE”)
 * are taken as emphasis. Plurals (`NSAIDs`) count as the abbreviation.
 */
import type { Sentence, Word } from 'nlcst';
import { visit } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { textOf } from '../prose-sentences.ts';
import { wordCheckerFor } from './spelling.ts';
import { exampleArticle } from '../example-article.ts';

/** Abbreviations most patients know, in the US and the UK. */
const knownAbbreviations = [
  'OK', 'TV', 'US', 'USA', 'UK', 'EU', 'NHS', 'GP', 'ER', 'ICU', 'MRI', 'CT', 'DNA', 'HIV', 'AIDS', 'COVID', 'ID', 'IV',
  'AM', 'PM', 'FAQ', 'PDF', 'ECG', 'EKG', 'CPR', 'ADHD', 'BMI', 'MD', 'RN', 'DPT', 'PT', 'NP', 'PA', 'DDS', 'A&E', 'ENT',
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XL', 'USB', 'SMS', 'URL',
  // Units and labels printed on packs.
  'IU', 'SPF', 'UV', 'UVA', 'UVB',
];

const ABBREVIATION = /^(\p{Lu}{2,6})(s?)$/u;

/**
 * Whether the word at `index` of a sentence is spelled out around it: “words (AAA)” or “AAA (words)”.
 *
 * @param sentence The sentence.
 * @param index Index of the abbreviation among its children.
 * @returns True when defined here.
 */
function definedAt(sentence: Sentence, index: number): boolean {
  const children = sentence.children;
  const text = (at: number) => (children[at] ? textOf(children[at]) : '');
  // “abdominal aortic aneurysm (AAA)”: in parentheses, after words.
  if (text(index - 1) === '(' && text(index + 1) === ')' && children.slice(0, index - 1).some((child) => child.type === 'WordNode')) return true;
  // “AAA (abdominal aortic aneurysm)”: followed by words in parentheses.
  let at = index + 1;
  if (children[at]?.type === 'WhiteSpaceNode') at++;
  if (text(at) !== '(') return false;
  const close = children.findIndex((child, position) => position > at && textOf(child) === ')');
  return close > at + 1 && children.slice(at + 1, close).filter((child) => child.type === 'WordNode').length >= 2;
}

export const acronymDefinition: Rule = {
  id: 'acronym-definition',
  async check({ prose, language, config, report }) {
    const known = new Set([...knownAbbreviations, ...config.lint.knownAbbreviations].map((entry) => entry.toUpperCase()));
    const isWord = await wordCheckerFor(language, config);
    const first = new Map<string, { word: Word; defined: boolean; laterLine?: number }>();
    visit(prose(), 'SentenceNode', (sentence: Sentence) => {
      const words = sentence.children.filter((child) => child.type === 'WordNode');
      // A sentence in capitals is shouting, not abbreviations.
      if (words.length > 2 && words.every((word) => ABBREVIATION.test(textOf(word)))) return;
      sentence.children.forEach((child, index) => {
        if (child.type !== 'WordNode') return;
        const [, letters] = ABBREVIATION.exec(textOf(child)) ?? [];
        if (!letters || known.has(letters) || isWord?.(letters.toLowerCase())) return;
        const defined = definedAt(sentence, index);
        const entry = first.get(letters);
        if (!entry) first.set(letters, { word: child, defined });
        else if (defined && !entry.defined && entry.laterLine === undefined) entry.laterLine = child.position?.start.line;
      });
    });
    for (const [letters, { word, defined, laterLine }] of first) {
      if (defined) continue;
      const later = laterLine === undefined ? '' : ` (it is spelled out only later, on line ${laterLine})`;
      report(
        `Unexpected abbreviation \`${letters}\` that is not spelled out at its first use${later}, expected the words first, such as “… (${letters})”; or, if most patients know it, add it to \`lint.knownAbbreviations\``,
        word.position,
      );
    }
  },
  examples: [
    { name: 'spelled out at first use', markdown: exampleArticle('An abdominal aortic aneurysm (AAA) is rare. An AAA can burst. Get an MRI. DO NOT WAIT.'), messages: [] },
    { name: 'never spelled out', markdown: exampleArticle('Take NSAIDs with food. NSAIDs can upset your stomach.'), messages: ['10:6'] },
  ],
};
