/**
 * The web edition: `<outDir>/html/<slug>.html` per article in the site's language and
 * `<outDir>/html/<folder>/<slug>.html` in any other (content/page-name.ts), with its handouts in
 * `handouts/` (by the same page name), `index.html` and an index per other language (`es/index.html`), topic pages in `topics/`, search pages and the Pagefind index in `pagefind/`,
 * `404.html`, redirect pages at former slugs, `sitemap.xml`, `robots.txt` and `feed.xml`; one
 * stylesheet, one script, the bundled font and the articles' images and linked files under
 * content-hashed names in `assets/`. Every file goes through writeIfChanged, and the same inputs give the same bytes
 * (nothing depends on the clock or the machine).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { BuildContext, Renderer } from './renderer.ts';
import type { Article } from '../schema/article.ts';
import { lostRedFlags, transformArticle, type TransformOptions } from '../transform/transform.ts';
import { outputError } from '../build/output-error.ts';
import { writeIfChanged } from '../build/write.ts';
import { report } from '../diagnostics/report-message.ts';
import { reportOnce } from '../diagnostics/report-once.ts';
import { AssetStore } from './html/assets.ts';
import { bundledFonts, fontFaceCss, fontLicense } from './html/fonts.ts';
import { fontStack, scriptFontFaceCss, scriptFontLicense, scriptFontsFor, type ScriptFontId } from './script-fonts.ts';
import { wordsFor } from '../languages/languages.ts';
import { addLanguageLinks, translationGroups, type LanguageVersion } from './html/translation-links.ts';
import { languageFolder, pageName, sameLanguageFolder, toRoot } from '../content/page-name.ts';
import { rebaseUrls } from './html/rebase.ts';
import { webEditionUrl } from '../content/web-edition-url.ts';
import { SKIP, visit } from 'unist-util-visit';
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
import { keptPage, sameLinks, type KeptPage } from './html/kept-page.ts';
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
    // The web edition names every article by its page name (`es/<slug>` for a Spanish one): a
    // copy of each article with that name as its slug makes every link, card, sitemap and feed
    // entry right; pages in a folder are built as if at the root, then rebased.
    const onWeb = webArticles(config.defaults.language);
    const everyPublished = library.entries.filter((entry) => entry.status === 'published' && entry.file.data.article).map((entry) => onWeb(entry.file.data.article!));
    const topics = collectTopics(everyPublished, config.defaults.language);
    const pageAssets = sharedAssets(assets, context, everyPublished, topics);
    const groups = translationGroups(everyPublished);

    const published: Article[] = [];
    const documents: SearchDocument[] = [];
    const written = new Set<string>();
    // Pages to keep for the next build once they are on disk.
    const parts: Array<() => Promise<void>> = [];
    for (const { file, article: source } of articles) {
      const article = onWeb(source);
      try {
        // A merge: the shards wrote the pages; the library's pages list and index them.
        if (context.scope === 'shared') {
          const body = transformArticle(file, config, transformOptions(file, article, context, assets));
          if (lostRedFlags(file)) continue;
          published.push(article);
          documents.push(searchDocument(article, body));
          continue;
        }
        const target = path.join(outDir, `${article.slug}.html`);
        const handouts = await readHandouts(article.slug, file.data.outputs, file.data.pages);
        const sameLanguage = everyPublished.filter((other) => sameLanguageFolder(other.language, article.language));
        const related = relatedArticles(article, sameLanguage);
        const languages = groups.get(article.slug);
        // What the page shows besides its own article: the site's parts, its translations, related articles, its handouts.
        const inputs = [
          JSON.stringify([pageAssets.stylesheet, pageAssets.logo, pageAssets.script, pageAssets.feed, pageAssets.searchHref(article.language), pageAssets.topics]),
          JSON.stringify(languages ?? null),
          JSON.stringify(related.map((other) => [other.slug, other.title, other.language])),
          JSON.stringify(handouts.map((handout) => [handout.href, handout.pages, handout.bytes, handout.large, handout.hash])),
        ];
        const kept = await context.parts?.reuse(file, inputs, (data) => {
          const page = keptPage(data);
          return page && sameLinks(page.links, article, context) ? page : undefined;
        });
        if (kept) {
          // Unchanged: the page and its handouts are on disk; its images and fonts stay published.
          for (const [kind, relative] of kept.assets) {
            const absolute = path.resolve(config.contentDir, relative);
            if (kind === 'image') publishImage(absolute, assets, file, config.contentDir, { type: 'element', tagName: 'img', properties: {}, children: [] });
            else publishFile(absolute, assets, file, config.contentDir);
          }
          scriptStylesheetFor(kept.fonts, article.language, assets);
          for (const handout of handouts) {
            context.own(path.join(outDir, handout.href));
            written.add(handout.href);
          }
          context.own(target);
          written.add(`${article.slug}.html`);
          file.data.outputs = { ...file.data.outputs, html: target };
          published.push(article);
          documents.push(kept.document);
          continue;
        }
        const messagesBefore = file.messages.length;
        const record: KeptPage = { links: [], assets: [], fonts: [], document: { url: '', html: '' } };
        const body = transformArticle(file, config, transformOptions(file, article, context, assets, record));
        // A page that lost a red flag is never published (its messages say why).
        if (lostRedFlags(file)) continue;
        for (const handout of handouts) {
          await write(path.join(outDir, handout.href), await readFile(handout.source));
          written.add(handout.href);
        }
        const fonts = scriptFontsFor(`${JSON.stringify([article, wordsFor(article.language, config.words).page])}\n${toString(body)}`, article.language);
        const scriptStylesheet = scriptStylesheetFor(fonts, article.language, assets);
        const page = articlePage(article, body, config, { ...pageAssets, scriptStylesheet, languages }, { handouts, related });
        inFolder(page, article.slug, article.language, config.defaults.language);
        await write(target, stringifyPage(page));
        written.add(`${article.slug}.html`);
        file.data.outputs = { ...file.data.outputs, html: target };
        context.written?.(file, target);
        published.push(article);
        const document = searchDocument(article, body);
        documents.push(document);
        // A page with something to say (a broken image, a link left out) is made again each time, so it says it again.
        if (context.parts && file.messages.length === messagesBefore && !file.messages.some((message) => message.ruleId?.startsWith('render-'))) {
          const keep = { ...record, fonts, document };
          const files = [target, ...handouts.map((handout) => path.join(outDir, handout.href))];
          parts.push(() => context.parts!.keep(file, inputs, keep, files, { html: target }));
        }
      } catch (error) {
        const known = outputError(error, context.outDir);
        const message = report(file, 'error', known ? known.message : `Cannot render the web page (${(error as Error).message}); please report this to the pressroom maintainers`, 'render-html');
        message.cause = error;
      }
    }
    // A build of a few articles (a preview) must not shrink the library's shared pages to those
    // few; a shard leaves them to the merge.
    const wholeLibrary = !library.partial && context.scope !== 'articles';
    // Pagefind is a process of its own: it indexes while the pages below are made and written.
    const search = wholeLibrary ? writeSearch(documents, outDir, context, extra) : undefined;
    try {
      if (context.scope !== 'shared') await writeRedirects(articles.map(({ file }) => file).filter((file) => file.data.outputs?.html), written, outDir, context, pageAssets, write, onWeb);

      if (wholeLibrary) {
        const listed = scriptFontsFor(JSON.stringify(published.map((article) => [article.title, article.summary, article.tags])), config.defaults.language);
        const scriptStylesheet = scriptStylesheetFor(listed, config.defaults.language, assets);
        await writeLibraryPages(published, topics, outDir, context, { ...pageAssets, scriptStylesheet }, write);
        await writeLanguageIndexes(published, outDir, context, pageAssets, assets, write);
      }
      // Assets go in place first; pages reference them by hashed name.
      for (const [relative, bytes] of [...assets.files].sort(([a], [b]) => a.localeCompare(b))) {
        await writeIfChanged(path.join(outDir, relative), bytes);
        context.own(path.join(outDir, relative));
      }
      for (const [target, bytes] of pending) await writeIfChanged(target, bytes);
      for (const keep of parts) await keep();
    } finally {
      // Never left running past the render, even when it fails.
      await search;
    }
    return extra;
  },
};

type Write = (target: string, bytes: string | Uint8Array) => Promise<void>;

/**
 * How the web edition links and publishes what an article's body points to, noting it in `record` when given.
 */
