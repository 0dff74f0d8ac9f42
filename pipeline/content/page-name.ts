/**
 * Where an article's outputs live. An article's identity is its slug *and* its language: a
 * translation shares its source's slug (`translationOf`), and the language keeps the outputs
 * apart. Articles in the site's language (`defaults.language`) sit at the root of each output
 * (`lower-back-spasms.html`, `pdf/lower-back-spasms.pdf`), so their addresses never change;
 * every other language has a folder of its own (`es/lower-back-spasms.html`,
 * `pdf/es/lower-back-spasms.pdf`).
 */
import { interfaceLanguage } from '../languages/languages.ts';

/**
 * The folder of a language: the registry's tag in lowercase (`es` for `es-US`, `zh-hans` for
 * `zh-CN`, `zh-hant` for `zh-TW`), else the primary subtag (`de` for `de-CH`).
 *
 * @param tag BCP 47 tag.
 * @returns A lowercase folder name.
 */
export function languageFolder(tag: string): string {
  let folder = folders.get(tag);
  if (folder === undefined) {
    folder = (interfaceLanguage(tag) ?? tag.split('-')[0]).toLowerCase();
    folders.set(tag, folder);
  }
  return folder;
}

// Asked for every pair of articles when pages list their neighbours: worth remembering per tag.
const folders = new Map<string, string>();

/**
 * Whether two tags share one folder (and so one set of slugs).
 *
 * @param a BCP 47 tag.
 * @param b BCP 47 tag.
 * @returns True for `es` and `es-MX`, false for `zh-Hans` and `zh-Hant`.
 */
export function sameLanguageFolder(a: string, b: string): boolean {
  return languageFolder(a) === languageFolder(b);
}

/**
 * The path of an article's outputs without extension, relative to an output folder.
 *
 * @param article Its slug and language.
 * @param siteLanguage The config's `defaults.language`.
 * @returns `<slug>` in the site's language, else `<folder>/<slug>`.
 */
export function pageName(article: { slug: string; language: string }, siteLanguage: string): string {
  return sameLanguageFolder(article.language, siteLanguage) ? article.slug : `${languageFolder(article.language)}/${article.slug}`;
}

/**
 * The `../` that leads from a page back to the root of the web edition.
 *
 * @param name A page name (`es/lower-back-spasms`) or a page path (`es/index.html`).
 * @returns `''` at the root, `../` one folder down.
 */
export function toRoot(name: string): string {
  return '../'.repeat(name.split('/').length - 1);
}
