/**
 * The EPUB edition: every book of `books` in pressroom.yaml becomes `<outDir>/epub/<id>.epub`,
 * built from the renderable articles it lists (see render/epub/build-book.ts). Each book has its
 * own file for messages, placed on the book's lines in the config; a book with errors is not
 * written and the other books still build. One browser, launched only when a book needs a drawn
 * cover, is closed in `finally`.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import type { Browser } from 'puppeteer-core';
import type { ResolvedConfig } from '../config/resolve.ts';
import { report } from '../diagnostics/report-message.ts';
import { writeIfChanged } from '../build/write.ts';
import type { Renderer } from './renderer.ts';
import { launchBrowser } from './browser/launch-browser.ts';
import { buildBook } from './epub/build-book.ts';
import { readConfigText } from './epub/config-place.ts';
import { loadEpubTemplates } from './epub/epub-templates.ts';
import { indexContent, type ContentIndex } from './epub/explain-missing-chapter.ts';
import { renderCover } from './epub/render-cover.ts';
import '../types.ts';

export const epubRenderer: Renderer = {
  format: 'epub',
  async render(files, context) {
    const { config, cwd } = context;
    if (config.books.length === 0) return [];
    const articles = new Map<string, VFile>();
    for (const file of files) if (file.data.article && !file.data.article.draft) articles.set(file.data.article.slug, file);
    const configText = config.configPath ? await readConfigText(config.configPath) : undefined;
    const templates = await loadEpubTemplates();
    let browser: Promise<Browser> | undefined;
    let contentIndex: Promise<ContentIndex> | undefined;
    const bookFiles: VFile[] = [];
    const written = new Set<string>();
    try {
      for (const [index, book] of config.books.entries()) {
        const file = new VFile({ path: bookFilePath(config, index, cwd), cwd });
        bookFiles.push(file);
        const place = (sub: ReadonlyArray<string | number>) => configText?.place(['books', index, ...sub]) ?? configText?.place(['books', index]);
        const target = path.join(context.outDir, 'epub', `${book.id}.epub`);
        if (written.has(target)) {
          report(file, 'error', `Unexpected duplicate book id \`${book.id}\`, expected each book to have its own id (it names the EPUB file); rename one of them`, 'epub-book', place(['id']));
          continue;
        }
        written.add(target);
        const absent = book.chapters.filter((slug) => !articles.has(slug));
        if (context.partial && absent.length > 0) {
          const names = absent.map((slug) => `\`${slug}\``).join(', ');
          report(file, 'info', `E-book \`${book.id}\` not built: ${names} ${absent.length === 1 ? 'is' : 'are'} not part of this build; build the whole content folder to make it`, 'epub-chapter', place(['chapters']));
          continue;
        }
        try {
          const built = await buildBook({
            book,
            index,
            config,
            articles,
            templates,
            file,
            place,
            sourceDateEpoch: context.sourceDateEpoch,
            explainMissing: async (slug) => (await (contentIndex ??= indexContent(config, cwd, [...articles.keys()]))).explain(slug),
            drawCover: async (text) => renderCover(await (browser ??= launchBrowser()), templates.coverHtml, text),
          });
          if (!built) continue;
          await writeIfChanged(target, built.bytes);
          file.data.outputs = { epub: target };
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
    } finally {
      if (browser) await (await browser.catch(() => undefined))?.close();
    }
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
