/**
 * Markdown → mdast, once per article: CommonMark + GFM + frontmatter + directives.
 * Lint and every renderer share the tree kept in `file.data.tree`.
 */
import type { VFile } from 'vfile';
import { markdownParser, MAX_BLOCK_CHARACTERS, MAX_DEPTH, MAX_ELEMENTS, tooDeepNode, tooDeepSource, tooLongBlock, tooManyElements } from '../content/markdown.ts';
import { report } from '../diagnostics/report-message.ts';
import { guard } from './guard.ts';
import type { TreeCache } from './tree-cache.ts';
import '../types.ts';

/**
 * Parse each readable file.
 *
 * @param files Loaded files.
 * @param cache Trees parsed in earlier runs (tree-cache.ts); without one every article is parsed.
 */
export async function parseArticles(files: VFile[], cache?: TreeCache): Promise<void> {
  for (const file of files) {
    if (file.data.stopped) continue;
    const cached = cache?.get(file);
    if (cached) {
      file.data.tree = cached;
      continue;
    }
    await guard(file, 'parse', () => {
      const text = String(file.value);
      const deepSource = tooDeepSource(text);
      if (deepSource) {
        report(file, 'error', `Unexpected nesting deeper than ${MAX_DEPTH} levels (quotes, lists or indentation inside each other); flatten the structure`, 'file-too-deep', deepSource);
        file.data.stopped = true;
        return;
      }
      const crowded = tooManyElements(text);
      if (crowded !== undefined) {
        report(file, 'error', `Unexpected more than ${MAX_ELEMENTS} HTML elements in one article; split it, or write it in Markdown`, 'file-too-complex', pointAt(text, crowded));
        file.data.stopped = true;
        return;
      }
      const tree = markdownParser.parse(file);
      const deepest = tooDeepNode(tree);
      if (deepest) {
        report(file, 'error', `Unexpected nesting deeper than ${MAX_DEPTH} levels (quotes or lists inside each other); flatten the structure`, 'file-too-deep', deepest);
        file.data.stopped = true;
        return;
      }
      const long = tooLongBlock(tree);
      if (long) {
        const what = long.node.type === 'tableCell' ? 'table cell' : long.node.type;
        report(
          file,
          'error',
          `Unexpected ${what} of ${long.length.toLocaleString('en')} characters, expected at most ${MAX_BLOCK_CHARACTERS.toLocaleString('en')}; split it into shorter paragraphs (a blank line between them)`,
          'file-too-long-paragraph',
          long.node.position?.start,
        );
        file.data.stopped = true;
        return;
      }
      cache?.set(file, tree);
      file.data.tree = tree;
    });
  }
}

/** Line and column (1-based) of an offset. */
function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return { line, column: offset - text.lastIndexOf('\n', offset - 1) };
}
