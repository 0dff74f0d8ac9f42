/**
 * The articles of one run after checking, indexed by path and slug with what will happen to
 * each: published, kept back as a draft, or failed (it has errors). Lint's cross-file rules and
 * every renderer read this index; nothing after the checks reads an article from disk again.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Article } from '../schema/article.ts';
import { slugFromPath } from './slug.ts';
import { pageName, sameLanguageFolder } from './page-name.ts';
import { markdownHeadingIds } from './heading-ids.ts';
import '../types.ts';

export type ArticleStatus = 'published' | 'draft' | 'failed';

/** An article that passed every check: what renderers receive. */
export interface CheckedArticle {
  file: VFile;
  article: Article;
  tree: Root;
}

export interface LibraryEntry {
  file: VFile;
  /** Absolute path of the article. */
  path: string;
  /** The slug: the frontmatter's, or for an article whose frontmatter failed, its file name's (to name it in messages). */
  slug: string | undefined;
  status: ArticleStatus;
  /**
   * False for an article outside a partial run, read only so that links to it resolve: its
   * frontmatter is checked, its body is not linted, and it is not rendered.
   */
  inRun: boolean;
}

export interface Library {
  /** The run's articles, then (in a partial run) the rest of the content folder. */
  entries: LibraryEntry[];
  /** Published articles of the run, in path order. */
  published: CheckedArticle[];
  byPath: ReadonlyMap<string, LibraryEntry>;
  /** Entries by slug: a source and its translations share one; two in one language are a lint error (duplicate-slug). */
  bySlug: ReadonlyMap<string, LibraryEntry[]>;
  /**
   * True when the run covers only part of the content folder (`pressroom build one.md`):
   * collections (the index page, e-books, books' chapter checks) are then left alone.
   */
  partial: boolean;
}

/**
 * Whether an article file is published as it stands: its frontmatter and body checked
 * without errors, and not a draft.
 *
 * @param file A checked file.
 * @returns Its status.
 */
export function articleStatus(file: VFile): ArticleStatus {
  if (file.data.stopped || !file.data.tree || !file.data.article || file.messages.some((message) => message.fatal)) return 'failed';
  return file.data.article.draft ? 'draft' : 'published';
}

/**
 * Index checked files.
 *
 * @param files Every file of the run, after lint.
 * @param partial Whether the run covers only part of the content folder.
 * @param outside The other articles of the content folder in a partial run (validated, not linted).
 * @returns The library.
 */
export function buildLibrary(files: readonly VFile[], partial: boolean, outside: readonly VFile[] = []): Library {
  const entry = (file: VFile, inRun: boolean): LibraryEntry => ({
    file,
    path: path.resolve(file.cwd, file.path),
    slug: file.data.article?.slug ?? (slugFromPath(file.path) || undefined),
    status: articleStatus(file),
    inRun,
  });
  const inRun = new Set(files.map((file) => path.resolve(file.cwd, file.path)));
  const entries = [
    ...files.map((file) => entry(file, true)),
    ...outside.filter((file) => !inRun.has(path.resolve(file.cwd, file.path))).map((file) => entry(file, false)),
  ];
  const bySlug = new Map<string, LibraryEntry[]>();
  for (const entry of entries) if (entry.slug) bySlug.set(entry.slug, [...(bySlug.get(entry.slug) ?? []), entry]);
  const published = entries
    .filter((entry) => entry.inRun && entry.status === 'published')
    .map((entry) => ({ file: entry.file, article: entry.file.data.article!, tree: entry.file.data.tree! }));
  return { entries, published, byPath: new Map(entries.map((entry) => [entry.path, entry])), bySlug, partial };
}

/**
 * Whether the given paths cover the whole content folder.
 *
 * @param paths Paths given on the command line (absolute).
 * @param contentDir The content folder.
 * @returns False when some path is the folder or one that contains it.
 */
export function isPartialRun(paths: readonly string[], contentDir: string): boolean {
  return !paths.some((given) => {
    const relative = path.relative(given, contentDir);
    // `..x` is a folder inside, not a way out: compare whole segments.
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
  });
}

/**
 * What a link to an article file leads to. A link from an article in one language to an
 * article that has a published translation in that language leads to the translation, so a
 * patient reading Spanish stays in Spanish, unless the link names a heading the translation does
 * not have (headings are translated too); otherwise it leads to the linked file's page.
 *
 * @param library The run's articles.
 * @param absolute Absolute path of the linked `.md` file.
 * @param siteLanguage The config's `defaults.language` (its pages sit at the root).
 * @param fromLanguage The language of the linking article, if any.
 * @param anchor The link's fragment, if any.
 * @returns Its page name (content/page-name.ts) and whether it is published, or undefined when it is no article of the folder.
 */
export function linkedArticle(library: Library, absolute: string, siteLanguage: string, fromLanguage?: string, anchor?: string): { slug: string; published: boolean } | undefined {
  const entry = library.byPath.get(absolute);
  const target = entry?.file.data.article;
  if (entry?.slug === undefined || !target) return undefined;
  if (fromLanguage && !sameLanguageFolder(fromLanguage, target.language)) {
    const group = target.translationOf ?? target.slug;
    const sibling = library.entries.find((other) => {
      const article = other.file.data.article;
      if (other.status !== 'published' || !article || (article.translationOf ?? article.slug) !== group || !sameLanguageFolder(article.language, fromLanguage)) return false;
      return !anchor || [...markdownHeadingIds(other.file.data.tree!).byOffset.values()].includes(anchor);
    });
    if (sibling) return { slug: pageName(sibling.file.data.article!, siteLanguage), published: true };
  }
  return { slug: pageName(target, siteLanguage), published: entry.status === 'published' };
}

/**
 * The published article with a slug in a language, for lists of slugs such as a book's chapters:
 * the one in that language, else the one in the site's language.
 *
 * @param library The run's articles.
 * @param slug A slug.
 * @param language The language wanted (a book's).
 * @param siteLanguage The config's `defaults.language`.
 * @returns The entries with that slug, the best match first.
 */
export function entriesFor(library: Library, slug: string, language: string, siteLanguage: string): LibraryEntry[] {
  const entries = library.bySlug.get(slug) ?? [];
  const rank = (entry: LibraryEntry) => {
    const tag = entry.file.data.article?.language ?? entry.file.data.articleLanguage ?? siteLanguage;
    return sameLanguageFolder(tag, language) ? 0 : sameLanguageFolder(tag, siteLanguage) ? 1 : 2;
  };
  return [...entries].sort((a, b) => rank(a) - rank(b));
}
