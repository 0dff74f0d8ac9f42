/**
 * The web edition: `<outDir>/html/<slug>.html` per article (with its handouts in `handouts/`),
 * `index.html`, topic pages in `topics/`, search pages and the Pagefind index in `pagefind/`,
 * `404.html`, redirect pages at former slugs, `sitemap.xml`, `robots.txt` and `feed.xml`; one
 * stylesheet, one script, the bundled font and the articles' images and linked files under
 * content-hashed names in `assets/`. Every file goes through writeIfChanged, and the same inputs give the same bytes
 * (nothing depends on the clock or the machine).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { BuildContext, Renderer } from './renderer.ts';
import type { Article } from '../schema/article.ts';
import { lostRedFlags, transformArticle } from '../transform/transform.ts';
import { outputError } from '../build/output-error.ts';
import { writeIfChanged } from '../build/write.ts';
import { report } from '../diagnostics/report-message.ts';
import { reportOnce } from '../diagnostics/report-once.ts';
import { AssetStore } from './html/assets.ts';
import { bundledFonts, fontFaceCss, fontLicense } from './html/fonts.ts';
import { fontStack, scriptFontFaceCss, scriptFontLicense, scriptFontsFor, type ScriptFontId } from './script-fonts.ts';
import { wordsFor } from '../languages/languages.ts';
import { translationGroups } from './html/translation-links.ts';
import { toString } from 'hast-util-to-string';
import { articlePage, type PageAssets } from './html/article-page.ts';
import { indexPage } from './html/index-page.ts';
import { TEMPLATES_DIR } from './html/template.ts';
import { publishedImageBytes } from '../content/image-file.ts';
import { linkedArticle } from '../content/library.ts';
import { LINKABLE_EXTENSIONS } from '../content/media-types.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import { collectTopics, relatedArticles, topicHref, type Topic } from './html/topics.ts';
import { readHandouts } from './html/handout-links.ts';
import { notFoundPage, redirectPage, searchPage, topicPage, topicsIndexPage } from './html/site-pages.ts';
import { SEARCH_DIR, searchDocument, searchLanguage, writeSearchIndex, type SearchDocument } from './html/search-index.ts';
import { atomFeed, FEED_FILE, robotsTxt, SITEMAP_FILE, sitemapXml } from './html/syndication.ts';
import '../types.ts';


const stringifier = unified().use(rehypeStringify).freeze();

/**
 * Serialize a page.
 *
 * @param tree Complete document tree.
 * @returns HTML text ending in a newline.
 */
export function stringifyPage(tree: Root): string {
  return `${stringifier.stringify(tree).trimEnd()}\n`;
}

export const htmlRenderer: Renderer = {
  format: 'html',
  async render(articles, context) {
    const { config, library } = context;
    const outDir = path.join(context.outDir, 'html');
    const assets = new AssetStore();
    const extra: VFile[] = [];
    // Pages are written last, after the assets they reference: a build killed or failing half way
    // never leaves a page whose image or stylesheet is not in place.
    const pending: Array<[string, string | Uint8Array]> = [];
    const write = async (target: string, bytes: string | Uint8Array) => {
      pending.push([target, bytes]);
      context.own(target);
    };
    // Topics, related guides and search languages come from every published article of the
    // content folder, also in a build of a few of them (whose shared pages are left alone).
    const everyPublished = library.entries.filter((entry) => entry.status === 'published' && entry.file.data.article).map((entry) => entry.file.data.article!);
    const topics = collectTopics(everyPublished, config.defaults.language);
    const pageAssets = sharedAssets(assets, context, everyPublished, topics);
    const groups = translationGroups(everyPublished);

    const published: Article[] = [];
    const documents: SearchDocument[] = [];
    const written = new Set<string>();
    for (const { file, article } of articles) {
      try {
        const body = transformArticle(file, config, {
          format: 'html',
          articleHref: (slug, anchor) => `${slug}.html${anchor ? `#${encodeURIComponent(anchor)}` : ''}`,
          articleAt: (absolute) => linkedArticle(context.library, absolute),
          imageSrc: (absolute, image) => publishImage(absolute, assets, file, config.contentDir, image),
          fileHref: (absolute) => publishFile(absolute, assets, file, config.contentDir),
        });
        // A page that lost a red flag is never published (its messages say why).
        if (lostRedFlags(file)) continue;
        // A merge: the shards wrote the pages; the library's pages list and index them.
        if (context.scope === 'shared') {
          published.push(article);
          documents.push(searchDocument(article, body));
          continue;
        }
        const handouts = await readHandouts(article.slug, file.data.outputs);
        for (const handout of handouts) {
          await write(path.join(outDir, handout.href), handout.data);
          written.add(handout.href);
        }
        const target = path.join(outDir, `${article.slug}.html`);
        const fonts = scriptFontsFor(`${JSON.stringify([article, wordsFor(article.language, config.words).page])}\n${toString(body)}`, article.language);
        const scriptStylesheet = scriptStylesheetFor(fonts, article.language, assets);
        const page = articlePage(article, body, config, { ...pageAssets, scriptStylesheet, languages: groups.get(article.slug) }, { handouts, related: relatedArticles(article, everyPublished) });
        await write(target, stringifyPage(page));
        written.add(`${article.slug}.html`);
        file.data.outputs = { ...file.data.outputs, html: target };
        published.push(article);
        documents.push(searchDocument(article, body));
      } catch (error) {
        const known = outputError(error, context.outDir);
        const message = report(file, 'error', known ? known.message : `Cannot render the web page (${(error as Error).message}); please report this to the pressroom maintainers`, 'render-html');
        message.cause = error;
      }
    }
    if (context.scope !== 'shared') await writeRedirects(articles.map(({ file }) => file).filter((file) => file.data.outputs?.html), written, outDir, context, pageAssets, write);

    // A build of a few articles (a preview) must not shrink the library's shared pages to those
    // few; a shard leaves them to the merge.
    if (!library.partial && context.scope !== 'articles') {
      const listed = scriptFontsFor(JSON.stringify(published.map((article) => [article.title, article.summary, article.tags])), config.defaults.language);
      const scriptStylesheet = scriptStylesheetFor(listed, config.defaults.language, assets);
      await writeLibraryPages(published, topics, documents, outDir, context, { ...pageAssets, scriptStylesheet }, write, extra);
    }
    // Assets go in place first; pages reference them by hashed name.
    for (const [relative, bytes] of [...assets.files].sort(([a], [b]) => a.localeCompare(b))) {
      await writeIfChanged(path.join(outDir, relative), bytes);
      context.own(path.join(outDir, relative));
    }
    for (const [target, bytes] of pending) await writeIfChanged(target, bytes);
    return extra;
  },
};

