/**
 * The web edition: `<outDir>/html/<slug>.html` per article, `index.html`, one stylesheet,
 * the bundled font and the articles' images and linked files under content-hashed names in
 * `assets/`. Every file goes through writeIfChanged, and the same inputs give the same bytes
 * (nothing depends on the clock or the machine).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import type { VFile } from 'vfile';
import type { BuildContext, Renderer } from './renderer.ts';
import type { Article } from '../schema/article.ts';
import { lostRedFlags, transformArticle } from '../transform/transform.ts';
import { outputError } from '../build/output-error.ts';
import { writeIfChanged } from '../build/write.ts';
import { report } from '../diagnostics/report-message.ts';
import { reportOnce } from '../diagnostics/report-once.ts';
import { AssetStore } from './html/assets.ts';
import { bundledFonts, fontFaceCss, fontLicense } from './html/fonts.ts';
import { articlePage, type PageAssets } from './html/article-page.ts';
import { indexPage } from './html/index-page.ts';
import { TEMPLATES_DIR } from './html/template.ts';
import { svgProblem } from '../content/svg-check.ts';
import { linkedArticle } from '../content/library.ts';
import { LINKABLE_EXTENSIONS } from '../content/media-types.ts';
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
    const { config } = context;
    const outDir = path.join(context.outDir, 'html');
    const assets = new AssetStore();
    const pageAssets = sharedAssets(assets, context);
    const published: Article[] = [];
    const write = async (target: string, bytes: string | Uint8Array) => {
      await writeIfChanged(target, bytes);
      context.own(target);
    };

    for (const { file, article } of articles) {
      try {
        const body = transformArticle(file, config, {
          format: 'html',
          articleHref: (slug, anchor) => `${slug}.html${anchor ? `#${encodeURIComponent(anchor)}` : ''}`,
          articleAt: (absolute) => linkedArticle(context.library, absolute),
          imageSrc: (absolute, image) => publishImage(absolute, assets, file, config.contentDir, image),
          fileHref: (absolute) => publishFile(absolute, assets, file, config.contentDir),
        });
        const target = path.join(outDir, `${article.slug}.html`);
        // A page that lost a red flag is never published (its messages say why).
        if (lostRedFlags(file)) continue;
        await write(target, stringifyPage(articlePage(article, body, config, pageAssets)));
        file.data.outputs = { ...file.data.outputs, html: target };
        published.push(article);
      } catch (error) {
        const known = outputError(error, context.outDir);
        const message = report(file, 'error', known ? known.message : `Cannot render the web page (${(error as Error).message}); please report this to the pressroom maintainers`, 'render-html');
        message.cause = error;
      }
    }

    // A build of a few articles (a preview) must not shrink the list of all articles to those few.
    if (!context.library.partial) {
      await write(path.join(outDir, 'index.html'), stringifyPage(indexPage(published, config, pageAssets)));
    }
    // Assets go in place before anything is reported done; pages reference them by hashed name.
    for (const [relative, bytes] of [...assets.files].sort(([a], [b]) => a.localeCompare(b))) {
      await write(path.join(outDir, relative), bytes);
    }
  },
};

/**
 * The stylesheet (with the bundled font), the font files with their license, and the logo.
 */
function sharedAssets(assets: AssetStore, context: BuildContext): PageAssets {
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
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
      const { file, place } = context.source;
      reportOnce(file, 'warning', `Cannot publish the clinic logo \`${logoPath}\` (${reason}); pages are shown without it. Fix \`clinic.logo\``, 'render-logo', place(['clinic', 'logo']));
    }
  }
  return { stylesheet, logo };
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
