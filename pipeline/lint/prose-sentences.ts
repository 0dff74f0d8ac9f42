/**
 * The sentences of an article's prose tree, each with its words, its place in the Markdown
 * source and the Markdown block (paragraph or heading) it belongs to. The nlcst tree alone
 * cannot say which sentences form one Markdown paragraph: it starts a new nlcst paragraph
 * at every line ending between sentences, and headings and list items look like paragraphs.
 */
import type { Heading, Paragraph, Root as MdastRoot } from 'mdast';
import type { Root, Sentence, Word } from 'nlcst';
import type { Position } from 'unist';
import { visit } from './walk.ts';

export interface ProseSentence {
  node: Sentence;
  /** Word nodes of the sentence, in order. */
  words: Word[];
  /** From the first to the last child that is not white space. */
  position: Position | undefined;
  /** The Markdown paragraph or heading the sentence starts in, if any. */
  block: Paragraph | Heading | undefined;
}

/**
 * The text of an nlcst node.
 *
 * @param node Any nlcst node.
 * @returns Its text, as in the source (after Markdown syntax is removed).
 */
export function textOf(node: { value?: unknown; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => textOf(child as typeof node)).join('');
}

/**
 * List the sentences of a prose tree.
 *
 * List items need no special care: mdast-util-to-nlcst puts a blank line between blocks and
 * parse-english ends a sentence at a blank line, so a list item without final punctuation is
 * a sentence of its own.
 *
 * @param prose nlcst tree of the body (`context.prose()`).
 * @param tree mdast tree it was built from.
 * @returns Sentences with at least one word, in document order.
 */
export function proseSentences(prose: Root, tree: MdastRoot): ProseSentence[] {
  // Several rules ask for the sentences of the same article: list them once.
  const known = listed.get(prose);
  if (known?.tree === tree) return known.sentences;
  const sentences = listSentences(prose, tree);
  listed.set(prose, { tree, sentences });
  return sentences;
}

const listed = new WeakMap<Root, { tree: MdastRoot; sentences: ProseSentence[] }>();

function listSentences(prose: Root, tree: MdastRoot): ProseSentence[] {
  const blocks: Array<Paragraph | Heading> = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading') blocks.push(node);
  });

  const sentences: ProseSentence[] = [];
  let next = 0;
  visit(prose, 'SentenceNode', (node) => {
    const words = node.children.filter((child): child is Word => child.type === 'WordNode');
    if (words.length === 0) return;
    const content = node.children.filter((child) => child.type !== 'WhiteSpaceNode');
    const start = content[0].position?.start;
    const end = content[content.length - 1].position?.end;
    const offset = start?.offset;
    let block: Paragraph | Heading | undefined;
    if (offset !== undefined) {
      // Sentences and blocks are both in document order, so one pass over the blocks suffices.
      while (next < blocks.length && (blocks[next].position?.end.offset ?? Infinity) <= offset) next++;
      const candidate = blocks[next];
      if (candidate && (candidate.position?.start.offset ?? Infinity) <= offset) block = candidate;
    }
    sentences.push({ node, words, position: start && end ? { start, end } : undefined, block });
  });
  return sentences;
}
