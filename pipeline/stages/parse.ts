/**
 * Markdown → mdast, once per article: CommonMark + GFM + frontmatter + directives.
 * Lint and every renderer share the tree kept in `file.data.tree`.
 */
import type { VFile } from 'vfile';
import { markdownParser, MAX_DEPTH, tooDeepNode } from '../content/markdown.ts';
import { report } from '../diagnostics/report-message.ts';
import { guard } from './guard.ts';
import '../types.ts';

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
      const deepest = tooDeepNode(tree);
      if (deepest) {
        report(file, 'error', `Unexpected nesting deeper than ${MAX_DEPTH} levels (quotes or lists inside each other); flatten the structure`, 'file-too-deep', deepest);
        file.data.stopped = true;
        return;
      }
      file.data.tree = tree;
    });
  }
}
