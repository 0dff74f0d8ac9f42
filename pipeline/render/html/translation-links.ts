/**
 * The languages of a page: an article, its source and the source's other translations
 * (linked by `translationOf`) are one group. Each page of a group names the others with
 * `<link rel="alternate" hreflang>` (and `x-default`, the source) and offers them in a
 * language switcher that names each language in itself ("Español", "中文").
 */
import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import type { Article } from '../../schema/article.ts';
import { interfaceLanguage, LANGUAGES } from '../../languages/languages.ts';

export interface LanguageVersion {
  slug: string;
  language: string;
  /** The source of the group (the page for `x-default`). */
  source: boolean;
}

/**
 * Group published articles by translation.
 *
 * @param articles Every article published in this build.
 * @returns For each slug, the versions of its group (itself included), source first; only for articles that have a translation.
 */
export function translationGroups(articles: readonly Article[]): Map<string, LanguageVersion[]> {
  // In the web edition an article's slug is its page name (`es/<slug>`): a source is found by its last segment.
  const sources = new Map(articles.filter((article) => !article.translationOf).map((article) => [article.slug.slice(article.slug.lastIndexOf('/') + 1), article]));
  const groups = new Map<string, LanguageVersion[]>();
  for (const article of articles) {
    const source = article.translationOf ? sources.get(article.translationOf) : undefined;
    if (!source || source.translationOf) continue;
    const group = groups.get(source.slug) ?? [{ slug: source.slug, language: source.language, source: true }];
    group.push({ slug: article.slug, language: article.language, source: false });
    groups.set(source.slug, group);
  }
  const result = new Map<string, LanguageVersion[]>();
  for (const group of groups.values()) for (const version of group) result.set(version.slug, group);
  return result;
}

/**
 * A language's name in itself: the registry's, else what `Intl` knows.
 *
 * @param tag BCP 47 tag.
 * @returns "Español", "简体中文", "Deutsch"…
 */
function languageName(tag: string): string {
  const own = interfaceLanguage(tag);
  if (own) return LANGUAGES[own].name;
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Add the alternate links to the head and the switcher after the review line (an article's) or
 * the introduction (an index's).
 *
 * @param tree The page.
 * @param versions The page's group.
 * @param self The page's own slug.
 * @param label The switcher's label in the page's language.
 * @param href URL of a version's page: absolute when the web edition's address is known, for `hreflang`.
 */
export function addLanguageLinks(tree: Root, versions: readonly LanguageVersion[], self: string, label: string, href: (slug: string, absolute: boolean) => string): void {
  const head = select('head', tree);
  if (head) {
    const links: Element[] = versions.map((version) => link(version.language, href(version.slug, true)));
    const source = versions.find((version) => version.source);
    if (source) links.push(link('x-default', href(source.slug, true)));
    head.children.push(...links);
  }
  const after = select('p.reviewed', tree) ? 'p.reviewed' : 'p.lead';
  const reviewed = select(after, tree);
  const others = versions.filter((version) => version.slug !== self);
  if (!reviewed || others.length === 0) return;
  const parent = select(`:has(> ${after})`, tree);
  if (!parent) return;
  const nav: Element = {
    type: 'element',
    tagName: 'nav',
    properties: { className: ['languages'], ariaLabel: label },
    children: [
      {
        type: 'element',
        tagName: 'ul',
        properties: {},
        children: others.map((version) => ({
          type: 'element',
          tagName: 'li',
          properties: {},
          children: [{ type: 'element', tagName: 'a', properties: { href: href(version.slug, false), hrefLang: version.language, lang: version.language }, children: [{ type: 'text', value: languageName(version.language) }] }],
        })),
      },
    ],
  };
  parent.children.splice(parent.children.indexOf(reviewed) + 1, 0, nav);
}

function link(hreflang: string, href: string): Element {
  return { type: 'element', tagName: 'link', properties: { rel: ['alternate'], hrefLang: hreflang, href }, children: [] };
}
