/**
 * Spelling, against the English dictionary (dictionary-en, American spelling) plus the clinic's
 * own words from `dictionary.txt` in the content folder: one word per line, `#` starts a comment.
 * Lines use the Hunspell personal-dictionary form, so `NSAID/AID` also accepts the forms of
 * “AID” (`NSAIDs`) and `*word` forbids a word. Wraps retext-spell; retext-syntax-urls keeps URLs
 * and emails out, and code, HTML, numbers, words with digits (`20mg`) and common units (`mcg`,
 * `mmHg`) are not checked. Quoted words and terms before a colon ("**Spondylolistesis:**") are checked too
 * (retext-spell skips such "literal" words by default, which would hide typos in glossary-style lists). The title
 * and summary in the frontmatter are checked too. English only.
 *
 * ok: `Rest for a day.`; `spondylolisthesis` when `dictionary.txt` lists it.
 * not-ok: `Rest for a dya.` → warning at `dya`, suggesting `day`.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import dictionaryEn from 'dictionary-en';
import nspell from 'nspell';
import retextSpell from 'retext-spell';
import retextSyntaxUrls from 'retext-syntax-urls';
import { DICTIONARY_NAME } from '../../config/config-source.ts';
import type { Rule } from '../rule.ts';
import { runPlugin } from '../run-plugin.ts';
import { proseTreeWith } from '../prose-tree.ts';
import { writtenInEnglish } from '../written-in-english.ts';
import { frontmatterPosition } from '../frontmatter-position.ts';
import { markdownParser } from '../../content/markdown.ts';
import { codeCells, SuggestionBudget, spellCheckable, withoutUncheckableWords } from '../spell-limits.ts';

/** Units written after numbers that dictionary-en lacks (it has `mg`, `kg`, `cm`, `mL`…). */
const units = ['mcg', 'µg', 'μg', 'mmHg', 'IU', 'kcal', 'mEq', 'mmol', 'dL', 'mins', 'hrs', 'secs', 'wks', 'yrs', 'bpm'];

/** retext-spell only finds unknown words (`max: -1`: it never suggests); suggestions are ours, bounded (lint/spell-limits.ts). */
const NO_SUGGESTIONS = -1;

const proseWithUrls = proseTreeWith([retextSyntaxUrls]);

type Checker = ReturnType<typeof retextSpell>;

/** One checker per personal word list: building nspell over dictionary-en takes about 0.1 s. */
const checkers = new Map<string, Checker>();

/**
 * The spell checker for a clinic's word list, built once per process.
 *
 * @param words Entries of the clinic's dictionary.
 * @returns retext-spell's transformer.
 */
function checkerFor(words: readonly string[]): Checker {
  // An entry of several words (“cauda equina”) accepts each of them.
  const personal = words.flatMap((entry) => entry.split(/\s+/)).filter(Boolean).join('\n');
  let checker = checkers.get(personal);
  if (!checker) {
    checker = retextSpell({ dictionary: dictionaryEn, personal, ignore: units, max: NO_SUGGESTIONS, ignoreLiteral: false });
    checkers.set(personal, checker);
  }
  return checker;
}

/** One suggester per personal word list, built on first use (most runs suggest nothing). */
const suggesters = new Map<string, { spell: ReturnType<typeof nspell>; cache: Map<string, string[]> }>();

function suggestionsFor(words: readonly string[], word: string, budget: SuggestionBudget): string[] {
  const personal = words.flatMap((entry) => entry.split(/\s+/)).filter(Boolean).join('\n');
  let suggester = suggesters.get(personal);
  if (!suggester) {
    suggester = { spell: nspell(dictionaryEn as never), cache: new Map() };
    suggester.spell.personal(personal);
    suggesters.set(personal, suggester);
  }
  const cached = suggester.cache.get(word);
  if (cached) return cached;
  const { spell, cache } = suggester;
  return budget.suggest(word, (unknown) => {
    const list = spell.suggest(unknown).slice(0, 3);
    cache.set(unknown, list);
    return list;
  });
}

/**
 * Quote suggestions as “`a`, `b` or `c`”.
 *
 * @param words Suggestions (at least one).
 * @returns Text.
 */
function either(words: readonly string[]): string {
  const quoted = words.map((word) => `\`${word}\``);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted[0];
}

export const spelling: Rule = {
  id: 'spelling',
  async check({ file, tree, article, config, report }) {
    if (!writtenInEnglish(article, config)) return;
    const checker = checkerFor(config.dictionary);
    const dictionary = path.relative(file.cwd, path.join(config.contentDir, DICTIONARY_NAME)).split(path.sep).join('/');
    const budget = new SuggestionBudget();
    const cells = codeCells(tree);
    const check = async (prose: NlcstRoot, value: string, place: (message: VFileMessage) => VFileMessage['place'], inBody = false) => {
      for (const message of await runPlugin(() => checker, undefined, withoutUncheckableWords(prose), new VFile({ path: file.path, value }))) {
        const word = message.actual;
        if (message.source !== 'retext-spell' || message.ruleId === 'overflow' || !word || !spellCheckable(word)) continue;
        const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined;
        if (inBody && offset !== undefined && cells.some(([start, end]) => offset >= start && offset < end)) continue;
        const suggestions = suggestionsFor(config.dictionary, word, budget);
        const expected = suggestions.length > 0 ? `, expected ${either(suggestions)}` : '';
        report(`Unexpected unknown word \`${word}\`${expected}; fix the spelling, or if the word is right add it to ${dictionary}`, place(message));
      }
    };
    // The title and summary are read first, on every page, card and e-book chapter.
    for (const key of ['title', 'summary'] as const) {
      if (!article) continue;
      // Read as Markdown, so a link's address or `code` in a summary is not taken for words.
      const value = new VFile({ path: file.path, value: article[key] });
      const prose = proseWithUrls(markdownParser.parse(value), value);
      await check(prose, article[key], (message) => frontmatterWordPlace(tree, file, key, article[key], message));
    }
    await check(proseWithUrls(tree, file), String(file.value), (message) => message.place, true);
  },
  examples: [
    {
      name: 'ok: words from the dictionary',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for a day.
`,
      messages: [],
    },
    {
      name: 'not-ok: a misspelt word',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for a dya.
`,
      messages: ['10:12'],
    },
  ],
};

/**
 * Where a word of a frontmatter value is in the file: exact when the value is written on one
 * line as it reads (plain, or quoted without escapes), else the start of the value.
 *
 * @param tree Article tree.
 * @param file Article file.
 * @param key Frontmatter key.
 * @param value The value as validated.
 * @param message The spell checker's message, placed in `value`.
 * @returns The place in the file.
 */
function frontmatterWordPlace(tree: Root, file: VFile, key: string, value: string, message: VFileMessage): VFileMessage['place'] {
  const position = frontmatterPosition(tree, [key]);
  if (!position) return undefined;
  const start = message.place && 'start' in message.place ? message.place.start : undefined;
  if (position.start.line !== position.end.line || start?.offset === undefined) return position.start;
  const written = String(file.value).split(/\r?\n/)[position.start.line - 1].slice(position.start.column - 1, position.end.column - 1);
  const shift = written === value ? 0 : written === `"${value}"` || written === `'${value}'` ? 1 : undefined;
  if (shift === undefined) return position.start;
  const column = position.start.column + shift + start.offset;
  return { start: { line: position.start.line, column }, end: { line: position.start.line, column: column + String(message.actual).length } };
}
