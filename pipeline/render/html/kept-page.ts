/**
 * A web page as the build cache keeps it between builds (build/build-cache.ts parts): besides the
 * page on disk, what the web edition needs from it without making it again — its search document,
 * the script fonts it uses, the images and files it publishes — and what it asked of the rest of
 * the library (the articles it links to), so that it is made again as soon as an answer differs.
 */
import path from 'node:path';
import type { Article } from '../../schema/article.ts';
import { linkedArticle } from '../../content/library.ts';
import type { BuildContext } from '../renderer.ts';
import { SCRIPT_FONTS, type ScriptFontId } from '../script-fonts.ts';
import type { SearchDocument } from './search-index.ts';

/**
 * What a page kept for the next build (build/build-cache.ts parts): what it asked of other
 * articles, the files it published, the script fonts it needs and its search document.
 */
export interface KeptPage {
  /** Links to articles: `[path in the content folder, anchor, the answer as JSON]`. */
  links: Array<[string, string | null, string]>;
  /** Images and linked files, by kind and path in the content folder, in order of use. */
  assets: Array<['image' | 'file', string]>;
  fonts: ScriptFontId[];
  document: SearchDocument;
}

/**
 * A kept page as read back from the cache: anything not of that shape is not trusted.
 *
 * @param data The part's data.
 * @returns The page's record, or undefined.
 */
export function keptPage(data: unknown): KeptPage | undefined {
  const kept = data as Partial<KeptPage> | undefined;
  const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string' || item === null);
  if (!kept || typeof kept !== 'object') return undefined;
  if (!Array.isArray(kept.links) || !kept.links.every((link) => strings(link) && link.length === 3)) return undefined;
  if (!Array.isArray(kept.assets) || !kept.assets.every((asset) => strings(asset) && (asset[0] === 'image' || asset[0] === 'file'))) return undefined;
  if (!Array.isArray(kept.fonts) || !kept.fonts.every((font) => font in SCRIPT_FONTS)) return undefined;
  if (typeof kept.document?.url !== 'string' || typeof kept.document.html !== 'string') return undefined;
  return kept as KeptPage;
}

/**
 * Whether every article a kept page links to still answers as it did (its slug, whether it is
 * published, which translation): another article's edit can change that without changing the page's own inputs.
 *
 * @param links The page's links as kept.
 * @param article The page's article (under its page name).
 * @param context The build.
 * @returns True when the page may be reused.
 */
export function sameLinks(links: KeptPage['links'], article: Article, context: BuildContext): boolean {
  const { config } = context;
  return links.every(([relative, anchor, answer]) => JSON.stringify(linkedArticle(context.library, path.resolve(config.contentDir, relative), config.defaults.language, article.language, anchor ?? undefined) ?? null) === answer);
}
