/**
 * The parts every page shares: `<head>` metadata (title, description, canonical URL, Open
 * Graph, stylesheet, JSON-LD), the skip link, the site header and footer, and the `id` of
 * `<main>`, chosen so that no heading of the article can take it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { select } from 'hast-util-select';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { PageWords } from '../../languages/interface-words.ts';
import { contactBlock } from '../../transform/directives/cta.ts';
import { jsonLdScript } from './json-ld.ts';
import { replaceSlot, setContent, setProperties, setText } from './template.ts';
import { freeId } from '../../transform/rehype/ids.ts';
import { textDirection } from '../../languages/languages.ts';

export interface HeadData {
  language: string;
  title: string;
  description: string;
  /** Absolute URL of the page, when the clinic's web address is configured. */
  canonical: string | undefined;
  ogTitle: string;
  siteName: string | undefined;
  stylesheet: string;
  /** The page's script (it shows the search box), relative to the page; none on pages without one. */
  script?: string;
  /** The Atom feed of the library, when the clinic's web address lets it have absolute links. */
  feed?: { href: string; title: string };
  /** schema.org data; none on pages that are not content (search, not found, redirects). */
  jsonLd?: Parameters<typeof jsonLdScript>[0];
}

/**
 * Fill the `<head>` and set the page language (and direction).
 *
 * @param tree Template tree.
 * @param data What to fill in.
 */
export function fillHead(tree: Root, data: HeadData): void {
  const html = select('html', tree);
  if (html) {
    html.properties.lang = data.language;
    // Arabic, Hebrew, Persian…: right to left, or punctuation and lists land on the wrong side.
    if (textDirection(data.language) === 'rtl') html.properties.dir = 'rtl';
  }
  setText(tree, 'title', data.title);
  setProperties(tree, 'description', { content: data.description });
  setProperties(tree, 'og-title', { content: data.ogTitle });
  setProperties(tree, 'og-description', { content: data.description });
  setProperties(tree, 'og-locale', { content: ogLocale(data.language) });
  if (data.canonical) {
    setProperties(tree, 'canonical', { href: data.canonical });
    setProperties(tree, 'og-url', { content: data.canonical });
  } else {
    replaceSlot(tree, 'canonical', []);
    replaceSlot(tree, 'og-url', []);
  }
  if (data.siteName) setProperties(tree, 'og-site-name', { content: data.siteName });
  else replaceSlot(tree, 'og-site-name', []);
  setProperties(tree, 'stylesheet', { href: data.stylesheet });
  if (data.feed) setProperties(tree, 'feed', { href: data.feed.href, title: data.feed.title });
  else replaceSlot(tree, 'feed', []);
  if (data.script) setProperties(tree, 'script', { src: data.script });
  else replaceSlot(tree, 'script', []);
  replaceSlot(tree, 'json-ld', data.jsonLd ? [jsonLdScript(data.jsonLd)] : []);
}

/**
 * Open Graph's locale form: `en-US` → `en_US`; a bare language gets its likely region.
 *
 * @param language BCP 47 tag.
 * @returns `ll_RR`.
 */
function ogLocale(language: string): string {
  const locale = new Intl.Locale(language).maximize();
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}

export interface ChromeData {
  config: ResolvedConfig;
  text: PageWords;
  /** URL of the published logo, if the clinic has one. */
  logo: string | undefined;
  /** Ids used by the page content, which `<main>` must not take. */
  contentIds: Set<string>;
  /** The search page for this page's language; no search box when undefined (the search page itself). */
  searchHref?: string;
  /** Whether the library has a topics index to link to. */
  topics?: boolean;
}

/**
 * Fill the skip link, site header, `<main>` id and footer.
 *
 * @param tree Template tree.
 * @param data Clinic, words and the ids in use.
 */
export function fillChrome(tree: Root, data: ChromeData): void {
  const { config, text } = data;
  const mainId = freeId('main', new Set(data.contentIds));
  setProperties(tree, 'main', { id: mainId });
  const skip = setText(tree, 'skip-link', text.skipLink);
  skip.properties.href = `#${mainId}`;

  const name: ElementContent[] = [];
  if (data.logo && config.clinic) {
    name.push({ type: 'element', tagName: 'img', properties: { className: ['site-logo'], src: data.logo, alt: '' }, children: [] });
  }
  if (config.clinic) name.push({ type: 'element', tagName: 'span', properties: { className: ['site-clinic'] }, children: [{ type: 'text', value: config.clinic.name }] });
  name.push({ type: 'element', tagName: 'span', properties: { className: config.clinic ? ['site-section'] : [] }, children: [{ type: 'text', value: text.library }] });
  setContent(tree, 'site-name', name);
  fillSiteNav(tree, data);

  const footer: Element[] = [{ type: 'element', tagName: 'p', properties: { className: ['disclaimer'] }, children: [{ type: 'text', value: text.disclaimer }] }];
  const contact = contactBlock(config, text);
  if (contact) footer.push(contact);
  footer.push({
    type: 'element',
    tagName: 'p',
    properties: { className: ['site-links'] },
    children: [{ type: 'element', tagName: 'a', properties: { href: 'index.html' }, children: [{ type: 'text', value: text.allArticles }] }],
  });
  setContent(tree, 'footer', [{ type: 'element', tagName: 'div', properties: { className: ['wrap'] }, children: footer }]);
}

const SEARCH_INPUT_ID = 'site-search-q';

/**
 * The site navigation (all guides, topics) and the header's search box. The box is `hidden`
 * until the page's script shows it: without JavaScript there is no search, so no dead box.
 */
function fillSiteNav(tree: Root, data: ChromeData): void {
  const { text } = data;
  const link = (href: string, label: string): Element => ({
    type: 'element',
    tagName: 'li',
    properties: {},
    children: [{ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: label }] }],
  });
  const items = [link('index.html', text.allArticles)];
  if (data.topics) items.push(link('topics/index.html', text.topics));
  const nav = setContent(tree, 'site-nav', [{ type: 'element', tagName: 'ul', properties: {}, children: items }]);
  nav.properties.ariaLabel = text.siteNav;
  if (!data.searchHref || data.contentIds.has(SEARCH_INPUT_ID)) {
    replaceSlot(tree, 'site-search', []);
    return;
  }
  const form = setContent(tree, 'site-search', [
    { type: 'element', tagName: 'label', properties: { htmlFor: [SEARCH_INPUT_ID], className: ['visually-hidden'] }, children: [{ type: 'text', value: text.searchLabel }] },
    { type: 'element', tagName: 'input', properties: { id: SEARCH_INPUT_ID, type: 'search', name: 'q', autoComplete: ['off'], required: true }, children: [] },
    { type: 'element', tagName: 'button', properties: { type: 'submit' }, children: [{ type: 'text', value: text.searchButton }] },
  ]);
  form.properties.action = data.searchHref;
  form.properties.ariaLabel = text.searchLabel;
  form.properties.dataSearchForm = '';
}
