/**
 * The web edition's pages that are not articles: the topics index and one page per topic
 * (`topics/…`), the search page of each language, the "page not found" page (`404.html`) and
 * the redirect page left at each former address of an article.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { Article } from '../../schema/article.ts';
import { wordsFor } from '../../languages/languages.ts';
import type { PageWords } from '../../languages/interface-words.ts';
import { articleCard } from './article-card.ts';
import { canonicalUrl, type PageAssets } from './article-page.ts';
import { fillChrome, fillHead } from './head.ts';
import { collectionPage } from './json-ld.ts';
import { rebaseUrls } from './rebase.ts';
import { finishTemplate, loadTemplate, replaceSlot, setContent, setProperties, setText } from './template.ts';
import { topicHref, type Topic } from './topics.ts';
import { siteUrl } from '../../content/web-edition-url.ts';
import { toRoot } from '../../content/page-name.ts';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const txt = (value: string): ElementContent => ({ type: 'text', value });

interface PageOptions {
  template: 'index.html' | 'page.html';
  language: string;
  heading: string;
  intro: string;
  /** Path of the page in the web edition (`topics/index.html`). */
  path: string;
  config: ResolvedConfig;
  assets: PageAssets;
  text: PageWords;
  /** Whether search engines should list the page (and it has a canonical URL). */
  indexed: boolean;
  jsonLd?: (canonical: string | undefined) => Parameters<typeof fillHead>[1]['jsonLd'];
  /** The search page itself has no search box in its header. */
  searchBox?: boolean;
  /** A redirect page: where it sends the browser, and the canonical address it names. */
  redirect?: { to: string; canonical: string | undefined };
}

function startPage(options: PageOptions): Root {
  const { config, assets, text, language } = options;
  const tree = loadTemplate(options.template);
  const canonical = options.redirect ? options.redirect.canonical : options.indexed && config.clinic ? siteUrl(config.clinic.url, options.path) : undefined;
  const siteName = config.clinic?.name;
  fillHead(tree, {
    language,
    title: siteName ? `${options.heading} | ${siteName}` : options.heading,
    description: options.intro,
    canonical,
    ogTitle: options.heading,
    siteName,
    stylesheet: assets.stylesheet,
    script: assets.script,
    feed: assets.feed,
    jsonLd: options.jsonLd?.(canonical),
  });
  if (options.template === 'page.html') {
    if (options.indexed) replaceSlot(tree, 'robots', []);
    if (options.redirect) setProperties(tree, 'refresh', { content: `0; url=${options.redirect.to}` });
    else replaceSlot(tree, 'refresh', []);
  }
  fillChrome(tree, {
    config,
    text,
    logo: assets.logo,
    contentIds: new Set(),
    searchHref: options.searchBox === false ? undefined : assets.searchHref(language),
    topics: assets.topics,
  });
  setText(tree, 'heading', options.heading);
  setText(tree, 'intro', options.intro);
  return tree;
}

/** Finish a page and rebase its links for its folder. */
function finishPage(tree: Root, path: string): Root {
  finishTemplate(tree);
  const depth = path.split('/').length - 1;
  if (depth > 0) rebaseUrls(tree, '../'.repeat(depth));
  return tree;
}

/**
 * `topics/index.html`: every topic with the number of its guides.
 *
 * @param topics Topics of the library.
 * @param config Resolved config.
 * @param assets Shared assets.
 * @returns The page tree.
 */
export function topicsIndexPage(topics: Topic[], config: ResolvedConfig, assets: PageAssets): Root {
  const language = config.defaults.language;
  const text = wordsFor(language).page;
  const path = 'topics/index.html';
  const tree = startPage({
    template: 'page.html',
    language,
    heading: text.topics,
    intro: text.topicsIntro,
    path,
    config,
    assets,
    text,
    indexed: true,
    jsonLd: (canonical) => collectionPage(text.topics, text.topicsIntro, language, canonical, topics.map((topic) => ({ name: topic.name, url: config.clinic ? siteUrl(config.clinic.url, topicHref(topic.slug)) : topicHref(topic.slug) })), config),
  });
  setContent(tree, 'content', [
    el(
      'ul',
      { className: ['topic-list'] },
      topics.map((topic) => el('li', {}, [el('a', { href: topicHref(topic.slug) }, [txt(topic.name)]), txt(' '), el('span', { className: ['count'] }, [txt(`(${topic.articles.length})`)])])),
    ),
  ]);
  return finishPage(tree, path);
}

/**
 * `topics/<slug>.html`: the guides of one topic.
 *
 * @param topic The topic.
 * @param config Resolved config.
 * @param assets Shared assets.
 * @returns The page tree.
 */
