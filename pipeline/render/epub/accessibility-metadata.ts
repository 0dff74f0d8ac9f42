/**
 * EPUB Accessibility 1.1 discovery metadata (schema.org properties in the package document),
 * derived from what the book really contains: a feature is declared only when it is true of
 * this book. No `dcterms:conformsTo` claim is made: automated checks (EPUBCheck, axe) pass, but
 * a WCAG conformance claim needs a person to evaluate the content, which a build cannot do.
 */
import type { Root } from 'hast';
import { elementsOf } from './to-xhtml.ts';

export interface AccessibilityFacts {
  /** Images with alt text that says what they show. */
  informativeImages: number;
  /** Images marked decorative (`alt=""`). */
  decorativeImages: number;
  /** Images without any `alt` attribute. */
  imagesWithoutAlt: number;
  /** Whether an image may move or flash (animated GIF, APNG, animated WebP or SVG). */
  mayAnimate: boolean;
  /** Whether DPUB-ARIA roles are used (always, for chapters and the table of contents). */
  usesAria: boolean;
}

export interface AccessibilityMetadata {
  accessModes: string[];
  accessModesSufficient: string[];
  features: string[];
  hazards: string[];
  summary: string;
  /** Language of the summary. */
  summaryLanguage: string;
}

/**
 * Count what the metadata depends on.
 *
 * @param documents Bodies of the content documents (not the cover).
 * @param mayAnimate Whether an embedded image may move or flash.
 * @returns The facts.
 */
export function accessibilityFacts(documents: readonly Root[], mayAnimate: boolean): AccessibilityFacts {
  const facts: AccessibilityFacts = { informativeImages: 0, decorativeImages: 0, imagesWithoutAlt: 0, mayAnimate, usesAria: false };
  for (const document of documents) {
    for (const element of elementsOf(document)) {
      if (typeof element.properties.role === 'string' && element.properties.role.startsWith('doc-')) facts.usesAria = true;
      if (element.tagName !== 'img') continue;
      const alt = element.properties.alt;
      if (alt === undefined || alt === null) facts.imagesWithoutAlt += 1;
      else if (String(alt).trim() === '') facts.decorativeImages += 1;
      else facts.informativeImages += 1;
    }
  }
  return facts;
}

/**
 * The metadata for a book.
 *
 * @param facts What the book contains.
 * @returns Values for the package document.
 */
export function accessibilityMetadata(facts: AccessibilityFacts): AccessibilityMetadata {
  const hasVisual = facts.informativeImages + facts.imagesWithoutAlt > 0;
  const allDescribed = facts.imagesWithoutAlt === 0;
  const accessModes = hasVisual ? ['textual', 'visual'] : ['textual'];
  const accessModesSufficient = !hasVisual ? ['textual'] : allDescribed ? ['textual', 'textual,visual'] : ['textual,visual'];
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability'];
  if (facts.informativeImages > 0 && allDescribed) features.push('alternativeText');
  if (facts.usesAria) features.push('ARIA');
  const hazards = facts.mayAnimate ? ['unknown'] : ['none'];

  const sentences = [
    'This e-book has a table of contents nested by chapter and section, a heading for every chapter and section, and one reading order.',
    'The emergency signs of every chapter are repeated on one page, listed in the table of contents and among the landmarks.',
  ];
  if (hasVisual && allDescribed) {
    sentences.push(
      facts.decorativeImages > 0
        ? 'Every image that carries information has a text alternative; decorative images are marked so that screen readers skip them.'
        : 'Every image has a text alternative.',
    );
  } else if (hasVisual) {
    sentences.push('Some images have no text alternative.');
  }
  sentences.push('Text can be resized and restyled; the layout reflows.');
  sentences.push(facts.mayAnimate ? 'Some images may be animated; they have not been checked for flashing.' : 'Nothing flashes, moves or makes sound.');
  sentences.push('The content passes automated accessibility checks but has not been evaluated against WCAG by a person, so it makes no conformance claim.');
  return { accessModes, accessModesSufficient, features, hazards, summary: sentences.join(' '), summaryLanguage: 'en' };
}
