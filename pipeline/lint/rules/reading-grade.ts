/**
 * Patients read at different levels, and a worried reader reads worse: the article, and each
 * paragraph, stays at a school grade most adults read easily. The grade is Flesch–Kincaid
 * (words per sentence and syllables per word; syllables from the CMU Pronouncing Dictionary), over the body's paragraphs, list items and
 * callouts; headings and callout labels are titles, not prose, and are left out. A list item
 * is a sentence even without a final full stop. English only (the formula is tuned to English).
 *
 * Options: `lint.readingGrade` (whole article, default 8), `lint.paragraphGrade` (one paragraph,
 * default 10), `lint.paragraphMinWords` (shorter paragraphs, and shorter articles, are not graded:
 * a few words give no reliable grade; default 25).
 *
 * ok: `Rest for a day or two. Then walk a little each day.`
 * not-ok: an article of long sentences full of words like “musculoskeletal” → warning at the
 * first line of the body; each such paragraph of 25 words or more → warning at the paragraph.
 */
import type { Paragraph } from 'mdast';
import { fleschKincaid } from 'flesch-kincaid';
import type { Rule } from '../rule.ts';
import { proseSentences, textOf, type ProseSentence } from '../prose-sentences.ts';
import { isEnglish } from '../written-in-english.ts';
import { syllableCounter } from '../syllables.ts';

interface Grade {
  /** Flesch–Kincaid grade rounded to one decimal (NaN without words). */
  grade: number;
  words: number;
}

/**
 * Grade a stretch of prose.
 *
 * @param sentences Sentences, each with at least one word.
 * @param syllable Syllables of a word.
 * @returns Grade and word count.
 */
export function gradeOf(sentences: readonly ProseSentence[], syllable: (word: string) => number): Grade {
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      words++;
      syllables += syllable(textOf(word));
    }
  }
  const grade = fleschKincaid({ sentence: sentences.length, word: words, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, words };
}

export const readingGrade: Rule = {
  id: 'reading-grade',
  async check({ tree, language, config, prose, report }) {
    if (!isEnglish(language)) return;
    const syllables = await syllableCounter();
    const { readingGrade: target, paragraphGrade, paragraphMinWords } = config.lint;

    const paragraphs = new Map<Paragraph, ProseSentence[]>();
    for (const sentence of proseSentences(prose(), tree)) {
      const block = sentence.block;
      if (!block || block.type !== 'paragraph' || block.data?.directiveLabel) continue;
      const list = paragraphs.get(block) ?? [];
      list.push(sentence);
      paragraphs.set(block, list);
    }

    const whole = gradeOf([...paragraphs.values()].flat(), syllables);
    if (whole.words >= paragraphMinWords && whole.grade > target) {
      const body = tree.children.find((node) => node.type !== 'yaml');
      report(
        `Unexpected reading grade ${whole.grade.toFixed(1)} for the whole article, expected ${target} or lower; use shorter sentences and plainer, shorter words`,
        body?.position?.start ?? { line: 1, column: 1 },
      );
    }

    for (const [paragraph, sentences] of paragraphs) {
      const { grade, words } = gradeOf(sentences, syllables);
      if (words < paragraphMinWords || !(grade > paragraphGrade)) continue;
      report(
        `Unexpected reading grade ${grade.toFixed(1)} in this paragraph, expected ${paragraphGrade} or lower; split long sentences and use plainer, shorter words`,
        paragraph,
      );
    }
  },
  examples: [
    {
      name: 'ok: short words, short sentences',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Rest

Rest for a day or two. Then walk a little each day. Walk a bit more each day after that. Stop if the pain gets worse. Call us if it does not get better.
`,
      messages: [],
    },
    {
      name: 'not-ok: long words in long sentences',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Causes

Considerable inflammation, particularly involving vertebral articulations, occasionally necessitates individualized rehabilitation. Comprehensive evaluation frequently identifies contributory mechanical irregularities, especially regarding occupational activities. Subsequently, individualized therapeutic interventions substantially diminish recurrent discomfort.
`,
      messages: ['10:1', '12:1'],
    },
  ],
};
