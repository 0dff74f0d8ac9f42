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
  return isEnglish(article?.language ?? config.defaults.language);
}

/**
 * Whether a language tag is English.
 *
 * @param language BCP 47 tag (the rule context's `language`, valid even when other frontmatter keys are not).
 * @returns True when the primary language subtag is `en`.
 */
export function isEnglish(language: string): boolean {
  return /^en(?:-|$)/i.test(language);
}
