/**
 * Markdown → mdast, once per article: CommonMark + GFM + frontmatter + directives.
 * Lint and every renderer share the tree kept in `file.data.tree`.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import type { VFile } from 'vfile';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { report } from '../diagnostics/report-message.ts';
import { guard } from './guard.ts';
import '../types.ts';

/** Deeper trees are never real articles, and would exhaust the stack of recursive tree walkers. */
export const MAX_DEPTH = 64;

/** The parser every stage agrees on. */
export const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();

/**
 * Parse each readable file.
 *
 * @param files Loaded files.
 */
export async function parseArticles(files: VFile[]): Promise<void> {
  for (const file of files) {
    if (file.data.stopped) continue;
    await guard(file, 'parse', () => {
      const tree = markdownParser.parse(file);
      const deepest = deepestNode(tree);
      if (deepest) {
        report(file, 'error', `Unexpected nesting deeper than ${MAX_DEPTH} levels (quotes or lists inside each other); flatten the structure`, 'file-too-deep', deepest);
        file.data.stopped = true;
        return;
      }
      file.data.tree = tree;
    });
  }
}

/** The first node nested deeper than MAX_DEPTH, found without recursion. */
function deepestNode(tree: Root): Node | undefined {
  const stack: Array<[Node, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return node;
    if ('children' in node) for (const child of node.children as Node[]) stack.push([child, depth + 1]);
  }
  return undefined;
}