function transformOptions(file: VFile, article: Article, context: BuildContext, assets: AssetStore, record?: KeptPage): TransformOptions {
  const { config } = context;
  const inContent = (absolute: string) => path.relative(config.contentDir, absolute).split(path.sep).join('/');
  return {
    format: 'html',
    articleHref: (slug, anchor) => `${slug}.html${anchor ? `#${encodeURIComponent(anchor)}` : ''}`,
    articleAt: (absolute, anchor) => {
      const linked = linkedArticle(context.library, absolute, config.defaults.language, article.language, anchor);
      record?.links.push([inContent(absolute), anchor ?? null, JSON.stringify(linked ?? null)]);
      return linked;
    },
    imageSrc: (absolute, image) => {
      record?.assets.push(['image', inContent(absolute)]);
      return publishImage(absolute, assets, file, config.contentDir, image);
    },
    fileHref: (absolute) => {
      record?.assets.push(['file', inContent(absolute)]);
      return publishFile(absolute, assets, file, config.contentDir);
    },
  };
}

/**
 * The search index (Pagefind), from one document per published article.
 *
 * @param extra Files for the report: the config's, when the index cannot be built.
 */
async function writeSearch(documents: SearchDocument[], outDir: string, context: BuildContext, extra: VFile[]): Promise<void> {
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
}