export function topicPage(topic: Topic, config: ResolvedConfig, assets: PageAssets): Root {
  const language = config.defaults.language;
  const text = wordsFor(language).page;
  const path = topicHref(topic.slug);
  const intro = text.topicIntro(topic.articles.length);
  const tree = startPage({
    template: 'index.html',
    language,
    heading: topic.name,
    intro,
    path,
    config,
    assets,
    text,
    indexed: true,
    jsonLd: (canonical) => collectionPage(topic.name, intro, language, canonical, topic.articles.map((article) => ({ name: article.title, url: canonicalUrl(article.slug, config) ?? `${article.slug}.html` })), config),
  });
  setContent(tree, 'articles', topic.articles.map((article) => articleCard(article, language, text)));
  return finishPage(tree, path);
}

/** Id of the search page's search box (the header's box is left out of that page). */
const SEARCH_INPUT_ID = 'search-q';

/**
 * A search page (`search.html`, or `search-<language>.html` for the other languages of the
 * library). Without JavaScript it says so and links to the topics and all guides; the
 * page's script shows the form, searches as the patient types and announces the count.
 *
 * @param language The language of the page and of the index it searches.
 * @param path The page's file name.
 * @param config Resolved config.
 * @param assets Shared assets.
 * @returns The page tree.
 */
export function searchPage(language: string, path: string, config: ResolvedConfig, assets: PageAssets): Root {
  const text = wordsFor(language).page;
  const tree = startPage({ template: 'page.html', language, heading: text.searchHeading, intro: text.searchIntro, path, config, assets, text, indexed: false, searchBox: false });
  const form = el('form', { className: ['search-form'], role: 'search', action: path, method: 'get', hidden: true, ariaLabel: text.searchLabel, dataSearchPage: '' }, [
    el('label', { htmlFor: [SEARCH_INPUT_ID] }, [txt(text.searchLabel)]),
    el('div', { className: ['search-row'] }, [
      el('input', { id: SEARCH_INPUT_ID, type: 'search', name: 'q', autoComplete: ['off'], spellCheck: 'false', ariaDescribedBy: ['search-status'] }, []),
      el('button', { type: 'submit' }, [txt(text.searchButton)]),
    ]),
  ]);
  form.properties.dataFoundOne = text.searchFound.one;
  form.properties.dataFoundOther = text.searchFound.other;
  form.properties.dataNone = text.searchNone;
  form.properties.dataLoading = text.searchLoading;
  form.properties.dataFailed = text.searchFailed;
  setContent(tree, 'content', [
    form,
    el('p', { id: 'search-status', className: ['search-status'], role: 'status' }, []),
    el('ol', { id: 'search-results', className: ['search-results'], hidden: true }, []),
    el('noscript', {}, [el('p', { className: ['search-noscript'] }, [txt(text.searchNeedsScript)])]),
    browseLinks(text, assets.topics),
  ]);
  return finishPage(tree, path);
}

function browseLinks(text: PageWords, topics: boolean): Element {
  const items = [el('li', {}, [el('a', { href: 'index.html' }, [txt(text.allArticles)])])];
  if (topics) items.unshift(el('li', {}, [el('a', { href: 'topics/index.html' }, [txt(text.topics)])]));
  return el('ul', { className: ['browse-links'] }, items);
}

/**
 * `404.html`, which a static host serves at any missing address: its links are made absolute
 * from the path of the clinic's web address, so they work at any depth.
 *
 * @param config Resolved config.
 * @param assets Shared assets.
 * @returns The page tree.
 */
export function notFoundPage(config: ResolvedConfig, assets: PageAssets): Root {
  const language = config.defaults.language;
  const text = wordsFor(language).page;
  const tree = startPage({ template: 'page.html', language, heading: text.notFoundTitle, intro: text.notFoundText, path: '404.html', config, assets, text, indexed: false });
  setContent(tree, 'content', [browseLinks(text, assets.topics)]);
  finishTemplate(tree);
  rebaseUrls(tree, config.clinic ? new URL(config.clinic.url.endsWith('/') ? config.clinic.url : `${config.clinic.url}/`).pathname : '/');
  return tree;
}

/**
 * The page left at an article's former address: it sends the browser on at once, tells search
 * engines the new address, and shows a link for anyone whose browser does not follow.
 *
 * @param article The article, under its current page name (`es/<slug>` for Spanish).
 * @param config Resolved config.
 * @param assets Shared assets.
 * @returns The page tree.
 */
export function redirectPage(article: Article, config: ResolvedConfig, assets: PageAssets): Root {
  const language = article.language;
  const text = wordsFor(language).page;
  const target = `${article.slug}.html`;
  // The redirect names the article's canonical address, which search engines then keep.
  // The meta refresh is no link that finishPage rebases: it leads from the page's own folder.
  const redirect = { to: `${toRoot(target)}${target}`, canonical: canonicalUrl(article.slug, config) };
  const tree = startPage({ template: 'page.html', language, heading: text.movedTitle, intro: article.title, path: target, config, assets, text, indexed: false, redirect });
  setContent(tree, 'content', [el('p', {}, [txt(text.movedText[0]), el('a', { href: target }, [txt(article.title)]), txt(text.movedText[1])])]);
  return finishPage(tree, target);
}
