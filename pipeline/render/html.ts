/**
 * The web edition: `<outDir>/html/<slug>.html` per article (with its handouts in `handouts/`),
 * `index.html`, topic pages in `topics/`, search pages and the Pagefind index in `pagefind/`,
 * `404.html`, redirect pages at former slugs, `sitemap.xml`, `robots.txt` and `feed.xml`; one
 * stylesheet, one script, the bundled font and the articles' images and linked files under
 * content-hashed names in `assets/`. Every file goes through writeIfChanged, and the same inputs give the same bytes
 * (nothing depends on the clock or the machine).
 */
import { readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { BuildContext, Renderer } from './renderer.ts';
import type { Article } from '../schema/article.ts';
import { transformArticle } from '../transform/transform.ts';
import { writeIfChanged } from '../build/write.ts';
import { report } from '../diagnostics/report-message.ts';
import { reportOnce } from './report-once.ts';
import { AssetStore } from './html/assets.ts';
import { bundledFonts, fontFaceCss, fontLicense } from './html/fonts.ts';
import { articlePage, type PageAssets } from './html/article-page.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import { uiText } from './ui-text.ts';
import { collectTopics, relatedArticles, topicHref, type Topic } from './html/topics.ts';
import { readHandouts } from './html/handout-links.ts';
import { notFoundPage, redirectPage, searchPage, topicPage, topicsIndexPage } from './html/site-pages.ts';
import { SEARCH_DIR, searchDocument, searchLanguage, writeSearchIndex, type SearchDocument } from './html/search-index.ts';
import { atomFeed, FEED_FILE, robotsTxt, SITEMAP_FILE, sitemapXml } from './html/syndication.ts';
import { indexPage } from './html/index-page.ts';
import { TEMPLATES_DIR } from './html/template.ts';
import { svgProblem } from '../content/svg-check.ts';
import '../types.ts';

/** Files an article may link to that are safe to serve from the clinic's site. */
const LINKABLE_EXTENSIONS = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.txt', '.csv', '.doc', '.docx', '.odt', '.rtf', '.xls', '.xlsx', '.ods']);

/** The web edition's list of articles, `index.html`: no article may take its name. */
const INDEX_SLUG = 'index';

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
  async render(files, context) {
    const { config } = context;
    const outDir = path.join(context.outDir, 'html');
    const assets = new AssetStore();
    const extra: VFile[] = [];

    // First every body, so that topics, related articles and search know every published article.
    const bodies = new Map<VFile, Root>();
    for (const file of files) {
      const article = file.data.article;
      if (!article || !file.data.tree) continue;
      if (RESERVED_SLUGS.has(article.slug) || /^search-[a-z]{2,3}$/.test(article.slug)) {
        report(
          file,
          'error',
          `Unexpected slug \`${article.slug}\`: the web edition has its own \`${article.slug}.html\`, so this article's page cannot be published; set another \`slug:\` in the frontmatter, or rename the file`,
          'render-html',
          frontmatterNode(file),
        );
        continue;
      }
      try {
        bodies.set(
          file,
          transformArticle(file, config, {
            format: 'html',
            articleHref: (slug, anchor) => `${slug}.html${anchor ? `#${encodeURIComponent(anchor)}` : ''}`,
            imageSrc: (absolute, image) => publishImage(absolute, assets, file, config.contentDir, image),
            fileHref: (absolute) => publishFile(absolute, assets, file, config.contentDir),
          }),
        );
      } catch (error) {
        renderFailed(file, error);
      }
    }
    const published = [...bodies.keys()].map((file) => file.data.article!);
    const topics = collectTopics(published, config.defaults.language);
    const pageAssets = sharedAssets(assets, context, extra, published, topics);

    const written = new Set<string>();
    for (const [file, body] of bodies) {
      const article = file.data.article!;
      try {
        const handouts = await readHandouts(article.slug, file.data.outputs);
        for (const handout of handouts) {
          await writeIfChanged(path.join(outDir, handout.href), handout.data);
          written.add(handout.href);
        }
        const page = articlePage(article, body, config, pageAssets, { handouts, related: relatedArticles(article, published) });
        const target = path.join(outDir, `${article.slug}.html`);
        await writeIfChanged(target, stringifyPage(page));
        written.add(`${article.slug}.html`);
        file.data.outputs = { ...file.data.outputs, html: target };
      } catch (error) {
        renderFailed(file, error);
      }
    }
    await writeRedirects(bodies, written, outDir, context, pageAssets);

    // A build of a few articles (a preview) must not shrink the library's shared pages to those few.
    if (!context.partial) {
      // A handout no page links any more (out of date, or its article is gone) is not published.
      await removeStale(path.join(outDir, 'handouts'), new Set([...written].filter((name) => name.startsWith('handouts/')).map((name) => name.slice('handouts/'.length))), '.pdf');
      await writeLibraryPages(published, topics, [...bodies].map(([file, body]) => searchDocument(file.data.article!, body)), outDir, context, pageAssets, extra);
    }
    for (const [relative, bytes] of [...assets.files].sort(([a], [b]) => a.localeCompare(b))) {
      await writeIfChanged(path.join(outDir, relative), bytes);
    }
    return extra;
  },
};

/** Pages of the web edition itself, whose names no article may take. */
const RESERVED_SLUGS = new Set([INDEX_SLUG, 'search', '404', 'feed', 'sitemap', 'robots']);

function frontmatterNode(file: VFile) {
  const first = file.data.tree?.children[0];
  return first?.type === 'yaml' ? first : undefined;
}

/** A file for messages about the whole build, named after the config. */
function configFile(context: BuildContext): VFile {
  return new VFile({ path: context.config.configPath ? path.relative(context.cwd, context.config.configPath) : 'pressroom.yaml', cwd: context.cwd });
}

