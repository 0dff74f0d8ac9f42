/**
 * An article's slug names every output it has (`<slug>.html`, `<slug>.pdf`, a chapter of a
 * book): its frontmatter `slug:` when set, else this, made from the file name.
 */
import path from 'node:path';

/**
 * Names of the web edition's own pages (the list of articles, search, "page not found", the
 * feed and sitemap): no article may take them. `search-<language>` is reserved too.
 */
const RESERVED_SLUGS: readonly string[] = ['index', 'search', '404', 'feed', 'sitemap', 'robots'];

/**
 * Whether a slug names one of the web edition's own pages.
 *
 * @param slug A slug.
 * @returns True for `index`, `search`, `search-es`…
 */
export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.includes(slug) || /^search-[a-z]{2,3}$/.test(slug);
}

/**
 * The slug an article gets from its file name.
 *
 * @param filePath Path of the article.
 * @returns Lowercase words joined by hyphens (empty when the name has no letters or digits).
 */
export function slugFromPath(filePath: string): string {
  return path
    .basename(filePath, path.extname(filePath))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
