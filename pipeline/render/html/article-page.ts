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
import { idsOf } from '../../transform/rehype/ids.ts';
import { freeId } from '../../transform/rehype/ids.ts';
import { medicalWebPage } from './json-ld.ts';
import { fillChrome, fillHead } from './head.ts';
import { finishTemplate, loadTemplate, replaceSlot, setContent, setText } from './template.ts';

/** Articles with at least this many sections (`##`) get a table of contents. */
const TOC_MIN_SECTIONS = 3;

export interface PageAssets {
  /** Stylesheet URL relative to the page. */
  stylesheet: string;
  /** Logo URL relative to the page, if any. */
  logo: string | undefined;
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
 * @param assets Published stylesheet and logo.
 * @returns The complete document tree.
 */
export function articlePage(article: Article, body: Root, config: ResolvedConfig, assets: PageAssets): Root {
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
    jsonLd: medicalWebPage(article, config, canonical),
  });
  const ids = idsOf(body);
  fillChrome(tree, { config, text, logo: assets.logo, contentIds: ids });
  setText(tree, 'heading', article.title);
  setText(tree, 'summary', article.summary);
  replaceSlot(tree, 'reviewed', [reviewedLine(article)]);

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
  finishTemplate(tree);
  return tree;
}