function renderFailed(file: VFile, error: unknown): void {
  const message = report(file, 'error', `Cannot render the web page (${(error as Error).message}); please report this to the pressroom maintainers`, 'render-html');
  message.cause = error;
}

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
  extra: VFile[],
): Promise<void> {
  const { config } = context;
  await writeIfChanged(path.join(outDir, 'index.html'), stringifyPage(indexPage(published, config, assets)));
  if (topics.length > 0) await writeIfChanged(path.join(outDir, 'topics', 'index.html'), stringifyPage(topicsIndexPage(topics, config, assets)));
  for (const topic of topics) await writeIfChanged(path.join(outDir, topicHref(topic.slug)), stringifyPage(topicPage(topic, config, assets)));
  await removeStale(path.join(outDir, 'topics'), new Set(['index.html', ...topics.map((topic) => `${topic.slug}.html`)]), '.html');
  for (const language of searchLanguages(published, config)) {
    const href = assets.searchHref(language)!;
    await writeIfChanged(path.join(outDir, href), stringifyPage(searchPage(language, href, config, assets)));
  }
  try {
    await writeSearchIndex(documents, outDir, context.outDir);
  } catch (error) {
    // Pagefind's binary is an optional npm dependency for each platform: it may be missing.
    const file = configFile(context);
    const where = path.relative(context.cwd, path.join(outDir, SEARCH_DIR));
    report(
      file,
      'error',
      `Cannot build the search index (${(error as Error).message}); the search pages will find nothing. Check that \`${where}\` is a folder you can write to and that Pagefind is installed (\`npm ci\`), then build again`,
      'render-search',
    );
    extra.push(file);
  }
  await writeIfChanged(path.join(outDir, '404.html'), stringifyPage(notFoundPage(config, assets)));
  if (config.clinic) {
    const clinicConfig = { ...config, clinic: config.clinic };
    await writeIfChanged(path.join(outDir, SITEMAP_FILE), sitemapXml(config.clinic.url, published, topics));
    await writeIfChanged(path.join(outDir, 'robots.txt'), robotsTxt(config.clinic.url));
    await writeIfChanged(path.join(outDir, FEED_FILE), atomFeed(clinicConfig, published));
  }
}

/** One search page per language of the library, the site's own language first. */
function searchLanguages(published: Article[], config: ResolvedConfig): string[] {
  const byBase = new Map<string, string>([[searchLanguage(config.defaults.language), config.defaults.language]]);
  for (const article of published) if (!byBase.has(searchLanguage(article.language))) byBase.set(searchLanguage(article.language), article.language);
  return [...byBase.values()];
}

/** Remove files of a folder of generated files (topic pages, handout copies) that this build did not make. */
async function removeStale(dir: string, keep: Set<string>, extension: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) if (name.endsWith(extension) && !keep.has(name)) await rm(path.join(dir, name), { force: true });
}

/**
 * A page at each former slug (`formerSlugs`) that sends readers on to the article. A former
 * slug that is now another page's name is reported, not overwritten.
 */
async function writeRedirects(bodies: Map<VFile, Root>, written: Set<string>, outDir: string, context: BuildContext, assets: PageAssets): Promise<void> {
  for (const file of bodies.keys()) {
    const article = file.data.article!;
    for (const former of article.formerSlugs) {
      const name = `${former}.html`;
      if (written.has(name) || RESERVED_SLUGS.has(former)) {
        report(
          file,
          'warning',
          `Unexpected former slug \`${former}\`: \`${name}\` is another page of the web edition, so it cannot redirect here; remove it from \`formerSlugs\``,
          'former-slug',
          frontmatterNode(file),
        );
        continue;
      }
      written.add(name);
      await writeIfChanged(path.join(outDir, name), stringifyPage(redirectPage(article, context.config, assets)));
    }
  }
}

/**
 * The stylesheet (with the bundled font), the font files with their license, and the logo.
 */
function sharedAssets(assets: AssetStore, context: BuildContext, extra: VFile[], published: Article[], topics: Topic[]): PageAssets {
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
      const problem = path.extname(logoPath).toLowerCase() === '.svg' ? svgProblem(readFileSync(logoPath, 'utf8')) : undefined;
      if (problem) throw new Error(`the SVG is not safe to publish: ${problem}`);
      logo = assets.addFile(logoPath);
    } catch (error) {
      const file = configFile(context);
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
      report(file, 'warning', `Cannot publish the clinic logo \`${logoPath}\` (${reason}); pages are shown without it. Fix \`clinic.logo\``, 'render-logo');
      extra.push(file);
    }
  }
  const script = assets.addBytes('search.js', readFileSync(path.join(TEMPLATES_DIR, 'search.js')));
  const languages = new Set(searchLanguages(published, config).map(searchLanguage));
  const home = searchLanguage(config.defaults.language);
  return {
    stylesheet,
    logo,
    script,
    feed: config.clinic ? { href: FEED_FILE, title: `${uiText(config.defaults.language).feedTitle} | ${config.clinic.name}` } : undefined,
    searchHref: (language) => {
      const base = searchLanguage(language);
      return base === home || !languages.has(base) ? 'search.html' : `search-${base}.html`;
    },
    topics: topics.length > 0,
  };
}

function publishImage(absolute: string, assets: AssetStore, file: VFile, contentDir: string, image: Element): string {
  if (path.extname(absolute).toLowerCase() === '.svg') {
    const problem = svgProblem(readFileSync(absolute, 'utf8'));
    if (problem) {
      reportOnce(file, 'error', `Unexpected active content in the image \`${path.relative(contentDir, absolute)}\`: ${problem}; remove it, or export the image as PNG`, 'render-image', image);
      return '';
    }
  }
  return assets.addFile(absolute);
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
