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
import type { Root } from 'mdast';
import type { Node } from 'unist';

/** Articles are prose; anything larger is a mistake (an export, a pasted log) and is refused. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Deeper trees are never real articles, and would exhaust the stack of recursive tree walkers. */
export const MAX_DEPTH = 64;

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
