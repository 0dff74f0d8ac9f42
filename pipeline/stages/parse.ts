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
import '../types.ts';

/** The parser every stage agrees on. */
export const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();

/**
 * Parse each readable file.
 *
 * @param files Loaded files.
 */
export function parseArticles(files: VFile[]): void {
  for (const file of files) {
    if (file.data.stopped) continue;
    file.data.tree = markdownParser.parse(file);
  }
}