/**
 * The pages about the whole library: index, topics, search pages (one per language), 404,
 * sitemap, robots.txt and feed.
 */
async function writeLibraryPages(published: Article[], topics: Topic[], outDir: string, context: BuildContext, assets: PageAssets, write: Write): Promise<void> {
  const { config } = context;
  const site = config.defaults.language;
  const home = indexPage(
    published.filter((article) => sameLanguageFolder(article.language, site)),
    config,
    assets,
  );
  addLanguageLinks(home, languageIndexes(published, site), 'index', wordsFor(site, config.words).page.otherLanguages, (page, absolute) => pageHref(page, absolute, config));
  await write(path.join(outDir, 'index.html'), stringifyPage(home));
  if (topics.length > 0) await write(path.join(outDir, 'topics', 'index.html'), stringifyPage(topicsIndexPage(topics, config, assets)));
  for (const topic of topics) await write(path.join(outDir, topicHref(topic.slug)), stringifyPage(topicPage(topic, config, assets)));
  for (const language of searchLanguages(published, config)) {
    const href = assets.searchHref(language)!;
    await write(path.join(outDir, href), stringifyPage(searchPage(language, href, config, assets)));
  }
  await write(path.join(outDir, '404.html'), stringifyPage(notFoundPage(config, assets)));
  if (config.clinic) {
    const clinicConfig = { ...config, clinic: config.clinic };
    await write(path.join(outDir, SITEMAP_FILE), sitemapXml(config.clinic.url, published, topics, alternates(published, site)));
    await write(path.join(outDir, 'robots.txt'), robotsTxt(config.clinic.url));
    await write(path.join(outDir, FEED_FILE), atomFeed(clinicConfig, published));
  }
}

/**
 * The index of each language of the library other than the site's (`es/index.html`): its
 * articles, in its words, with the language switcher leading from index to index.
 */
async function writeLanguageIndexes(published: Article[], outDir: string, context: BuildContext, pageAssets: PageAssets, assets: AssetStore, write: Write): Promise<void> {
  const { config } = context;
  const site = config.defaults.language;
  const versions = languageIndexes(published, site);
  for (const version of versions.filter((version) => !version.source)) {
    const articles = published.filter((article) => sameLanguageFolder(article.language, version.language));
    const listed = scriptFontsFor(JSON.stringify([wordsFor(version.language, config.words).page, articles.map((article) => [article.title, article.summary, article.tags])]), version.language);
    const scriptStylesheet = scriptStylesheetFor(listed, version.language, assets);
    const page = indexPage(articles, config, { ...pageAssets, scriptStylesheet }, { language: version.language, path: `${version.slug}.html` });
    addLanguageLinks(page, versions, version.slug, wordsFor(version.language, config.words).page.otherLanguages, (name, absolute) => pageHref(name, absolute, config));
    inFolder(page, version.slug, version.language, site);
    await write(path.join(outDir, `${version.slug}.html`), stringifyPage(page));
  }
}

