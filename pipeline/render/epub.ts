/**
 * The EPUB edition: every book of `books` in pressroom.yaml becomes `<outDir>/epub/<id>.epub`,
 * built from the renderable articles it lists (see render/epub/build-book.ts). Each book has its
 * own file for messages, placed on the book's lines in the config; a book with errors is not
 * written and the other books still build. Lint has already refused books with missing, draft or
 * failing chapters, duplicate ids or bad covers. The build's browser draws covers for books without one.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import type { ResolvedConfig } from '../config/resolve.ts';
import { report } from '../diagnostics/report-message.ts';
import { writeIfChanged } from '../build/write.ts';
import { workFolder } from '../build/work-folder.ts';
import type { Renderer } from './renderer.ts';
import { buildBook } from './epub/build-book.ts';
import { loadEpubTemplates } from './epub/epub-templates.ts';
import { renderCover } from './epub/render-cover.ts';
import { CoverCache } from './epub/cover-cache.ts';
import { entriesFor, linkedArticle, type CheckedArticle } from '../content/library.ts';
import '../types.ts';

export const epubRenderer: Renderer = {
  format: 'epub',
  async render(published, context) {
    const { config, cwd, library } = context;
    if (config.books.length === 0) return [];
    const byFile = new Map(published.map((checked) => [checked.file, checked]));
    const templates = await loadEpubTemplates();
    const covers = new CoverCache(context.outDir);
    const bookFiles: VFile[] = [];
    for (const [index, book] of config.books.entries()) {
      // Lint refused this book (a missing, draft or failing chapter, a duplicate id, a bad cover): its messages are on the config.
      if (context.refusedBooks.has(index)) continue;
      const file = new VFile({ path: bookFilePath(config, index, cwd), cwd });
      bookFiles.push(file);
      const place = (sub: ReadonlyArray<string | number>) => context.source.place(['books', index, ...sub]) ?? context.source.place(['books', index]);
      const target = path.join(context.outDir, 'epub', `${book.id}.epub`);
      // A chapter is the article with that slug in the book's language, else in the site's.
      const language = book.language ?? config.defaults.language;
      const chapters = new Map<string, CheckedArticle | undefined>(
        book.chapters.map((slug) => [slug, byFile.get(entriesFor(library, slug, language, config.defaults.language)[0]?.file as VFile)]),
      );
      const absent = book.chapters.filter((slug) => !chapters.get(slug));
      if (absent.length > 0) {
        // Only a partial build gets here: in a full build lint refuses the book.
        const names = absent.map((slug) => `\`${slug}\``).join(', ');
        const why = library.partial ? 'not part of this build; build the whole content folder to make it' : 'not published';
        report(file, 'info', `E-book \`${book.id}\` not built: ${names} ${absent.length === 1 ? 'is' : 'are'} ${why}`, 'epub-chapter', place(['chapters']));
        continue;
      }
      try {
        const built = await buildBook({
          book,
          index,
          config,
          chapters: book.chapters.map((slug) => chapters.get(slug)!),
          articleAt: (absolute, from, anchor) => linkedArticle(library, absolute, config.defaults.language, from, anchor),
          templates,
          file,
          place,
          sourceDateEpoch: context.sourceDateEpoch,
          parts: context.parts,
          drawCover: (text) => covers.cover([templates.coverHtml, JSON.stringify(text)], async () => renderCover(await context.browser.get(), templates.coverHtml, text, config.pdf.timeout, workFolder(context.outDir))),
        });
        if (!built) continue;
        await writeIfChanged(target, built.bytes);
        context.own(target);
        file.data.outputs = { epub: target };
        context.written?.(file, target);
        for (const chapter of built.chapters) chapter.data.outputs = { ...chapter.data.outputs, epub: chapter.data.outputs?.epub ?? target };
      } catch (error) {
        const message = report(
          file,
          'error',
          `Cannot build the e-book \`${book.id}\`: ${(error as Error).message}; if this persists, please report it to the pressroom maintainers`,
          'epub-book',
          place([]),
        );
        message.cause = error;
      }
    }
    // Only in a build of the whole library: a partial one may have skipped books whose covers stay valid.
    if (!library.partial) await covers.prune();
    return bookFiles;
  },
};

/**
 * The path of a book's message file: the config file (so that editors and CI annotations open
 * it, at the line of the book's setting), else `books/<id>`.
 *
 * @param config Resolved config.
 * @param index Index of the book.
 * @param cwd Working directory.
 * @returns A path relative to `cwd`.
 */
export function bookFilePath(config: ResolvedConfig, index: number, cwd: string): string {
  if (config.configPath) return path.relative(cwd, config.configPath) || config.configPath;
  return `books/${config.books[index].id}`;
}
