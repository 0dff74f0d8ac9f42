/**
 * The address of an article in the web edition: the clinic's `url` (treated as a folder, even
 * without a trailing slash) plus `<page>.html` (content/page-name.ts: `es/<slug>` for a Spanish article), exactly the file the HTML renderer writes.
 * The canonical URL, the handout's QR code and the e-book's links to articles outside the book
 * all come from here, so they cannot disagree.
 */

/**
 * @param clinicUrl The clinic's `url` from the config.
 * @param slug The article's page name (`lower-back-spasms`, `es/lower-back-spasms`).
 * @param anchor Optional fragment (a heading id).
 * @returns Absolute URL.
 */
export function webEditionUrl(clinicUrl: string, slug: string, anchor?: string): string {
  const base = clinicUrl.endsWith('/') ? clinicUrl : `${clinicUrl}/`;
  const url = new URL(`${slug.split('/').map(encodeURIComponent).join('/')}.html`, base);
  if (anchor) url.hash = anchor;
  return url.href;
}

/**
 * The address of any file of the web edition.
 *
 * @param clinicUrl The clinic's `url` from the config.
 * @param relative Path inside the web edition (`topics/index.html`, `feed.xml`).
 * @returns Absolute URL.
 */
export function siteUrl(clinicUrl: string, relative: string): string {
  const base = clinicUrl.endsWith('/') ? clinicUrl : `${clinicUrl}/`;
  return new URL(relative.split('/').map(encodeURIComponent).join('/'), base).href;
}
