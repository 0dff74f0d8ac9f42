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
  jsonLd: Parameters<typeof jsonLdScript>[0];
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
  replaceSlot(tree, 'json-ld', [jsonLdScript(data.jsonLd)]);
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
