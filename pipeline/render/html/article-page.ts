/**
 * One article of the web edition: the template filled with the title, summary, review line,
 * a table of contents for long articles, the transformed body and the sources.
 */
import { webEditionUrl } from '../../content/web-edition-url.ts';
import type { Element, Root } from 'hast';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { Article } from '../../schema/article.ts';
import { headingsOf, reviewedLine, sourcesList } from '../article-parts.ts';
import { wordsFor } from '../../languages/languages.ts';
import type { PageWords } from '../../languages/interface-words.ts';
import { idsOf } from '../../transform/rehype/ids.ts';
import { freeId } from '../../transform/rehype/ids.ts';
import { medicalWebPage } from './json-ld.ts';
import { fillChrome, fillHead } from './head.ts';
import { finishTemplate, loadTemplate, replaceSlot, setContent, setText } from './template.ts';
import { handoutList, type HandoutLink } from './handout-links.ts';
import { topicLinks } from './article-card.ts';

/** Articles with at least this many sections (`##`) get a table of contents. */
const TOC_MIN_SECTIONS = 3;

export interface PageAssets {
  /** Stylesheet URL relative to the page. */
  stylesheet: string;
  /** Logo URL relative to the page, if any. */
  logo: string | undefined;
  /** The script that shows the search box and runs the search page. */
  script?: string;
  /** The library's Atom feed, when it has one. */
  feed?: { href: string; title: string };
  /** The search page for a language, if the library has one. */
  searchHref(language: string): string | undefined;
  /** Whether the library has topics. */
  topics: boolean;
}

/** What an article's page shows beside its own text. */
export interface ArticleExtras {
  /** Its handouts, as links with size and page count. */
  handouts: HandoutLink[];
  /** Articles that share its tags. */
  related: Article[];
}

/**
 * The canonical URL of an article.
 *
 * @param slug Article slug.
 * @param config Resolved config.
 * @returns `new URL('<slug>.html', clinic.url)`, or undefined without a clinic.
 */
export function canonicalUrl(slug: string, config: ResolvedConfig): string | undefined {
  return config.clinic ? webEditionUrl(config.clinic.url, slug) : undefined;
}

/**
 * Build the page tree.
 *
 * @param article Validated frontmatter.
 * @param body Result of `transformArticle` for the `html` format.
 * @param config Resolved config.
 * @param assets Published stylesheet, logo, script; search and topics.
 * @param extras Handouts and related articles.
 * @returns The complete document tree.
 */
export function articlePage(article: Article, body: Root, config: ResolvedConfig, assets: PageAssets, extras: ArticleExtras = { handouts: [], related: [] }): Root {
  const text = wordsFor(article.language).page;
  const tree = loadTemplate('article.html');
  const canonical = canonicalUrl(article.slug, config);
  const siteName = config.clinic?.name;
  fillHead(tree, {
    language: article.language,
    title: siteName ? `${article.title} | ${siteName}` : article.title,
    description: article.summary,
    canonical,
    ogTitle: article.title,
    siteName,
    stylesheet: assets.stylesheet,
    script: assets.script,
    feed: assets.feed,
    jsonLd: medicalWebPage(article, config, canonical),
  });
  const ids = idsOf(body);
  fillChrome(tree, { config, text, logo: assets.logo, contentIds: ids, searchHref: assets.searchHref(article.language), topics: assets.topics });
  setText(tree, 'heading', article.title);
  setText(tree, 'summary', article.summary);
  replaceSlot(tree, 'reviewed', [reviewedLine(article)]);
  if (extras.handouts.length > 0) setContent(tree, 'handouts', handoutList(extras.handouts, text).children);
  else replaceSlot(tree, 'handouts', []);

  const sections = headingsOf(body).filter((heading) => heading.depth === 2);
  if (sections.length >= TOC_MIN_SECTIONS) {
    const labelId = freeId('contents', ids);
    const toc = setContent(tree, 'toc', [
      { type: 'element', tagName: 'h2', properties: { id: labelId }, children: [{ type: 'text', value: text.contents }] },
      {
        type: 'element',
        tagName: 'ol',
        properties: {},
        children: sections.map(
          (heading): Element => ({
            type: 'element',
            tagName: 'li',
            properties: {},
            children: [{ type: 'element', tagName: 'a', properties: { href: `#${heading.id}` }, children: [{ type: 'text', value: heading.text }] }],
          }),
        ),
      },
    ]);
    toc.properties.ariaLabelledBy = [labelId];
  } else {
    replaceSlot(tree, 'toc', []);
  }

  setContent(tree, 'body', body.children as Element['children']);
  const sources = sourcesList(article);
  replaceSlot(tree, 'sources', sources ? [sources] : []);
  fillTopics(tree, article, extras.related, ids, text);
  finishTemplate(tree);
  return tree;
}

/** The article's topics and related articles, each a navigation landmark labelled by its heading. */
function fillTopics(tree: Root, article: Article, related: Article[], ids: Set<string>, text: PageWords): void {
  const heading = (id: string, words: string): Element => ({ type: 'element', tagName: 'h2', properties: { id }, children: [{ type: 'text', value: words }] });
  if (article.tags.length > 0) {
    const id = freeId('topics', ids);
    ids.add(id);
    const nav = setContent(tree, 'topics', [heading(id, text.articleTopics), topicLinks(article.tags, text.articleTopics, ['tags'])]);
    nav.properties.ariaLabelledBy = [id];
  } else {
    replaceSlot(tree, 'topics', []);
  }
  if (related.length > 0) {
    const id = freeId('related', ids);
    ids.add(id);
    const list: Element = {
      type: 'element',
      tagName: 'ul',
      properties: {},
      children: related.map(
        (other): Element => ({
          type: 'element',
          tagName: 'li',
          properties: { lang: other.language === article.language ? undefined : other.language },
          children: [{ type: 'element', tagName: 'a', properties: { href: `${other.slug}.html` }, children: [{ type: 'text', value: other.title }] }],
        }),
      ),
    };
    const nav = setContent(tree, 'related', [heading(id, text.related), list]);
    nav.properties.ariaLabelledBy = [id];
  } else {
    replaceSlot(tree, 'related', []);
  }
}
