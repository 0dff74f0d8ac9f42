/**
 * Whether an article is in English, for the rules whose word lists, dictionary or formula
 * only hold for English (spelling, indefinite-article, reading-grade).
 */
import type { ResolvedConfig } from '../config/resolve.ts';
import type { Article } from '../schema/article.ts';

/**
 * Whether the article's language is English (`en`, `en-US`, `en-GB`…).
 *
 * @param article Validated frontmatter; undefined when it has errors.
 * @param config Resolved config, for the default language.
 * @returns True when the primary language subtag is `en`.
 */
export function writtenInEnglish(article: Article | undefined, config: ResolvedConfig): boolean {
  const language = article?.language ?? config.defaults.language;
  return /^en(?:-|$)/i.test(language);
}
