/**
 * Spelling, against the dictionary of the article's language (`language`, else the config's
 * default): `en`/`en-US` American, `en-GB` British, and `en-AU`, `en-CA`, `en-ZA`, `es` — one
 * table in `spelling-dictionaries.ts`. A language without a dictionary gets one info message,
 * never a flood of false positives. With `lint.medicalDictionary: true`, English articles also
 * accept the medical word list (`@cspell/dict-medicalterms`). The clinic's `dictionary.txt`
 * comes last: one word per line, `#` comments, Hunspell personal-dictionary form (`NSAID/AID`
 * also accepts `NSAIDs`; `*word` forbids a word).
 *
 * Not checked: code, HTML, URLs and emails (retext-syntax-urls), words with digits (`20mg`,
 * `M54.5`), units (`mcg`, `mmHg`), all-capital abbreviations (`acronym-definition` checks
 * those), pronunciation guides (“(spon-dee-LOH-sis)”) and, in the body, capitalised names inside a
 * sentence (“Nurofen”, “MedlinePlus”); a capitalised word that starts a sentence is checked. Quoted words and glossary terms
 * (“**Spondylolistesis:**”) are checked. The title and summary are checked too.
 *
 * Dictionaries load once per process and only when an article needs them; suggestions (the
 * slow part of nspell) are computed only for words that are reported, and cached.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { Root as NlcstRoot, Sentence, Word } from 'nlcst';
import type { Position } from 'unist';
import { VFile } from 'vfile';
import { visit } from '../walk.ts';
import nspell from 'nspell';
import retextSyntaxUrls from 'retext-syntax-urls';
import { DICTIONARY_NAME } from '../../config/config-source.ts';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { Rule } from '../rule.ts';
import { proseTreeWith } from '../prose-tree.ts';
import { textOf } from '../prose-sentences.ts';
import { frontmatterPosition } from '../frontmatter-position.ts';
import { markdownParser } from '../../content/markdown.ts';
import { dictionaryKey, loadMedicalWords, MEDICAL_PACKAGE, spellingDictionaries } from '../spelling-dictionaries.ts';
import { codeCells, SuggestionBudget, spellCheckable } from '../spell-limits.ts';

/** Units written after numbers that the dictionaries lack (dictionary-en has `mg`, `kg`, `cm`, `mL`…). */
const units = new Set(['mcg', 'µg', 'μg', 'mmHg', 'IU', 'kcal', 'mEq', 'mmol', 'dL', 'mins', 'hrs', 'secs', 'wks', 'yrs', 'bpm', 'mg', 'ml', 'mL', 'kg', 'cm', 'mm']);

/** Suggestions cost tens of milliseconds each: at most this many words get them per process. */
const maxSuggested = 1000;

const proseWithUrls = proseTreeWith([retextSyntaxUrls]);

interface Checker {
  spell: ReturnType<typeof nspell>;
  /** Medical words (lowercase), looked up beside nspell: a Set builds far faster than 98,000 `add` calls. */
  medical: ReadonlySet<string>;
  /** Words the clinic forbids (`*word` in dictionary.txt), which the medical list must not accept either. */
  forbidden: ReadonlySet<string>;
  suggestions: Map<string, string[]>;
  /** `correct` by word: articles repeat their words, and the checker never changes once built. */
  verdicts: Map<string, boolean>;
}

/** Words whose verdict a checker remembers at most. */
const MAX_VERDICTS = 100_000;

/** Checkers by dictionary, medical list and personal words; built once per process. */
const checkers = new Map<string, Promise<Checker>>();
let suggested = 0;

/**
 * The spell checker for a language, medical setting and clinic word list.
 *
 * @param key Key of `spellingDictionaries`.
 * @param medical Whether to add the medical word list.
 * @param words Entries of the clinic's dictionary.
 * @returns The checker.
 */
function checkerFor(key: string, medical: boolean, words: readonly string[]): Promise<Checker> {
  // An entry of several words (“cauda equina”) accepts each of them.
  const personal = words.flatMap((entry) => entry.split(/\s+/)).filter(Boolean).join('\n');
  const id = `${key}\0${medical}\0${personal}`;
  let checker = checkers.get(id);
  if (!checker) {
    checker = spellingDictionaries[key].load().then((dictionary) => {
      const spell = nspell(dictionary as never);
      // The clinic's words come last, so `*word` can forbid a word the other lists accept.
      if (personal) spell.personal(personal);
      const forbidden = new Set(personal.split('\n').filter((line) => line.startsWith('*')).map((line) => line.slice(1).toLowerCase()));
      return { spell, medical: medical ? medicalSet() : new Set<string>(), forbidden, suggestions: new Map(), verdicts: new Map() };
    });
    checkers.set(id, checker);
  }
  return checker;
}

let medicalWordSet: Set<string> | undefined;

