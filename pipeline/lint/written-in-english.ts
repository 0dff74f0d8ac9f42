/**
 * Whether an article is in English, for the rules whose word lists or formula only hold for
 * English (indefinite-article, reading-grade, plain-language, passive-voice, acronym-definition).
 */

/**
 * Whether a language tag is English.
 *
 * @param language BCP 47 tag (the rule context's `language`, valid even when other frontmatter keys are not).
 * @returns True when the primary language subtag is `en`.
 */
export function isEnglish(language: string): boolean {
  return /^en(?:-|$)/i.test(language);
}
