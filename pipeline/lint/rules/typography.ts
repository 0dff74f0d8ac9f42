/**
 * Typewriter habits that print badly or read wrongly: “--” or a spaced hyphen used as a dash,
 * a ring “˚” or “º” (or a letter o, “37oC”) used as a degree sign, straight and curly double
 * quotes mixed in one article, and double spaces between words. Each message carries its fix,
 * which `pressroom lint --fix` applies. British-style Englishes get a spaced en dash (“ – ”),
 * others a spaced em dash (“ — ”); a number range gets an unspaced en dash (“5–10”).
 */
import type { Rule } from '../rule.ts';
import { textMatches } from '../text-matches.ts';
import { exampleArticle } from '../example-article.ts';

export const typography: Rule = {
  id: 'typography',
  check({ tree, file, language, report }) {
    const dash = /^en-(?:gb|au|nz|ie|za|in)$/i.test(language) ? '–' : '—';
    // “--” between words, or a hyphen with a space on each side.
    for (const found of textMatches(tree, file, /(?<=\S)( ?)(--|-)( ?)(?=\S)/g)) {
      const [whole, before, hyphens, after] = found.match;
      if (hyphens === '-' && !(before && after)) continue;
      if (hyphens === '--' && found.start > 0 && /[-<!]/.test(String(file.value)[found.start - 1])) continue;
      const value = String(file.value);
      const range = /\d/.test(value[found.start - 1] ?? '') && /\d/.test(value[found.end] ?? '');
      const text = range ? '–' : before || after ? ` ${dash} ` : dash;
      report(`Unexpected “${whole}” used as a dash, expected “${text.trim()}”${range ? ' for a range' : ''}; pressroom lint --fix replaces it`, found.position, undefined, {
        start: found.start,
        end: found.end,
        text,
      });
    }
    // A ring above or an ordinal indicator (or the letter o) where a degree sign belongs.
    // `º` is also the Spanish ordinal (“1º”): only before C or F outside English.
    const degree = /^en(?:-|$)/i.test(language) ? /(?<=\d) ?(˚|º|o(?=[CF]\b))/g : /(?<=\d) ?(˚|[ºo](?= ?[CF]\b))/g;
    for (const found of textMatches(tree, file, degree)) {
      report(`Unexpected “${found.match[1]}” used as a degree sign, expected “°”; pressroom lint --fix replaces it`, found.position, undefined, {
        start: found.end - found.match[1].length,
        end: found.end,
        text: '°',
      });
    }
    // Straight and curly double quotes in one article: the less used style is the odd one out.
    const straight = textMatches(tree, file, /"/g);
    const curly = textMatches(tree, file, /[“”]/g);
    if (straight.length > 0 && curly.length > 0) {
      const value = String(file.value);
      if (curly.length >= straight.length) {
        for (const found of straight) {
          const opening = found.start === 0 || /[\s([{—–-]/.test(value[found.start - 1]);
          report('Unexpected straight quote `"` in an article that uses curly quotes (“ ”), expected one style; pressroom lint --fix makes it curly', found.position, undefined, {
            start: found.start,
            end: found.end,
            text: opening ? '“' : '”',
          });
        }
      } else {
        for (const found of curly) {
          report(`Unexpected curly quote \`${found.match[0]}\` in an article that uses straight quotes ("), expected one style; pressroom lint --fix makes it straight`, found.position, undefined, {
            start: found.start,
            end: found.end,
            text: '"',
          });
        }
      }
    }
    // Two or more spaces between words (not indentation, not a hard line break at the end).
    for (const found of textMatches(tree, file, /(?<=[^\s])  +(?=[^\s])/g)) {
      report('Unexpected double space between words, expected one; pressroom lint --fix removes it', found.position, undefined, { start: found.start, end: found.end, text: ' ' });
    }
  },
  examples: [
    { name: 'good typography', markdown: exampleArticle('Rest for 2–3 days — then walk. Keep the room at 20 °C. A well-known “tip”. A sit-to-stand.'), messages: [] },
    { name: 'typewriter habits', markdown: exampleArticle('Rest -- then walk. Ice it - not heat. Take 5 - 10 mg.\nKeep it at 37˚C or 98oF.  "Rest" and “walk” and “run”.'), messages: ['10:5', '10:26', '10:45', '11:14', '11:22', '11:27', '11:32', '11:25'] },
  ],
};
