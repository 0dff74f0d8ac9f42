/**
 * The Markdown dialect of an article and its limits: CommonMark + GFM + YAML frontmatter +
 * directives. Lint, the stages and every renderer parse with this one processor, so they
 * can never disagree about what a file says.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import type { Nodes, Root } from 'mdast';
import type { Node } from 'unist';

/** Articles are prose; anything larger is a mistake (an export, a pasted log) and is refused. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Deeper trees are never real articles, and would exhaust the stack of recursive tree walkers. */
export const MAX_DEPTH = 64;

/**
 * More HTML tags or inline markers than this in one article are not prose, and each becomes a
 * node that renderers and rules walk: refused before parsing.
 */
export const MAX_ELEMENTS = 10_000;

/**
 * Characters in one paragraph, heading or table cell. Prose rules split a block into sentences
 * and words in one go (mdast-util-to-nlcst spreads them into one call: 60,000 sentences in one
 * paragraph overflowed the stack); no real article has a paragraph this long.
 */
export const MAX_BLOCK_CHARACTERS = 30_000;

/**
 * The first block (paragraph, heading, table cell) whose source is longer than MAX_BLOCK_CHARACTERS.
 *
 * @param tree Parsed article.
 * @returns The block and its length, or undefined.
 */
export function tooLongBlock(tree: Root): { node: Nodes; length: number } | undefined {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const length = (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0);
      if (length > MAX_BLOCK_CHARACTERS) return { node, length };
      continue;
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return undefined;
}

/**
 * Nesting written in the source, estimated before parsing so that a pathological file never
 * reaches the parser (1,000 nested list levels took 33 s and 731 MB to parse): per line, block
 * quote markers, list markers and every two columns of indentation count a level. The estimate
 * is never below the real depth of quotes and lists, which is checked again after parsing.
 *
 * @param text The article.
 * @returns The place of the first line nested deeper than MAX_DEPTH, or undefined.
 */
export function tooDeepSource(text: string): { line: number; column: number } | undefined {
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let depth = 0;
    let columns = 0;
    let index = start;
    while (index < end) {
      const char = text[index];
      if (char === ' ') columns += 1;
      else if (char === '\t') columns += 4;
      else if (char === '>') depth += 1;
      else if ((char === '-' || char === '*' || char === '+') && (text[index + 1] === ' ' || text[index + 1] === '\t')) depth += 1;
      else break;
      index += 1;
      if (depth + Math.floor(columns / 2) > MAX_DEPTH) return { line, column: index - start };
    }
    line += 1;
    start = end + 1;
  }
  return undefined;
}

/**
 * Count the tags and inline markers that would each become an element, stopping at the limit.
 *
 * @param text The article.
 * @returns The offset where the count passes MAX_ELEMENTS, or undefined.
 */
export function tooManyElements(text: string): number | undefined {
  const pattern = /<[A-Za-z]/g;
  let count = 0;
  while (pattern.exec(text)) {
    count += 1;
    if (count > MAX_ELEMENTS) return pattern.lastIndex - 2;
  }
  return undefined;
}

/** The parser every stage agrees on. */
export const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();

/**
 * The first node nested deeper than MAX_DEPTH, found without recursion.
 *
 * @param tree A parsed article.
 * @returns The node, or undefined when the tree is shallow enough.
 */
export function tooDeepNode(tree: Root): Node | undefined {
  const stack: Array<[Node, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return node;
    if ('children' in node) for (const child of node.children as Node[]) stack.push([child, depth + 1]);
  }
  return undefined;
}
