/**
 * An item named twice in one series (“legs, bladder, perineum, and bladder”) usually hides the
 * item that was meant: in a list of symptoms or body parts, that is a lost medical fact.
 *
 * A series is comma-separated items ending in “and” or “or” before the last item, with or
 * without the Oxford comma, and at least three items. Items may be several words (“lower back,
 * upper back, and lower back”). They are compared case-insensitively, without a leading
 * “a”, “an” or “the”. Where the series starts and ends inside the sentence is unknown, so the
 * first item is matched as the end of the words before the first comma, and the last item as
 * the start of the words after “and”/“or”. A word joined to itself by a bare “and”/“or”
 * (“again and again”, “more and more”) is an idiom, not a repeated item; steps that come round
 * again in turn (“bend, straighten, bend, and straighten”) are a routine, not a series.
 *
 * The items of a bulleted list are a series too, compared as whole items; a numbered list is
 * steps, which may repeat.
 *
 * ok: `Spasms can affect the legs, bladder, and bowel.`; `Stretch again and again.`;
 * `Bend, straighten, bend, and straighten your knee.`
 * not-ok: `nerves to the legs, bladder, perineum, and bladder.` → error at the second “bladder”.
 * not-ok: bullets `- numb legs`, `- weak arms`, `- numb legs` → error at the second `numb legs`.
 */
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Word } from 'nlcst';
import type { Position } from 'unist';
import { visit } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { textOf } from '../prose-sentences.ts';