type Write = (target: string, bytes: string | Uint8Array) => Promise<void>;

/**
 * The pages about the whole library: index, topics, search pages (one per language), search
 * index, 404, sitemap, robots.txt and feed.
 */
async function writeLibraryPages(
  published: Article[],
  topics: Topic[],
  documents: SearchDocument[],
  outDir: string,
  context: BuildContext,
  assets: PageAssets,
  write: Write,
  extra: VFile[],
): Promise<void> {
  const { config } = context;
  await write(path.join(outDir, 'index.html'), stringifyPage(indexPage(published, config, assets)));
  if (topics.length > 0) await write(path.join(outDir, 'topics', 'index.html'), stringifyPage(topicsIndexPage(topics, config, assets)));
  for (const topic of topics) await write(path.join(outDir, topicHref(topic.slug)), stringifyPage(topicPage(topic, config, assets)));
  for (const language of searchLanguages(published, config)) {
    const href = assets.searchHref(language)!;
    await write(path.join(outDir, href), stringifyPage(searchPage(language, href, config, assets)));
  }
  try {
    for (const file of await writeSearchIndex(documents, outDir, context.outDir)) context.own(file);
  } catch (error) {
    // Pagefind's binary is an optional npm dependency for each platform: it may be missing.
    const where = path.relative(context.cwd, path.join(outDir, SEARCH_DIR));
    const { file, place } = context.source;
    report(
      file,
      'error',
      `Cannot build the search index (${(error as Error).message}); the search pages will find nothing. Check that \`${where}\` is a folder you can write to and that Pagefind is installed (\`npm ci\`), then build again`,
      'render-search',
      place([]),
    );
    if (!extra.includes(file)) extra.push(file);
  }
  await write(path.join(outDir, '404.html'), stringifyPage(notFoundPage(config, assets)));
  if (config.clinic) {
    const clinicConfig = { ...config, clinic: config.clinic };
    await write(path.join(outDir, SITEMAP_FILE), sitemapXml(config.clinic.url, published, topics));
    await write(path.join(outDir, 'robots.txt'), robotsTxt(config.clinic.url));
    await write(path.join(outDir, FEED_FILE), atomFeed(clinicConfig, published));
  }
}

/** One search page per language of the library, the site's own language first. */
function searchLanguages(published: Article[], config: ResolvedConfig): string[] {
  const byBase = new Map<string, string>([[searchLanguage(config.defaults.language), config.defaults.language]]);
  for (const article of published) if (!byBase.has(searchLanguage(article.language))) byBase.set(searchLanguage(article.language), article.language);
  return [...byBase.values()];
}

/** Files the web edition itself names, which a former slug must not overwrite. */
const SITE_FILES = new Set(['index.html', '404.html', 'search.html', FEED_FILE, SITEMAP_FILE]);

/**
 * A page at each former slug (`formerSlugs`) that sends readers on to the article. A former
 * slug that is now another page's name is reported, not overwritten.
 */