/**
 * The indexes of the web edition, one per language of its articles, as a translation group:
 * `index` for the site's language (the `x-default`), `<folder>/index` for each other.
 *
 * @param published Published articles (under their page names).
 * @param site The site's language.
 * @returns The group, the site's index first; just that one when every article is in the site's language.
 */
function languageIndexes(published: readonly Article[], site: string): LanguageVersion[] {
  const versions: LanguageVersion[] = [{ slug: 'index', language: site, source: true }];
  for (const article of published) {
    if (versions.some((version) => sameLanguageFolder(version.language, article.language))) continue;
    versions.push({ slug: `${languageFolder(article.language)}/index`, language: article.language, source: false });
  }
  return versions.length > 1 ? versions : [];
}

/**
 * The language versions of every page that has some: articles with translations and the indexes.
 *
 * @param published Published articles (under their page names).
 * @param site The site's language.
 * @returns Versions by page name.
 */
function alternates(published: readonly Article[], site: string): Map<string, readonly LanguageVersion[]> {
  const result = new Map<string, readonly LanguageVersion[]>(translationGroups(published));
  const indexes = languageIndexes(published, site);
  for (const version of indexes) result.set(version.slug, indexes);
  return result;
}

/** A page's URL: absolute (for `hreflang`) when the web edition's address is known, else relative to the root. */
function pageHref(page: string, absolute: boolean, config: ResolvedConfig): string {
  return absolute && config.clinic ? webEditionUrl(config.clinic.url, page) : `${page}.html`;
}

/**
 * Make a page built as if at the root right for its folder: its "all articles" links lead to
 * its language's index, and every relative link is rebased.
 */
function inFolder(tree: Root, page: string, language: string, site: string): void {
  const up = toRoot(page);
  if (!up) return;
  if (!sameLanguageFolder(language, site)) {
    visit(tree, 'element', (node) => {
      // The language switcher names the site's index on purpose.
      if (Array.isArray(node.properties.className) && node.properties.className.includes('languages')) return SKIP;
      if (node.properties.href === 'index.html') node.properties.href = `${languageFolder(language)}/index.html`;
    });
  }
  rebaseUrls(tree, up);
}

/**
 * Each article under its page name (content/page-name.ts), the same copy every time it is asked for.
 *
 * @param site The site's language.
 * @returns A function from an article to its copy.
 */
function webArticles(site: string): (article: Article) => Article {
  const copies = new Map<Article, Article>();
  return (article) => {
    let copy = copies.get(article);
    if (!copy) {
      copy = { ...article, slug: pageName(article, site) };
      copies.set(article, copy);
    }
    return copy;
  };
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
async function writeRedirects(
  files: VFile[],
  written: Set<string>,
  outDir: string,
  context: BuildContext,
  assets: PageAssets,
  write: Write,
  onWeb: (article: Article) => Article,
): Promise<void> {
  for (const file of files) {
    const article = onWeb(file.data.article!);
    // A former slug is one of the article's language: `es/<former>.html` for a Spanish article.
    const folder = article.slug.slice(0, article.slug.length - file.data.article!.slug.length);
    for (const former of article.formerSlugs) {
      const name = `${folder}${former}.html`;
      const publishedThere = (context.library.bySlug.get(former) ?? []).some(
        (entry) => entry.status === 'published' && sameLanguageFolder(entry.file.data.article?.language ?? '', article.language),
      );
      const taken = written.has(name) || SITE_FILES.has(name) || /^search-[a-z]{2,3}\.html$/.test(name) || publishedThere;
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
