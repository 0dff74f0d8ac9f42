/**
 * The search index: Pagefind (its binary comes from npm, so this works offline) indexes one
 * small document per article — title, summary and body, the emergency block included — and
 * writes one index per language into `pagefind/`. The title counts most (Pagefind weighs `h1`
 * 7), then the summary (weight 6) and the section headings (Pagefind's `h2` 6, `h3` 5…).
 *
 * Pagefind runs only when the documents it would index changed since the last build (a
 * fingerprint kept beside the build cache), and its files go through writeIfChanged.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Article } from '../../schema/article.ts';
import { writeIfChanged } from '../../build/write.ts';

/** Folder of the index inside the web edition. */
export const SEARCH_DIR = 'pagefind';
/** The fingerprint of the last index written, in the output folder (not published). */
const STAMP = '.pressroom-search.json';
/** Pagefind's own search UIs are not used: the library has its own accessible one. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.|^playground\//;

export interface SearchDocument {
  /** URL of the page, relative to the web edition's root. */
  url: string;
  /** A minimal HTML document in the article's base language. */
  html: string;
}

/**
 * The language an article is searched in: its base language (`en-US` → `en`), so that every
 * English article lands in one index whatever its region.
 *
 * @param language BCP 47 tag.
 * @returns Lowercase base language.
 */
export function searchLanguage(language: string): string {
  try {
    return new Intl.Locale(language).language.toLowerCase();
  } catch {
    return 'en';
  }
}

/**
 * The document Pagefind indexes for an article.
 *
 * @param article Frontmatter.
 * @param body The transformed body (`html` format).
 * @returns URL and HTML.
 */
export function searchDocument(article: Article, body: Root): SearchDocument {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const html =
    `<!doctype html><html lang="${searchLanguage(article.language)}"><head><title>${escape(article.title)}</title></head><body><main data-pagefind-body>` +
    `<h1 data-pagefind-meta="title">${escape(article.title)}</h1>` +
    `<p data-pagefind-weight="6" data-pagefind-meta="summary">${escape(article.summary)}</p>` +
    `${toHtml(body)}</main></body></html>`;
  return { url: `${article.slug}.html`, html };
}

/**
 * Write the index, unless the same documents were indexed last time and its files are intact.
 *
 * @param documents One per article.
 * @param htmlDir The web edition's folder.
 * @param outDir The build's output folder (for the fingerprint).
 * @returns The index files (absolute paths), written now or still up to date.
 */
export async function writeSearchIndex(documents: SearchDocument[], htmlDir: string, outDir: string): Promise<string[]> {
  const sorted = [...documents].sort((a, b) => a.url.localeCompare(b.url));
  const hash = createHash('sha256');
  for (const document of sorted) hash.update(`${document.url.length}:${document.url}${document.html.length}:${document.html}`);
  const key = hash.digest('hex');
  const dir = path.join(htmlDir, SEARCH_DIR);
  const stampPath = path.join(outDir, STAMP);
  const stamp = await readFile(stampPath, 'utf8').then((text) => JSON.parse(text) as { key: string; files: Record<string, string> }).catch(() => undefined);
  const absolute = (files: Record<string, string>) => Object.keys(files).map((relative) => path.join(dir, relative));
  if (stamp?.key === key && (await filesIntact(dir, stamp.files))) return absolute(stamp.files);

  // Loaded only when the index must be written: it starts Pagefind's binary.
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    for (const document of sorted) {
      const added = await index.addHTMLFile({ url: document.url, content: document.html });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    }
    const result = await index.getFiles();
    if (result.errors.length > 0) throw new Error(result.errors.join('; '));
    const files: Record<string, string> = {};
    for (const file of result.files) {
      const relative = file.path.split(path.sep).join('/');
      if (UNUSED.test(relative)) continue;
      await writeIfChanged(path.join(dir, relative), Buffer.from(file.content));
      files[relative] = createHash('sha256').update(file.content).digest('hex');
    }
    await removeStale(dir, new Set(Object.keys(files)));
    await writeIfChanged(stampPath, `${JSON.stringify({ key, files }, null, 1)}\n`);
    return absolute(files);
  } finally {
    await pagefind.close();
  }
}

async function filesIntact(dir: string, files: Record<string, string>): Promise<boolean> {
  for (const [relative, hash] of Object.entries(files)) {
    const bytes = await readFile(path.join(dir, relative)).catch(() => undefined);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== hash) return false;
  }
  return true;
}

/** Index files of earlier builds have other content-hashed names: remove them. */
async function removeStale(dir: string, keep: Set<string>): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!keep.has(relative)) await rm(path.join(dir, relative), { force: true });
  }
}
