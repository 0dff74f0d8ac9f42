/**
 * One article in a list (the index, a topic's page): its title as a link, the summary, its
 * topics as links, and the date of its last medical review.
 */
import type { Element, ElementContent } from 'hast';
import type { Article } from '../../schema/article.ts';
import { timeElement } from '../article-parts.ts';
import type { PageWords } from '../../languages/interface-words.ts';
import { topicHref, topicSlug } from './topics.ts';

/**
 * @param article The article.
 * @param siteLanguage Language of the list page: a card in another language gets its own `lang`.
 * @param text Interface words of the list page.
 * @param headingLevel Heading level of the title.
 * @returns An `<li>`.
 */
export function articleCard(article: Article, siteLanguage: string, text: PageWords, headingLevel = 2): Element {
  const children: ElementContent[] = [
    {
      type: 'element',
      tagName: `h${headingLevel}`,
      properties: {},
      children: [{ type: 'element', tagName: 'a', properties: { href: `${article.slug}.html` }, children: [{ type: 'text', value: article.title }] }],
    },
    { type: 'element', tagName: 'p', properties: { className: ['summary'] }, children: [{ type: 'text', value: article.summary }] },
  ];
  if (article.tags.length > 0) children.push(topicLinks(article.tags, text.topics, ['tags']));
  children.push({
    type: 'element',
    tagName: 'p',
    properties: { className: ['meta'] },
    children: [{ type: 'text', value: `${text.lastReviewed}: ` }, timeElement(article.reviewed.on, article.language)],
  });
  return {
    type: 'element',
    tagName: 'li',
    properties: { className: ['article-card'], lang: article.language === siteLanguage ? undefined : article.language },
    children,
  };
}

/**
 * A list of links to topic pages.
 *
 * @param tags Frontmatter tags.
 * @param label Accessible name of the list.
 * @param className Classes of the list.
 * @returns A `<ul>`.
 */
export function topicLinks(tags: string[], label: string, className: string[]): Element {
  const seen = new Set<string>();
  const items: Element[] = [];
  for (const tag of tags) {
    const slug = topicSlug(tag);
    if (seen.has(slug)) continue;
    seen.add(slug);
    items.push({
      type: 'element',
      tagName: 'li',
      properties: {},
      children: [{ type: 'element', tagName: 'a', properties: { href: topicHref(slug) }, children: [{ type: 'text', value: tag.trim() }] }],
    });
  }
  return { type: 'element', tagName: 'ul', properties: { className, ariaLabel: label }, children: items };
}
