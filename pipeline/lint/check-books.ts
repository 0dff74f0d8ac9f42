/**
 * The books of pressroom.yaml against the checked articles: every chapter is an article of the
 * content folder that is published (not missing, not a draft, without errors), listed once; book
 * ids are unique (each names an EPUB file); a configured cover is a usable image. Problems go on
 * the config, at the book's line, with the same ids the e-book renderer used to report them.
 */
import type { ConfigSource } from '../config/config-source.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import { checkCoverImage } from '../content/image-file.ts';
import { entriesFor, type Library, type LibraryEntry } from '../content/library.ts';
import { report } from '../diagnostics/report-message.ts';
import { didYouMean } from '../diagnostics/did-you-mean.ts';
import '../types.ts';

/**
 * Check every book.
 *
 * @param config Resolved config.
 * @param source The config file and positions in it.
 * @param library The checked articles of this run.
 * @returns Indexes (in `books`) of the books that cannot be built.
 */
export async function checkBooks(config: ResolvedConfig, source: ConfigSource, library: Library): Promise<Set<number>> {
  const refused = new Set<number>();
  const ids = new Set<string>();
  for (const [index, book] of config.books.entries()) {
    const place = (sub: readonly PropertyKey[]) => source.place(['books', index, ...sub]) ?? source.place(['books', index]);
    const fail = (reason: string, ruleId: 'epub-book' | 'epub-chapter' | 'epub-cover', sub: readonly PropertyKey[]) => {
      report(source.file, 'error', reason, ruleId, place(sub));
      refused.add(index);
    };
    if (ids.has(book.id)) {
      fail(`Unexpected duplicate book id \`${book.id}\`, expected each book to have its own id (it names the EPUB file); rename one of them`, 'epub-book', ['id']);
      continue;
    }
    ids.add(book.id);
    const seen = new Set<string>();
    for (const [chapter, slug] of book.chapters.entries()) {
      if (seen.has(slug)) {
        fail(`Unexpected chapter \`${slug}\` listed twice in the e-book \`${book.id}\`, expected each article once; remove the second entry`, 'epub-chapter', ['chapters', chapter]);
        continue;
      }
      seen.add(slug);
      // A chapter is the article with that slug in the book's language, else in the site's.
      const entries = entriesFor(library, slug, book.language ?? config.defaults.language, config.defaults.language).slice(0, 1);
      if (entries[0]?.status === 'published') continue;
      // A build of a few articles cannot tell a missing chapter from one left out of the run.
      if (library.partial && entries.length === 0) continue;
      fail(`Cannot build the e-book \`${book.id}\`: chapter \`${slug}\` cannot be rendered: ${explain(slug, entries, library)}`, 'epub-chapter', ['chapters', chapter]);
    }
    if (book.cover) {
      const cover = await checkCoverImage(book.cover, config.contentDir);
      if (!cover.ok) fail(`Cannot use the cover of the e-book \`${book.id}\`: ${lowerFirst(cover.reason)}`, 'epub-cover', ['cover']);
    }
  }
  return refused;
}

function explain(slug: string, entries: readonly LibraryEntry[], library: Library): string {
  const [entry] = entries;
  if (!entry) {
    const suggestion = didYouMean(slug, [...library.bySlug.keys()]);
    return suggestion
      ? `no article has this slug; did you mean \`${suggestion}\`? A slug is the file name without \`.md\`, or the article’s \`slug:\``
      : 'no article in the content folder has this slug; fix the slug (the file name without `.md`, or the article’s `slug:`) or add the article';
  }
  if (entry.status === 'draft') return `\`${entry.file.path}\` is a draft (\`draft: true\`); publish it or take the chapter out of the book`;
  const first = entry.file.messages.find((message) => message.fatal);
  if (first) return `\`${entry.file.path}\` has errors, such as ${first.line ? `line ${first.line}: ` : ''}${lowerFirst(first.reason)}; fix them (see its messages)`;
  return `\`${entry.file.path}\` has errors; fix them (see its messages)`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
