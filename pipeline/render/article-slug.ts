/**
 * The slug of another article, for links between articles: its frontmatter `slug` when it
 * sets one, else its file name, the same rule as stages/validate.ts. Also whether it is a
 * draft, which no format publishes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SLUG_PATTERN } from '../schema/article.ts';

export interface LinkedArticle {
  slug: string;
  draft: boolean;
}

/**
 * Slug of the article at a path, and whether it is a draft.
 *
 * @param absolute Absolute path of a `.md` file.
 * @returns Its slug and draft flag.
 */
export function linkedArticle(absolute: string): LinkedArticle {
  const data = frontmatterData(absolute);
  const slug = typeof data.slug === 'string' && SLUG_PATTERN.test(data.slug) ? data.slug : slugFromPath(absolute);
  return { slug, draft: data.draft === true };
}

/**
 * Slug of the article at a path.
 *
 * @param absolute Absolute path of a `.md` file.
 * @returns Its slug.
 */
export function articleSlug(absolute: string): string {
  return linkedArticle(absolute).slug;
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

function frontmatterData(absolute: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    return {};
  }
  // Only the frontmatter block is read; the YAML itself goes to the YAML parser.
  const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!block) return {};
  try {
    const data: unknown = parse(block[1], { maxAliasCount: 10 });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
