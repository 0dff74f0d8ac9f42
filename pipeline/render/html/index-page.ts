/**
 * The index of the web edition: every article with its title, summary, topics and the date
 * of its last medical review, sorted by title in the site's language.
 */
import type { Root } from 'hast';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { Article } from '../../schema/article.ts';
import { articleCard } from './article-card.ts';
import { wordsFor } from '../../languages/languages.ts';
import { collectionPage } from './json-ld.ts';
import { fillChrome, fillHead } from './head.ts';
import type { PageAssets } from './article-page.ts';
import { canonicalUrl } from './article-page.ts';
import { siteUrl } from '../../content/web-edition-url.ts';
import { finishTemplate, loadTemplate, setContent, setText } from './template.ts';

/**
 * Build the index tree.
 *
 * @param articles The articles of the index.
 * @param config Resolved config.
 * @param assets Published stylesheet and logo.
 * @param where The index's language and path, for a language other than the site's (`es/index.html`).
 * @returns The complete document tree, with links relative to the root of the web edition.
 */
export function indexPage(articles: Article[], config: ResolvedConfig, assets: PageAssets, where = { language: config.defaults.language, path: 'index.html' }): Root {
  const { language } = where;
  const text = wordsFor(language, config.words).page;
  const collator = new Intl.Collator(language);
  const sorted = [...articles].sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.slug, b.slug));
  const siteName = config.clinic?.name;
  const heading = text.library;
  const description = text.libraryIntro;
  const canonical = config.clinic ? siteUrl(config.clinic.url, where.path) : undefined;
  const tree = loadTemplate('index.html');
  fillHead(tree, {
    language,
    title: siteName ? `${heading} | ${siteName}` : heading,
    description,
    canonical,
    ogTitle: heading,
    siteName,
    stylesheet: assets.stylesheet,
    script: assets.script,
    feed: assets.feed,
    scriptStylesheet: assets.scriptStylesheet,
    jsonLd: collectionPage(heading, description, language, canonical, sorted.map((article) => ({ name: article.title, url: canonicalUrl(article.slug, config) ?? `${article.slug}.html` })), config),
  });
  fillChrome(tree, { config, text, logo: assets.logo, contentIds: new Set(), searchHref: assets.searchHref(language), topics: assets.topics });
  setText(tree, 'heading', heading);
  setText(tree, 'intro', text.libraryIntro);
  setContent(tree, 'articles', sorted.map((article) => articleCard(article, language, text)));
  finishTemplate(tree);
  return tree;
}