/**
 * The medical words as a lowercase set, built once.
 *
 * @returns The set (empty when the package is missing).
 */
function medicalSet(): Set<string> {
  medicalWordSet ??= new Set((loadMedicalWords() ?? []).map((word) => word.toLowerCase()));
  return medicalWordSet;
}

/**
 * Whether the medical list has a word, or its singular (“spondyloses” → no; “myalgias” → “myalgia”).
 *
 * @param checker The checker.
 * @param word Word text.
 * @returns True when listed and not forbidden by the clinic.
 */
function medicalWord(checker: Checker, word: string): boolean {
  const lower = word.toLowerCase().replace(/'s$/, '');
  if (checker.medical.size === 0 || checker.forbidden.has(lower)) return false;
  return checker.medical.has(lower) || (lower.endsWith('s') && checker.medical.has(lower.slice(0, -1))) || (lower.endsWith('es') && checker.medical.has(lower.slice(0, -2)));
}

/**
 * Whether a word is a pronunciation guide: hyphenated syllables with a stressed one in
 * capitals (“spon-dee-LOH-sis”).
 *
 * @param word Word text.
 * @returns True for a guide.
 */
function isPronunciation(word: string): boolean {
  const parts = word.split('-');
  // Lowercase guides (“spon-dee-low-sis”): three or more short syllables.
  if (parts.length >= 3 && parts.every((part) => /^\p{L}{1,5}$/u.test(part))) return true;
  return parts.length >= 2 && parts.every((part) => /^\p{L}+$/u.test(part)) && parts.some((part) => part.length >= 2 && part === part.toUpperCase()) && parts.some((part) => part === part.toLowerCase());
}

/**
 * Whether a word is skipped rather than checked.
 *
 * @param word Word text.
 * @returns True to skip.
 */
function skipped(word: string): boolean {
  // Over-long and code-like tokens (lint/spell-limits.ts): not words a patient reads, and costly.
  if (!spellCheckable(word)) return true;
  if (/\p{N}/u.test(word) || units.has(word) || /^\p{L}\.?$/u.test(word)) return true;
  // All capitals (`NSAID`, `NSAIDs`, `A&E`): abbreviations, checked by `acronym-definition`.
  if (/^\p{Lu}[\p{Lu}&]+s?$/u.test(word)) return true;
  return isPronunciation(word);
}

/**
 * Whether the checker accepts a word, or each part of a hyphenated one.
 *
 * @param checker The checker.
 * @param word Word text (apostrophes straightened).
 * @returns True when correct.
 */
function correct(checker: Checker, word: string): boolean {
  let verdict = checker.verdicts.get(word);
  if (verdict === undefined) {
    const parts = word.split(/[-–]/).filter(Boolean);
    verdict =
      checker.spell.correct(word) || medicalWord(checker, word) || (parts.length > 1 && parts.every((part) => skipped(part) || checker.spell.correct(part) || medicalWord(checker, part)));
    // Bounded: a library of made-up words must not hold them all.
    if (checker.verdicts.size >= MAX_VERDICTS) checker.verdicts.clear();
    checker.verdicts.set(word, verdict);
  }
  return verdict;
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

/**
 * Misspelt words of a prose tree.
 *
 * @param checker The checker.
 * @param prose nlcst tree.
 * @param properNames Whether to leave capitalised words inside a sentence unchecked (the body; not the title).
 * @returns Word text and node.
 */
function misspelt(checker: Checker, prose: NlcstRoot, properNames: boolean): Array<{ word: string; node: Word }> {
  const found: Array<{ word: string; node: Word }> = [];
  visit(prose, 'SentenceNode', (sentence: Sentence) => {
    let first = true;
    for (const node of sentence.children) {
      if (node.type !== 'WordNode') continue;
      const word = textOf(node).replace(/’/g, "'");
      const start = first;
      first = false;
      if (skipped(word) || correct(checker, word)) continue;
      // A capitalised word inside a sentence is a name (a brand, a place, a service): the
      // dictionaries cannot know them all, and a false alarm on every one buries real typos.
      if (properNames && !start && /^\p{Lu}\p{Ll}/u.test(word)) continue;
      found.push({ word, node });
    }
  });
  return found;
}

/**
 * Suggestions for a reported word, computed once per word.
 *
 * @param checker The checker.
 * @param word The word.
 * @returns Up to three suggestions.
 */
function suggest(checker: Checker, word: string, budget: SuggestionBudget): string[] {
  const cached = checker.suggestions.get(word);
  if (cached) return cached;
  if (suggested >= maxSuggested) return [];
  // Per article: bounded in count, word length and time; only words that got suggestions are cached.
  return budget.suggest(word, (unknown) => {
    suggested++;
    const list = checker.spell.suggest(unknown).slice(0, 3);
    checker.suggestions.set(unknown, list);
    return list;
  });
}

/**
 * The language whose dictionary checks an article, and whether the medical list applies.
 *
 * @param language Article language.
 * @param config Resolved config.
 * @returns Table key and medical flag, or undefined without a dictionary.
 */
function spellingSetup(language: string, config: ResolvedConfig): { key: string; medical: boolean } | undefined {
  const key = dictionaryKey(language);
  return key === undefined ? undefined : { key, medical: config.lint.medicalDictionary && key.startsWith('en') };
}

/**
 * The spell checker of an article (for rules that ask whether an abbreviation is also a word).
 *
 * @param language Article language.
 * @param config Resolved config.
 * @returns nspell's `correct`, or undefined without a dictionary.
 */
export async function wordCheckerFor(language: string, config: ResolvedConfig): Promise<((word: string) => boolean) | undefined> {
  const setup = spellingSetup(language, config);
  if (!setup) return undefined;
  const checker = await checkerFor(setup.key, setup.medical, config.dictionary);
  // The language dictionary only: the medical list holds abbreviations such as `NSAID`.
  return (word) => checker.spell.correct(word);
}

const article = (frontmatter: string, body: string) => `---\ntitle: Knee pain\nsummary: Ways to ease knee pain.\ntype: guide\n${frontmatter}reviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n---\n\n${body}\n`;

export const spelling: Rule = {
  id: 'spelling',
  async check({ file, tree, article, language, config, report }) {
    const setup = spellingSetup(language, config);
    // No dictionary for this language: `language-checks` says so, once per article.
    if (!setup) return;
    if (setup.medical && loadMedicalWords() === null) {
      report(`Medical words not checked: \`lint.medicalDictionary\` is on but ${MEDICAL_PACKAGE} is not installed; run \`npm install ${MEDICAL_PACKAGE}\``, { line: 1, column: 1 }, 'info');
    }
    const checker = await checkerFor(setup.key, setup.medical, config.dictionary);
    const dictionary = path.relative(file.cwd, path.join(config.contentDir, DICTIONARY_NAME)).split(path.sep).join('/');
    const budget = new SuggestionBudget();
    const cells = codeCells(tree);
    const say = (word: string, place: Position | undefined, inBody = false) => {
      const offset = place?.start.offset;
      // A table cell of codes (`M54.5`, `QXZ-12`) is not prose.
      if (inBody && offset !== undefined && cells.some(([start, end]) => offset >= start && offset < end)) return;
      const suggestions = suggest(checker, word, budget);
      const expected = suggestions.length > 0 ? `, expected ${either(suggestions)}` : '';
      report(`Unexpected unknown word \`${word}\`${expected}; fix the spelling, or if the word is right add it to ${dictionary}`, place);
    };
    // The title and summary are read first, on every page, card and e-book chapter.
    for (const key of ['title', 'summary'] as const) {
      if (!article) continue;
      // Read as Markdown, so a link's address or `code` in a summary is not taken for words.
      const value = new VFile({ path: file.path, value: article[key] });
      for (const { word, node } of misspelt(checker, proseWithUrls(markdownParser.parse(value), value), false)) {
        say(word, frontmatterWordPlace(tree, file, key, article[key], node.position, word));
      }
    }
    for (const { word, node } of misspelt(checker, proseWithUrls(tree, file), true)) say(word, node.position, true);
  },
  examples: [
    { name: 'British spelling in a British article', markdown: article('language: en-GB\n', 'Organise your week so the colour of your urine stays pale, and ask about anaemia.'), messages: [] },
    { name: 'a typo', markdown: article('', 'Rest for a dya.'), messages: ['10:12'] },
    { name: 'a pronunciation guide and a dose', markdown: article('', 'Spondylosis (spon-dee-LOH-sis) is wear of the spine. Take 200mg of ibuprofen.'), config: { lint: { medicalDictionary: true } }, messages: [] },
    { name: 'ok: a language without a dictionary (language-checks says so)', markdown: article('language: fr\n', 'Reposez-vous.'), messages: [] },
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
 * @param place The word's place in `value`.
 * @param word The word.
 * @returns The place in the file.
 */
function frontmatterWordPlace(tree: Root, file: VFile, key: string, value: string, place: Position | undefined, word: string): Position | undefined {
  const position = frontmatterPosition(tree, [key]);
  if (!position) return undefined;
  const offset = place?.start.offset;
  if (position.start.line !== position.end.line || offset === undefined) return { start: position.start, end: position.start };
  const written = String(file.value).split(/\r?\n/)[position.start.line - 1].slice(position.start.column - 1, position.end.column - 1);
  const shift = written === value ? 0 : written === `"${value}"` || written === `'${value}'` ? 1 : undefined;
  if (shift === undefined) return { start: position.start, end: position.start };
  const column = position.start.column + shift + offset;
  return { start: { line: position.start.line, column }, end: { line: position.start.line, column: column + word.length } };
}