async function writeRedirects(files: VFile[], written: Set<string>, outDir: string, context: BuildContext, assets: PageAssets, write: Write): Promise<void> {
  for (const file of files) {
    const article = file.data.article!;
    for (const former of article.formerSlugs) {
      const name = `${former}.html`;
      const taken = written.has(name) || SITE_FILES.has(name) || /^search-[a-z]{2,3}\.html$/.test(name) || (context.library.bySlug.get(former) ?? []).some((entry) => entry.status === 'published');
      if (taken) {
        report(
          file,
          'warning',
          `Unexpected former slug \`${former}\`: \`${name}\` is another page of the web edition, so it cannot redirect here; remove it from \`formerSlugs\``,
          'former-slug',
          file.data.tree?.children[0]?.type === 'yaml' ? file.data.tree.children[0] : undefined,
        );
        continue;
      }
      written.add(name);
      await write(path.join(outDir, name), stringifyPage(redirectPage(article, context.config, assets)));
    }
  }
}

/**
 * The stylesheet (with the bundled font), the font files with their license, and the logo.
 */
function sharedAssets(assets: AssetStore, context: BuildContext, published: Article[], topics: Topic[]): PageAssets {
  const { config } = context;
  // URLs inside the stylesheet are relative to it: the fonts sit next to it in assets/.
  const fonts = bundledFonts().map((font) => ({ ...font, url: path.posix.basename(assets.addFile(font.path)) }));
  assets.addBytes('atkinson-hyperlegible-license.txt', readFileSync(fontLicense()));
  const css = `${fontFaceCss(fonts)}\n${readFileSync(path.join(TEMPLATES_DIR, 'web.css'), 'utf8')}`;
  const stylesheet = assets.addBytes('style.css', Buffer.from(css));
  let logo: string | undefined;
  const logoPath = context.config.clinic?.logo;
  if (logoPath) {
    try {
      const published = publishedImageBytes(logoPath, path.basename(logoPath));
      if (!published.ok) throw new Error(published.reason.charAt(0).toLowerCase() + published.reason.slice(1));
      logo = assets.addBytes(path.basename(logoPath), published.bytes);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
      const { file, place } = context.source;
      reportOnce(file, 'warning', `Cannot publish the clinic logo \`${logoPath}\` (${reason}); pages are shown without it. Fix \`clinic.logo\``, 'render-logo', place(['clinic', 'logo']));
    }
  }
  const script = assets.addBytes('search.js', readFileSync(path.join(TEMPLATES_DIR, 'search.js')));
  const languages = new Set(searchLanguages(published, config).map(searchLanguage));
  const home = searchLanguage(config.defaults.language);
  return {
    stylesheet,
    logo,
    script,
    feed: config.clinic ? { href: FEED_FILE, title: `${wordsFor(config.defaults.language).page.feedTitle} | ${config.clinic.name}` } : undefined,
    searchHref: (language) => {
      const base = searchLanguage(language);
      return base === home || !languages.has(base) ? 'search.html' : `search-${base}.html`;
    },
    topics: topics.length > 0,
  };
}

function publishImage(absolute: string, assets: AssetStore, file: VFile, contentDir: string, image: Element): string {
  if (path.extname(absolute).toLowerCase() !== '.svg') return assets.addFile(absolute);
  // Published from its sanitized re-serialization, never from the bytes as written.
  const published = publishedImageBytes(absolute, path.relative(contentDir, absolute).split(path.sep).join('/'));
  if (!published.ok) {
    reportOnce(file, 'error', published.reason, 'render-image', image);
    return '';
  }
  return assets.addBytes(path.basename(absolute), published.bytes);
}

function publishFile(absolute: string, assets: AssetStore, file: VFile, contentDir: string): string {
  const extension = path.extname(absolute).toLowerCase();
  if (!LINKABLE_EXTENSIONS.has(extension)) {
    reportOnce(
      file,
      'warning',
      `Unexpected link to \`${path.relative(contentDir, absolute)}\`, expected an article (\`.md\`) or a document (${[...LINKABLE_EXTENSIONS].join(', ')}); the link is not published, its words are kept`,
      'render-link',
    );
    return '';
  }
  return assets.addFile(absolute);
}

/**
 * The stylesheet with the script fonts a page needs and its font stack, published once per
 * combination (the font files are shared by every page that uses them).
 *
 * @param fonts Families the page's text needs (render/script-fonts.ts).
 * @param language The page's language, which decides the order of the stack.
 * @param assets The build's published files.
 * @returns URL relative to the pages, or undefined when the bundled Latin font is enough.
 */
function scriptStylesheetFor(fonts: readonly ScriptFontId[], language: string, assets: AssetStore): string | undefined {
  if (fonts.length === 0) return undefined;
  // URLs inside the stylesheet are relative to it: the fonts sit next to it in assets/.
  const faces = scriptFontFaceCss(fonts, (absolute) => path.posix.basename(assets.addFile(absolute)));
  for (const id of fonts) assets.addBytes(`${id}-license.txt`, readFileSync(scriptFontLicense(id)));
  return assets.addBytes(`fonts-${fonts.join('-')}.css`, Buffer.from(`${faces}\nbody { font-family: ${fontStack(fonts, language)}; }\n`));
}
