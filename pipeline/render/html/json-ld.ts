/**
 * schema.org metadata as JSON-LD. It is inserted after sanitizing (it is built from validated
 * config and frontmatter, not from the article body) and escaped so that no value can end
 * the `<script>` element it sits in.
 */
import type { Element } from 'hast';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { Article } from '../../schema/article.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/**
 * The clinic as a schema.org organization.
 *
 * @param config Resolved config.
 * @returns The publisher, or undefined without a clinic.
 */
function publisher(config: ResolvedConfig): Json | undefined {
  const clinic = config.clinic;
  if (!clinic) return undefined;
  return {
    '@type': 'MedicalClinic',
    name: clinic.name,
    url: clinic.url,
    telephone: clinic.phone,
    email: clinic.email,
    address: clinic.address,
  };
}

/**
 * JSON-LD of an article page.
 *
 * @param article Validated frontmatter.
 * @param config Resolved config.
 * @param url Canonical URL, if known.
 * @returns A schema.org `MedicalWebPage`.
 */
export function medicalWebPage(article: Article, config: ResolvedConfig, url: string | undefined): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: article.title,
    headline: article.title,
    description: article.summary,
    inLanguage: article.language,
    url,
    lastReviewed: article.reviewed.on,
    reviewedBy: { '@type': 'Person', name: article.reviewed.by },
    medicalAudience: { '@type': 'Patient' },
    keywords: article.tags.length > 0 ? article.tags.join(', ') : undefined,
    citation: article.sources.length > 0 ? article.sources.map((source) => ({ '@type': 'CreativeWork', name: source.title, url: source.url })) : undefined,
    publisher: publisher(config),
  };
}

/**
 * JSON-LD of the index page.
 *
 * @param name Page title.
 * @param description Page description.
 * @param language Page language.
 * @param url Canonical URL, if known.
 * @param parts The articles listed, with their URLs.
 * @param config Resolved config.
 * @returns A schema.org `CollectionPage`.
 */
export function collectionPage(name: string, description: string, language: string, url: string | undefined, parts: Array<{ name: string; url: string }>, config: ResolvedConfig): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name,
    description,
    inLanguage: language,
    url,
    hasPart: parts.map((part) => ({ '@type': 'MedicalWebPage', name: part.name, url: part.url })),
    publisher: publisher(config),
  };
}

/**
 * The `<script type="application/ld+json">` element.
 *
 * @param data The metadata (undefined values are left out).
 * @returns The element, its text safe inside `<script>`.
 */
export function jsonLdScript(data: Json): Element {
  const text = JSON.stringify(data, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return { type: 'element', tagName: 'script', properties: { type: 'application/ld+json' }, children: [{ type: 'text', value: text }] };
}
