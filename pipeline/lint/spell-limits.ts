/**
 * Bounds on the cost of spelling, whatever an article holds. nspell's `suggest` grows fast
 * with a word's length (a 1,000-letter "word" took 24 s; 10,000 letters ran out of memory),
 * and an article listing drug names asked for one suggestion per name. So:
 *
 * - tokens that are not prose words are never checked: longer than MAX_WORD_LENGTH, or code-like
 *   (digits, or capitals after the first letter: `HbA1c`, `eGFR`, `M54.5`), and table cells that
 *   hold one such token or a run of them (a column of codes);
 * - suggestions are made only for words up to MAX_SUGGESTED_LENGTH letters, at most
 *   MAX_SUGGESTIONS_PER_FILE per article, and not after SUGGESTION_BUDGET_MS of suggesting in it.
 */
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';

/** Longer tokens are not words a patient reads (a pasted hash, a run-on string): not checked. */
export const MAX_WORD_LENGTH = 40;
/** Longer words are checked but get no suggestion (nspell's cost grows with length). */
const MAX_SUGGESTED_LENGTH = 20;
export const MAX_SUGGESTIONS_PER_FILE = 25;
const SUGGESTION_BUDGET_MS = 2000;

/**
 * Whether a token is worth spell-checking.
 *
 * @param word The token as written.
 * @returns False for over-long and code-like tokens.
 */
export function spellCheckable(word: string): boolean {
  if (word.length > MAX_WORD_LENGTH) return false;
  if (/\p{N}/u.test(word)) return false;
  // Capitals after the first letter, other than an all-capitals word: `eGFR`, `HbA`, `iPhone`.
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters !== letters.toUpperCase() && /\p{Lu}/u.test(letters.slice(1))) return false;
  return true;
}

/**
 * Source lines of table cells that hold codes rather than words: no cell word is checked there.
 *
 * @param tree The article's Markdown tree.
 * @returns Positions (start/end offsets) of such cells.
 */
export function codeCells(tree: MdastRoot): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const stack: MdastNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'tableCell') {
      const text = cellText(node).trim();
      const tokens = text.split(/\s+/).filter(Boolean);
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (tokens.length > 0 && tokens.every((token) => !spellCheckable(token) || /^[\p{Lu}\p{N}.\-_/]+$/u.test(token)) && start !== undefined && end !== undefined) {
        found.push([start, end]);
      }
      continue;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as MdastNodes);
  }
  return found;
}

function cellText(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((child) => cellText(child as MdastNodes)).join(' ') : '';
}

/** Suggestions for one article: capped in number, word length and time. */
export class SuggestionBudget {
  private used = 0;
  private spentMs = 0;

  /**
   * Suggestions for a word, or none when the budget is spent or the word is too long.
   *
   * @param word The unknown word.
   * @param suggest The (slow) suggestion function.
   * @returns Its suggestions.
   */
  suggest(word: string, suggest: (word: string) => string[]): string[] {
    if (word.length > MAX_SUGGESTED_LENGTH || this.used >= MAX_SUGGESTIONS_PER_FILE || this.spentMs >= SUGGESTION_BUDGET_MS) return [];
    this.used += 1;
    const started = performance.now();
    try {
      return suggest(word);
    } finally {
      this.spentMs += performance.now() - started;
    }
  }
}
