/**
 * The slug of another article, for links between articles: its frontmatter `slug` when it
 * sets one, else its file name, the same rule as stages/validate.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SLUG_PATTERN } from '../schema/article.ts';

/**
 * Slug of the article at a path.
 *
 * @param absolute Absolute path of a `.md` file.
 * @returns Its slug.
 */
export function articleSlug(absolute: string): string {
  const declared = declaredSlug(absolute);
  return declared ?? slugFromPath(absolute);
}

/**
 * The slug an article gets from its file name.
 *
 * @param filePath Path of the article.
 * @returns Lowercase words joined by hyphens.
 */
export function slugFromPath(filePath: string): string {
  return path
    .basename(filePath, path.extname(filePath))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function declaredSlug(absolute: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
  // Only the frontmatter block is read; the YAML itself goes to the YAML parser.
  const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!block) return undefined;
  try {
    const data: unknown = parse(block[1]);
    const slug = data && typeof data === 'object' ? (data as Record<string, unknown>).slug : undefined;
    return typeof slug === 'string' && SLUG_PATTERN.test(slug) ? slug : undefined;
  } catch {
    return undefined;
  }
}
