/**
 * Topics: the frontmatter `tags` of the published articles, grouped by their URL name, and the
 * related articles of each article (those sharing the most tags).
 */
import { createHash } from 'node:crypto';
import { slug as slugify } from 'github-slugger';
import type { Article } from '../../schema/article.ts';

export interface Topic {
  /** URL name: `topics/<slug>.html`. */
  slug: string;
  /** The tag as first written (tags that differ only in case or punctuation are one topic). */
  name: string;
  articles: Article[];
}

/** Related articles listed under an article. */
const MAX_RELATED = 5;

/**
 * The URL name of a tag: lowercase words joined by hyphens (`Back pain` → `back-pain`).
 *
 * @param tag A frontmatter tag.
 * @returns A slug; a hash for a tag without letters or digits.
 */
export function topicSlug(tag: string): string {
  return slugify(tag.trim()).replace(/^-+|-+$/g, '') || `topic-${createHash('sha256').update(tag).digest('hex').slice(0, 8)}`;
}

/**
 * The page of a topic, relative to the web edition's root.
 *
 * @param slug Topic slug.
 * @returns `topics/<slug>.html`.
 */
export function topicHref(slug: string): string {
  return `topics/${slug}.html`;
}

/**
 * Every topic of the published articles.
 *
 * @param articles Published articles.
 * @param language Site language, for sorting.
 * @returns Topics sorted by name; each topic's articles sorted by title.
 */
export function collectTopics(articles: Article[], language: string): Topic[] {
  const collator = new Intl.Collator(language);
  const bySlug = new Map<string, Topic>();
  const sortedArticles = [...articles].sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.slug, b.slug));
  for (const article of sortedArticles) {
    for (const tag of article.tags) {
      const slug = topicSlug(tag);
      const topic = bySlug.get(slug) ?? { slug, name: tag.trim(), articles: [] };
      if (!topic.articles.includes(article)) topic.articles.push(article);
      bySlug.set(slug, topic);
    }
  }
  return [...bySlug.values()].sort((a, b) => collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
}

/**
 * Articles that share tags with an article: most shared tags first, then the most recently
 * reviewed, then by title.
 *
 * @param article The article.
 * @param articles Every published article.
 * @param max How many to list.
 * @returns Up to `max` articles.
 */
export function relatedArticles(article: Article, articles: Article[], max = MAX_RELATED): Article[] {
  const own = new Set(article.tags.map(topicSlug));
  if (own.size === 0) return [];
  const collator = new Intl.Collator(article.language);
  return articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: new Set(other.tags.map(topicSlug).filter((slug) => own.has(slug))).size }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.other.reviewed.on.localeCompare(a.other.reviewed.on) || collator.compare(a.other.title, b.other.title))
    .slice(0, max)
    .map(({ other }) => other);
}
