/**
 * The source article of a translation (`translationOf: <slug>`), for the translation rules.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Article } from '../schema/article.ts';
import type { Collection } from './collection.ts';
import '../types.ts';

export interface TranslationSource {
  file: VFile;
  article: Article;
  tree: Root;
}

/**
 * The one valid article that a translation names as its source.
 *
 * @param article The translation's frontmatter.
 * @param collection Every article of the run.
 * @returns The source, or undefined when the slug names no valid article (or several).
 */
export function translationSource(article: Article, collection: Collection): TranslationSource | undefined {
  if (!article.translationOf) return undefined;
  const entries = (collection.bySlug.get(article.translationOf) ?? []).filter((entry) => entry.file.data.article && entry.file.data.tree && !entry.file.data.article.translationOf);
  if (entries.length !== 1) return undefined;
  const { file } = entries[0];
  return { file, article: file.data.article!, tree: file.data.tree! };
}
