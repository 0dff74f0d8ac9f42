/**
 * Test helpers for the renderers: run the real stages (config → load → parse → validate) over
 * a content folder, transform one article, or build the web edition into a temporary folder.
 */
import { mkdtemp, mkdir, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { toHtml } from 'hast-util-to-html';
import { loadConfig } from '../../pipeline/config/load.ts';
import type { ResolvedConfig } from '../../pipeline/config/resolve.ts';
import { loadArticles } from '../../pipeline/stages/load.ts';
import { parseArticles } from '../../pipeline/stages/parse.ts';
import { validateArticles } from '../../pipeline/stages/validate.ts';
import { transformArticle, type TransformOptions } from '../../pipeline/transform/transform.ts';
import type { OutputFormat } from '../../pipeline/formats.ts';
import { htmlRenderer } from '../../pipeline/render/html.ts';
import { buildLibrary, type LibraryEntry } from '../../pipeline/content/library.ts';
import { renderWith } from './build-context.ts';
import '../../pipeline/types.ts';

export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const htmlFixtureDir = path.join(repoDir, 'tests', 'fixtures', 'html');

export interface LoadedFixture {
  config: ResolvedConfig;
  /** Every article of the folder, parsed and validated (check `data.article`). */
  files: VFile[];
}

/**
 * Load a content folder through the real stages.
 *
 * @param contentDir Folder with `pressroom.yaml` and articles.
 * @returns Config and files.
 * @throws When the config has errors (a broken fixture).
 */
export async function loadFixture(contentDir: string): Promise<LoadedFixture> {
  const { config, file } = await loadConfig(undefined, [contentDir], contentDir);
  if (!config) throw new Error(`Fixture config is invalid: ${file?.messages.map(String).join('; ')}`);
  const { files, usageErrors } = await loadArticles([contentDir], contentDir);
  if (usageErrors.length > 0) throw new Error(usageErrors.join('; '));
  await parseArticles(files);
  await validateArticles(files, config);
  for (const entry of buildLibrary(files, false).entries) knownArticles.set(entry.path, entry);
  return { config, files };
}

/** Every article of the fixtures loaded so far, for `testUrls.articleAt` (the build uses its library). */
const knownArticles = new Map<string, LibraryEntry>();

/**
 * The file of one article.
 *
 * @param fixture Loaded fixture.
 * @param name File name relative to the content folder.
 * @returns The file.
 */
export function fileNamed(fixture: LoadedFixture, name: string): VFile {
  const found = fixture.files.find((file) => path.resolve(file.cwd, file.path) === path.join(fixture.config.contentDir, name));
  if (!found) throw new Error(`No article ${name} in ${fixture.config.contentDir}`);
  return found;
}

/** URLs like the web edition's, without copying anything. */
export const testUrls: Omit<TransformOptions, 'format'> = {
  articleHref: (slug, anchor) => `${slug}.html${anchor ? `#${anchor}` : ''}`,
  imageSrc: (absolute) => `images/${path.basename(absolute)}`,
  articleAt: (absolute) => {
    const entry = knownArticles.get(absolute);
    return entry?.slug === undefined ? undefined : { slug: entry.slug, published: entry.status === 'published' };
  },
};

/**
 * Transform one article and serialize its body.
 *
 * @param file Parsed, validated article.
 * @param config Resolved config.
 * @param format Output format.
 * @returns The body's HTML.
 */
export function bodyHtml(file: VFile, config: ResolvedConfig, format: OutputFormat = 'html'): string {
  return toHtml(transformArticle(file, config, { format, ...testUrls }));
}

export interface BuiltSite extends LoadedFixture {
  /** `<outDir>/html`. */
  htmlDir: string;
  outDir: string;
  extra: VFile[];
}

/**
 * Build the web edition of a content folder into a new temporary folder.
 *
 * @param contentDir Folder with `pressroom.yaml` and articles.
 * @param outDir Output folder (default: a new temporary one).
 * @returns Paths, files and any extra message files.
 */
export async function buildFixture(contentDir: string, outDir?: string): Promise<BuiltSite> {
  const fixture = await loadFixture(contentDir);
  const out = outDir ?? (await mkdtemp(path.join(tmpdir(), 'pressroom-html-')));
  const extra = await renderWith(htmlRenderer, fixture.files, { config: fixture.config, outDir: out, cwd: contentDir });
  return { ...fixture, outDir: out, htmlDir: path.join(out, 'html'), extra };
}

/**
 * A temporary content folder: the HTML fixture's config and images, plus the given articles.
 *
 * @param articles Markdown by file name.
 * @param config Text of `pressroom.yaml` (default: the HTML fixture's).
 * @returns The folder.
 */
export async function writeContent(articles: Record<string, string>, config?: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-content-'));
  await cp(path.join(htmlFixtureDir, 'images'), path.join(dir, 'images'), { recursive: true });
  if (config === undefined) await cp(path.join(htmlFixtureDir, 'pressroom.yaml'), path.join(dir, 'pressroom.yaml'));
  else await writeFile(path.join(dir, 'pressroom.yaml'), config);
  for (const [name, text] of Object.entries(articles)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}
