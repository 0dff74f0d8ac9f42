/**
 * What search engines and feed readers read: `sitemap.xml` (every indexed page, `lastmod` from
 * the medical review date), `robots.txt` pointing to it, and `feed.xml`, an Atom feed of the
 * most recently reviewed articles. All need absolute URLs, so they are written only when the
 * clinic's web address (`clinic.url`) is configured. Dates come from the articles, never the
 * clock, so an unchanged library gives the same bytes.
 */
import { xmlSafeDocument } from '../../content/xml-characters.ts';
import type { Root as XastRoot } from 'xast';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import { Feed } from 'feed';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { Article } from '../../schema/article.ts';
import { siteUrl } from '../../content/web-edition-url.ts';
import { wordsFor } from '../../languages/languages.ts';
import { topicHref, type Topic } from './topics.ts';

/** Entries in the Atom feed. */
const FEED_ENTRIES = 20;
export const SITEMAP_FILE = 'sitemap.xml';
export const FEED_FILE = 'feed.xml';

const latest = (articles: Article[]) => articles.reduce((max, article) => (article.reviewed.on > max ? article.reviewed.on : max), '0000-01-01');

/** A page in one language: its page name (`es/index`, `es/<slug>`), language and whether it is the `x-default`. */
export interface SitemapAlternate {
  slug: string;
  language: string;
  source: boolean;
}

const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * The sitemap. A page with versions in other languages lists every version (itself included)
 * and the `x-default` as `xhtml:link rel="alternate"`, as search engines read them.
 *
 * @param clinicUrl The web edition's address.
 * @param articles Published articles, under their page names.
 * @param topics Topics of the library.
 * @param alternates Language versions by page name (the indexes' and translated articles').
 * @returns XML text.
 */
export function sitemapXml(clinicUrl: string, articles: Article[], topics: Topic[], alternates: ReadonlyMap<string, readonly SitemapAlternate[]> = new Map()): string {
  const entries: Array<{ path: string; lastmod: string; page?: string }> = [{ path: 'index.html', lastmod: latest(articles), page: 'index' }];
  for (const version of alternates.get('index') ?? []) {
    if (version.source) continue;
    const folder = version.slug.slice(0, -'index'.length);
    const inLanguage = articles.filter((article) => article.slug.startsWith(folder));
    entries.push({ path: `${version.slug}.html`, lastmod: latest(inLanguage), page: version.slug });
  }
  if (topics.length > 0) entries.push({ path: 'topics/index.html', lastmod: latest(articles) });
  for (const topic of topics) entries.push({ path: topicHref(topic.slug), lastmod: latest(topic.articles) });
  for (const article of articles) entries.push({ path: `${article.slug}.html`, lastmod: article.reviewed.on, page: article.slug });
  const links = (page: string | undefined) => {
    const versions = page === undefined ? undefined : alternates.get(page);
    if (!versions || versions.length < 2) return [];
    const link = (hreflang: string, slug: string) => x('xhtml:link', { rel: 'alternate', hreflang, href: siteUrl(clinicUrl, `${slug}.html`) });
    const source = versions.find((version) => version.source);
    return [...versions.map((version) => link(version.language, version.slug)), ...(source ? [link('x-default', source.slug)] : [])];
  };
  const multilingual = entries.some((entry) => links(entry.page).length > 0);
  const tree: XastRoot = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      x(
        'urlset',
        { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:xhtml': multilingual ? XHTML_NAMESPACE : undefined },
        entries
          .filter((entry) => entry.lastmod !== '0000-01-01')
          .map((entry) => x('url', [x('loc', siteUrl(clinicUrl, entry.path)), x('lastmod', entry.lastmod), ...links(entry.page)])),
      ),
    ],
  };
  return `${xmlSafeDocument(toXml(tree))}\n`;
}

/**
 * `robots.txt`: everything may be crawled; the sitemap is named.
 *
 * @param clinicUrl The web edition's address.
 * @returns Text.
 */
export function robotsTxt(clinicUrl: string): string {
  // robots.txt is read only at the root of a host; a library in a sub-folder should merge these lines into the host's own.
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl(clinicUrl, SITEMAP_FILE)}\n`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The Atom feed of the most recently reviewed articles.
 *
 * @param config Resolved config (with a clinic).
 * @param articles Published articles.
 * @returns XML text.
 */
export function atomFeed(config: ResolvedConfig & { clinic: NonNullable<ResolvedConfig['clinic']> }, articles: Article[]): string {
  const { clinic } = config;
  const text = wordsFor(config.defaults.language).page;
  const recent = [...articles].sort((a, b) => b.reviewed.on.localeCompare(a.reviewed.on) || a.slug.localeCompare(b.slug)).slice(0, FEED_ENTRIES);
  const feed = new Feed({
    id: siteUrl(clinic.url, FEED_FILE),
    title: `${text.feedTitle} | ${clinic.name}`,
    description: text.libraryIntro,
    link: siteUrl(clinic.url, 'index.html'),
    feedLinks: { atom: siteUrl(clinic.url, FEED_FILE) },
    language: config.defaults.language,
    updated: new Date(`${latest(articles) === '0000-01-01' ? '1970-01-01' : latest(articles)}T00:00:00Z`),
    generator: 'pressroom',
    author: { name: clinic.name, link: clinic.url },
  });
  for (const article of recent) {
    const url = siteUrl(clinic.url, `${article.slug}.html`);
    feed.addItem({
      // The feed writes titles and summaries as HTML: frontmatter text is plain, so escape it.
      title: escapeHtml(article.title),
      id: url,
      link: url,
      date: new Date(`${article.reviewed.on}T00:00:00Z`),
      description: escapeHtml(article.summary),
      category: article.tags.map((tag) => ({ term: tag, name: tag })),
    });
  }
  // Titles, summaries and tags are the articles' words: a character XML forbids must not reach the feed.
  const atom = xmlSafeDocument(feed.atom1());
  return atom.endsWith('\n') ? atom : `${atom}\n`;
}
