/**
 * Patients read at different levels, and a worried reader reads worse: the article, and each
 * paragraph, stays at a school grade most adults read easily. The grade is Flesch–Kincaid
 * (words per sentence and syllables per word; syllables from the CMU Pronouncing Dictionary), over the body's paragraphs, list items and
 * callouts; headings and callout labels are titles, not prose, and are left out. A list item
 * is a sentence even without a final full stop.
 *
 * Spanish has its own formula: the Szigriszt–Pazos reading ease (206.835 − 62.3 × syllables per
 * word − words per sentence), read on the INFLESZ scale (below 40 very difficult, 40–55 somewhat
 * difficult, 55–65 normal, 65–80 fairly easy, above 80 very easy); syllables from
 * lint/spanish-syllables.ts. Other languages have no formula here (language-checks says so).
 *
 * Options: `lint.readingGrade` (whole article, default 8), `lint.paragraphGrade` (one paragraph,
 * default 10), `lint.spanishReadingEase` (whole Spanish article, at least 55),
 * `lint.spanishParagraphEase` (one Spanish paragraph, at least 40), `lint.paragraphMinWords`
 * (shorter paragraphs, and shorter articles, are not graded: a few words give no reliable grade; default 25).
 *
 * ok: `Rest for a day or two. Then walk a little each day.`
 * not-ok: an article of long sentences full of words like “musculoskeletal” → warning at the
 * first line of the body; each such paragraph of 25 words or more → warning at the paragraph.
 */
import type { Paragraph } from 'mdast';
import { fleschKincaid } from 'flesch-kincaid';
import type { Rule } from '../rule.ts';
import { proseSentences, textOf, type ProseSentence } from '../prose-sentences.ts';
import { syllableCounter } from '../syllables.ts';
import { spanishSyllables } from '../spanish-syllables.ts';

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

/**
 * The Szigriszt–Pazos reading ease of a stretch of Spanish prose (INFLESZ scale: higher is easier).
 *
 * @param sentences Sentences, each with at least one word.
 * @returns Ease rounded to one decimal (NaN without words), and the word count.
 */
function spanishEaseOf(sentences: readonly ProseSentence[]): { ease: number; words: number } {
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      words++;
      syllables += spanishSyllables(textOf(word));
    }
  }
  const ease = 206.835 - (62.3 * syllables) / words - words / sentences.length;
  return { ease: Math.round(ease * 10) / 10, words };
}

/** A formula: how hard a stretch of prose is, and the words of the messages. */
interface Scale {
  /** Whether the text is too hard for the target, the score as shown, and its word count. */
  judge(sentences: readonly ProseSentence[], whole: boolean): { over: boolean; shown: string; words: number };
  article(shown: string): string;
  paragraph(shown: string): string;
}

export const readingGrade: Rule = {
  id: 'reading-grade',
  // Its formulas hold for English (Flesch–Kincaid) and Spanish (Szigriszt–Pazos).
  languages: { only: ['en', 'es'] },
  async check({ tree, config, prose, report, language }) {
    const { readingGrade: target, paragraphGrade, paragraphMinWords, spanishReadingEase, spanishParagraphEase } = config.lint;
    let scale: Scale;
    if (language.split('-')[0].toLowerCase() === 'es') {
      scale = {
        judge: (sentences, whole) => {
          const { ease, words } = spanishEaseOf(sentences);
          return { over: ease < (whole ? spanishReadingEase : spanishParagraphEase), shown: ease.toFixed(1), words };
        },
        article: (shown) => `Unexpected reading ease ${shown} (Szigriszt–Pazos, INFLESZ scale) for the whole article, expected ${spanishReadingEase} or higher; use shorter sentences and plainer, shorter words`,
        paragraph: (shown) => `Unexpected reading ease ${shown} (Szigriszt–Pazos, INFLESZ scale) in this paragraph, expected ${spanishParagraphEase} or higher; split long sentences and use plainer, shorter words`,
      };
    } else {
      const syllables = await syllableCounter();
      scale = {
        judge: (sentences, whole) => {
          const { grade, words } = gradeOf(sentences, syllables);
          return { over: grade > (whole ? target : paragraphGrade), shown: grade.toFixed(1), words };
        },
        article: (shown) => `Unexpected reading grade ${shown} for the whole article, expected ${target} or lower; use shorter sentences and plainer, shorter words`,
        paragraph: (shown) => `Unexpected reading grade ${shown} in this paragraph, expected ${paragraphGrade} or lower; split long sentences and use plainer, shorter words`,
      };
    }

    const paragraphs = new Map<Paragraph, ProseSentence[]>();
    for (const sentence of proseSentences(prose(), tree)) {
      const block = sentence.block;
      if (!block || block.type !== 'paragraph' || block.data?.directiveLabel) continue;
      const list = paragraphs.get(block) ?? [];
      list.push(sentence);
      paragraphs.set(block, list);
    }

    const whole = scale.judge([...paragraphs.values()].flat(), true);
    if (whole.words >= paragraphMinWords && whole.over) {
      const body = tree.children.find((node) => node.type !== 'yaml');
      report(scale.article(whole.shown), body?.position?.start ?? { line: 1, column: 1 });
    }

    for (const [paragraph, sentences] of paragraphs) {
      const { over, shown, words } = scale.judge(sentences, false);
      if (words < paragraphMinWords || !over) continue;
      report(scale.paragraph(shown), paragraph);
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
    {
      name: 'ok: plain Spanish, short sentences',
      markdown: `---
title: Cómo aliviar la espalda rígida
summary: Formas sencillas de aliviar la espalda en casa.
type: guide
language: es
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Descanso

Descanse uno o dos días. Luego camine un poco cada día. Camine un poco más cada día después. Pare si el dolor empeora. Llámenos si no mejora.
`,
      messages: [],
    },
    {
      name: 'not-ok: long Spanish words in long sentences',
      markdown: `---
title: Cómo aliviar la espalda rígida
summary: Formas sencillas de aliviar la espalda en casa.
type: guide
language: es
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Causas

La considerable inflamación, particularmente involucrando articulaciones vertebrales, ocasionalmente necesita rehabilitación individualizada. La evaluación exhaustiva frecuentemente identifica irregularidades mecánicas contributivas, especialmente relacionadas con actividades ocupacionales. Posteriormente, intervenciones terapéuticas individualizadas disminuyen sustancialmente molestias recurrentes.
`,
      messages: ['11:1', '13:1'],
    },
  ],
};
