/**
 * Where an article lives on the clinic's website: the clinic's `url` plus the slug. The QR
 * code and every link between articles in a handout point there, since a printout has no
 * other pages to link to.
 */

/**
 * URL of an article's web edition.
 *
 * @param clinicUrl The clinic's `url` from the config (with or without a trailing slash).
 * @param slug The article's slug.
 * @param anchor A heading id on that page, if any.
 * @returns Absolute URL.
 */
export function webEditionUrl(clinicUrl: string, slug: string, anchor?: string): string {
  const base = clinicUrl.endsWith('/') ? clinicUrl : `${clinicUrl}/`;
  const url = new URL(encodeURIComponent(slug), base);
  if (anchor) url.hash = anchor;
  return url.href;
}