const conjunctions = new Set(['and', 'or']);
const articles = new Set(['a', 'an', 'the']);
/** Quotes and apostrophes around words do not end a series; other punctuation does. */
const transparent = /^["'“”‘’«»]+$/;

/** An item: its words (lowercase values alongside the nodes). */
interface Item {
  words: Word[];
  values: string[];
  /** `suffix`: the first item, any tail of its words; `prefix`: the last, any head; else exact. */
  open?: 'suffix' | 'prefix';
}

/**
 * Make an item from its words, without a leading article (unless it is the open first item).
 *
 * @param words Words of the item.
 * @param open Which end of the item is unknown.
 * @returns The item.
 */
function item(words: Word[], open?: Item['open']): Item {
  let start = 0;
  // The first item keeps its words: its start is unknown anyway.
  if (open !== 'suffix') while (start < words.length - 1 && articles.has(textOf(words[start]).toLowerCase())) start++;
  const kept = words.slice(start);
  return { words: kept, values: kept.map((word) => textOf(word).toLowerCase()), open };
}

/** Whether two lists of lowercase words are equal. */
function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * Where the later item `b` repeats the earlier item `a`, if it does.
 *
 * @param a Earlier item.
 * @param b Later item.
 * @param lengths Lengths of the exact (middle) items, to guess the length of the open ones.
 * @returns The words of `b` that repeat `a`.
 */
function repeats(a: Item, b: Item, lengths: readonly number[]): Word[] | undefined {
  if (!a.open && !b.open) return same(a.values, b.values) ? b.words : undefined;
  if (a.open === 'suffix' && !b.open) return same(a.values.slice(-b.values.length), b.values) ? b.words : undefined;
  if (!a.open && b.open === 'prefix') return same(b.values.slice(0, a.values.length), a.values) ? b.words.slice(0, a.values.length) : undefined;
  // First against last: both ends unknown, so try the lengths of the other items.
  for (const length of new Set([...lengths, b.values.length])) {
    if (length <= a.values.length && length <= b.values.length && same(a.values.slice(-length), b.values.slice(0, length))) {
      return b.words.slice(0, length);
    }
  }
  return undefined;
}

/**
 * Find repeated items in one series.
 *
 * @param items Items in order: the open first, exact middles, the open last.
 * @param idiom Index of a middle item joined to the last by a bare conjunction, when both are the same single word.
 * @returns The repeating words of each later item that repeats an earlier one.
 */
function repeatedItems(items: readonly Item[], idiom: number | undefined): Word[][] {
  const lengths = items.filter((entry) => !entry.open).map((entry) => entry.values.length);
  const found: Word[][] = [];
  for (let later = 1; later < items.length; later++) {
    for (let earlier = 0; earlier < later; earlier++) {
      if (earlier === idiom && later === items.length - 1) continue;
      const words = repeats(items[earlier], items[later], lengths);
      if (words && words.length > 0) {
        found.push(words);
        break;
      }
    }
  }
  return found;
}

/**
 * Whether the items are steps done in turn rather than a set of things: a pattern of two or
 * more steps that comes round again, item for item (“bend, straighten, bend, and straighten”;
 * “walk for five minutes, rest, walk for five more minutes, and rest again”). Items match by
 * their first word; the first item, whose start is unknown, matches when it holds that word.
 *
 * @param items Items in order: the open first, exact middles, the open last.
 * @returns True when the series repeats a pattern at least twice over.
 */
function routine(items: readonly Item[]): boolean {
  const matches = (a: Item, b: Item) => (a.open === 'suffix' ? a.values.includes(b.values[0]) : a.values[0] === b.values[0]);
  for (let period = 2; period * 2 <= items.length; period++) {
    let every = true;
    for (let index = 0; index + period < items.length && every; index++) every = matches(items[index], items[index + period]);
    if (every) return true;
  }
  return false;
}

/**
 * Find the series in a run of comma-separated segments and their repeated items.
 *
 * @param segments Words between commas, in order (a run never crosses other punctuation).
 * @returns Repeating words.
 */
function inSegments(segments: readonly Word[][]): Word[][] {
  const found: Word[][] = [];
  let first = 0;
  while (first < segments.length - 1) {
    const middles: Word[][] = [];
    let next = first + 1;
    for (; next < segments.length; next++) {
      const segment = segments[next];
      if (segment.length === 0) break;
      const conjunction = segment.findIndex((word) => conjunctions.has(textOf(word).toLowerCase()));
      if (conjunction === -1) {
        middles.push(segment);
        continue;
      }
      const bare = conjunction > 0;
      if (bare) middles.push(segment.slice(0, conjunction));
      const last = segment.slice(conjunction + 1);
      if (middles.length > 0 && last.length > 0) {
        const items = [item(segments[first], 'suffix'), ...middles.map((words) => item(words)), item(last, 'prefix')];
        const before = items[items.length - 2];
        const after = items[items.length - 1];
        const idiom = bare && before.values.length === 1 && after.values[0] === before.values[0] ? items.length - 2 : undefined;
        if (!routine(items)) found.push(...repeatedItems(items, idiom));
      }
      break;
    }
    // The segment that closed this series may open the next one.
    first = next < segments.length && segments[next].length > 0 ? next : next + 1;
  }
  return found;
}

export const repeatedListItem: Rule = {
  id: 'repeated-list-item',
  check({ tree, prose, report }) {
    // A bulleted list is a series too (“Call 911 if you have: - numbness - weakness - numbness”);
    // a numbered list is steps, which may come round again.
    visit(tree, 'list', (list: List) => {
      if (list.ordered) return;
      const seen = new Set<string>();
      for (const entry of list.children) {
        const first = entry.children[0];
        if (first?.type !== 'paragraph') continue;
        const text = toString(first).trim();
        const key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^(?:a|an|the) /, '');
        if (key === '') continue;
        if (seen.has(key)) report(`Unexpected “${text.replace(/[.;,:]+$/, '')}” a second time in one series, expected each item once; remove the repeat, or name the item that was meant`, first);
        seen.add(key);
      }
    });
    visit(prose(), 'SentenceNode', (sentence) => {
      let segments: Word[][] = [[]];
      const runs: Word[][][] = [segments];
      for (const child of sentence.children) {
        if (child.type === 'WordNode') segments[segments.length - 1].push(child);
        else if (child.type === 'WhiteSpaceNode') continue;
        else if (textOf(child) === ',') segments.push([]);
        else if (child.type === 'PunctuationNode' && transparent.test(textOf(child))) continue;
        else runs.push((segments = [[]]));
      }
      for (const run of runs) {
        for (const words of inSegments(run)) {
          const start = words[0].position?.start;
          const end = words[words.length - 1].position?.end;
          const place: Position | undefined = start && end ? { start, end } : undefined;
          const name = words.map(textOf).join(' ');
          report(`Unexpected “${name}” a second time in one series, expected each item once; remove the repeat, or name the item that was meant`, place);
        }
      }
    });
  },
  examples: [
    {
      name: 'ok: a series of different items',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Spasms can affect the legs, hips, and bowel.
`,
      messages: [],
    },
    {
      name: 'not-ok: an item twice in a series',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Spasms can press on nerves to the legs, bladder, hips, and bladder.
`,
      messages: ['10:60'],
    },
    {
      name: 'not-ok: a bullet twice',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

- numb legs
- weak arms
- numb legs
`,
      messages: ['12:3'],
    },
  ],
};
