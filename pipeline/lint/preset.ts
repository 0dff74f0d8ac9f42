/**
 * The rules pressroom runs, in report order (the catalogue's order), grouped by what they
 * protect. Their ids, summaries and default severities are in diagnostics/catalogue.ts;
 * `lint.rules` in pressroom.yaml overrides the severities per id.
 */
import type { Rule } from './rule.ts';
import { duplicateSlug } from './rules/duplicate-slug.ts';
import { noBodyTitle } from './rules/no-body-title.ts';
import { headingIncrement } from './rules/heading-increment.ts';
import { requiredSections } from './rules/required-sections.ts';
import { emergencyBlock } from './rules/emergency-block.ts';
import { unknownDirective } from './rules/unknown-directive.ts';
import { directiveAttributes } from './rules/directive-attributes.ts';
import { directiveFence } from './rules/directive-fence.ts';
import { emergencyPreserved } from './rules/emergency-preserved.ts';
import { ctaContact } from './rules/cta-contact.ts';
import { readingGrade } from './rules/reading-grade.ts';
import { longSentence } from './rules/long-sentence.ts';
import { repeatedWord } from './rules/repeated-word.ts';
import { repeatedListItem } from './rules/repeated-list-item.ts';
import { indefiniteArticle } from './rules/indefinite-article.ts';
import { spelling } from './rules/spelling.ts';
import { linkScheme } from './rules/link-scheme.ts';
import { internalLink } from './rules/internal-link.ts';
import { imageAlt } from './rules/image-alt.ts';
import { imageSource } from './rules/image-source.ts';
import { rawHtml } from './rules/raw-html.ts';
import { reviewAge } from './rules/review-age.ts';
import { titleLength } from './rules/title-length.ts';
import { summaryLength } from './rules/summary-length.ts';
import { handoutLength } from './rules/handout-length.ts';
import { placeholder } from './rules/placeholder.ts';
import { xmlCharacters } from './rules/xml-characters.ts';
import { listIntro } from './rules/list-intro.ts';
import { emergencyNumber } from './rules/emergency-number.ts';
import { foreignContact } from './rules/foreign-contact.ts';
import { danglingReference } from './rules/dangling-reference.ts';
import { acronymDefinition } from './rules/acronym-definition.ts';
import { plainLanguage } from './rules/plain-language.ts';
import { passiveVoice } from './rules/passive-voice.ts';
import { typography } from './rules/typography.ts';
import { translationSourceRule } from './rules/translation-source.ts';
import { languageChecks } from './rules/language-checks.ts';
import { translationStale } from './rules/translation-stale.ts';
import { translationStructure } from './rules/translation-structure.ts';

export const preset: readonly Rule[] = [
  // Identity: two articles with one slug would overwrite each other's output.
  duplicateSlug,
  // Structure: the contract of the content type, and an outline that works in PDF and EPUB navigation.
  noBodyTitle,
  headingIncrement,
  requiredSections,
  emergencyBlock,
  unknownDirective,
  directiveAttributes,
  directiveFence,
  emergencyPreserved,
  ctaContact,
  // A colon that promises a list must be followed by it, or the patient is left without it.
  listIntro,
  // Safety: patients must not be sent to another country's emergency number or another service.
  emergencyNumber,
  foreignContact,
  // A reference patients cannot follow is a dead end, in print above all.
  danglingReference,
  // Readability for patients.
  readingGrade,
  longSentence,
  // Words patients know: spelled-out abbreviations, everyday words, active sentences.
  acronymDefinition,
  plainLanguage,
  passiveVoice,
  // Language: defects a reviewer skims past.
  repeatedWord,
  repeatedListItem,
  indefiniteArticle,
  spelling,
  // Typewriter habits (dashes, degree signs, quotes, spaces) that `--fix` corrects.
  typography,
  // Links and media: safe schemes, targets that exist, images that are described and ship with the content.
  linkScheme,
  internalLink,
  imageAlt,
  imageSource,
  // Raw HTML is untrusted: say where the renderer will drop something.
  rawHtml,
  // Freshness of the medical review.
  reviewAge,
  // Length: titles and summaries that fit cards and search results; a handout that fits its pages.
  titleLength,
  summaryLength,
  handoutLength,
  // Translations: linked to a real source, as fresh as it, with every emergency sign.
  translationSourceRule,
  translationStale,
  translationStructure,
  // What did not run: rules that hold for other languages only.
  languageChecks,
  placeholder,
  // Characters XML forbids make an e-book malformed.
  xmlCharacters,
];
