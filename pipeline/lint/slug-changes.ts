/**
 * Stable addresses: the slug decides an article's URL, so changing it (or renaming the file of an
 * article without `slug:`) moves the page. The content folder keeps a record of the addresses
 * published so far, `published-slugs.json` (written by `pressroom build`, committed with the
 * articles), keyed by address — the page's path without `.html` (`lower-back-spasms`, or
 * `es/lower-back-spasms` for a language other than the site's), which a file rename does not change. When a
 * recorded slug is neither any article's slug nor in any article's `formerSlugs`, the article it
 * belonged to (the recorded file, or after a rename the article with the recorded title) gets a
 * `slug-changed` warning at its slug: lint and build both read the record, so both warn alike,
 * also on a fresh clone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Library, LibraryEntry } from '../content/library.ts';
import { report } from '../diagnostics/report-message.ts';
import { frontmatterPosition } from './frontmatter-position.ts';
import { pageName } from '../content/page-name.ts';
import '../types.ts';

/** The record's file name, in the content folder. */
export const SLUG_RECORD = 'published-slugs.json';

/** One published address: the file it came from and the article's title (to follow a rename). */
export interface RecordedSlug {
  file: string;
  title: string;
}

/** The record: published slugs, sorted. */
interface SlugRecord {
  about: string;
  slugs: Record<string, RecordedSlug>;
}

/**
 * Read the record; a missing or unreadable one is empty (no address was published yet).
 *
 * @param contentDir The content folder.
 * @returns Published slugs.
 */
export function readSlugRecord(contentDir: string): Record<string, RecordedSlug> {
  try {
    const data = JSON.parse(readFileSync(path.join(contentDir, SLUG_RECORD), 'utf8')) as Partial<SlugRecord>;
    const slugs = data.slugs && typeof data.slugs === 'object' ? data.slugs : {};
    return Object.fromEntries(Object.entries(slugs).filter(([, value]) => typeof value?.file === 'string' && typeof value.title === 'string'));
  } catch {
    return {};
  }
}

/** A recorded address that no article keeps, with the article that gave it up. */
export interface LostSlug {
  /** The address: a page name (content/page-name.ts). */
  slug: string;
  entry: LibraryEntry;
}

/**
 * The address an article's slug gives it, and those its `formerSlugs` keep.
 *
 * @param entry An article of the library.
 * @param siteLanguage The config's `defaults.language`.
 * @returns Page names.
 */
export function addressesOf(entry: LibraryEntry, siteLanguage: string): string[] {
  const language = entry.file.data.article?.language ?? entry.file.data.articleLanguage ?? siteLanguage;
  const slugs = [...(entry.slug ? [entry.slug] : []), ...(entry.file.data.article?.formerSlugs ?? [])];
  return slugs.map((slug) => pageName({ slug, language }, siteLanguage));
}

/**
 * The recorded addresses that no article holds any more (as its slug or in `formerSlugs`),
 * each with the article that had it: the recorded file, or, when that file is gone or is now
 * another article, the unrecorded article with the recorded title (a renamed file). Addresses of
 * articles that were deleted on purpose have no such article: they are not reported.
 *
 * @param library Every article of the content folder.
 * @param contentDir The content folder (the record names files relative to it).
 * @param record The record.
 * @returns Lost addresses, in slug order.
 */
export function lostSlugs(library: Library, contentDir: string, record: Record<string, RecordedSlug>, siteLanguage: string): LostSlug[] {
  const held = new Set(library.entries.flatMap((entry) => addressesOf(entry, siteLanguage)));
  const inContent = (entry: LibraryEntry) => path.relative(contentDir, entry.path).split(path.sep).join('/');
  const lost: LostSlug[] = [];
  for (const [slug, { file, title }] of Object.entries(record).sort(([a], [b]) => a.localeCompare(b))) {
    if (held.has(slug)) continue;
    const atFile = library.entries.find((entry) => inContent(entry) === file && entry.file.data.article);
    const renamed = library.entries.find((entry) => entry.file.data.article?.title === title && !addressesOf(entry, siteLanguage).some((address) => address in record));
    const entry = atFile && (atFile.file.data.article!.title === title || !renamed) ? atFile : renamed;
    if (entry) lost.push({ slug, entry });
  }
  return lost;
}

/**
 * Warn (`slug-changed`) on each article of the run that gave up a published address without
 * listing it in `formerSlugs`, at its `slug:` value (or its frontmatter, when the slug comes
 * from the file name).
 *
 * @param library Every article of the content folder (a partial run reports on its own articles only).
 * @param contentDir The content folder, which holds the record.
 * @param siteLanguage The config's `defaults.language`.
 */
export function reportSlugChanges(library: Library, contentDir: string, siteLanguage: string): void {
  for (const { slug: address, entry } of lostSlugs(library, contentDir, readSlugRecord(contentDir), siteLanguage)) {
    if (!entry.inRun) continue;
    const { file } = entry;
    const tree = file.data.tree;
    const frontmatter = tree?.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
    const place = (tree && frontmatterPosition(tree, ['slug'])) ?? frontmatter;
    const slug = address.split('/').at(-1)!;
    report(
      file,
      'warning',
      `Unexpected new slug \`${entry.slug}\`: this article was published as \`${address}.html\`, which would now be "page not found"; add \`formerSlugs: [${slug}]\` to the frontmatter so the old address leads here`,
      'slug-changed',
      place,
    );
  }
}
