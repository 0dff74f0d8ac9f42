/**
 * Every image, from Markdown or raw HTML, either points at a file inside the content folder
 * (its URL then comes from the format, `imageSrc`) or is replaced by its alt text, with a
 * warning. Remote images would tell a third party who reads which health topic and are
 * missing offline; `data:` and `file:` URLs and paths out of the folder are not published.
 */
import path from 'node:path';
import type { Element, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { showUrl, urlKind } from '../../content/url-kind.ts';
import { reportOnce } from '../../diagnostics/report-once.ts';
import { localFile } from './local-target.ts';

export interface ImagesOptions {
  file: VFile;
  contentDir: string;
  /** URL of a content image in this format; `''` when the format refuses the file (reported at `image`). */
  imageSrc(absolutePath: string, image: Element): string;
}

/**
 * Point images at their published copies.
 *
 * @param options Article, content folder and the format's image URLs.
 * @returns Transform.
 */
export function rehypeImages(options: ImagesOptions) {
  const article = path.resolve(options.file.cwd, options.file.path);
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const src = typeof node.properties.src === 'string' ? node.properties.src : '';
      const kind = urlKind(src);
      const absolute = kind.kind === 'relative' && kind.path !== '' ? localFile(kind.path, article, options.contentDir) : undefined;
      const published = absolute ? options.imageSrc(absolute, node) : '';
      if (published) {
        node.properties.src = published;
        return;
      }
      // The format refused the file (and said why); any other source is explained here.
      if (!absolute) reportOnce(
        options.file,
        'warning',
        `Unexpected image source \`${showUrl(src)}\`, expected an image file inside the content folder; the image is not published, its alt text is shown instead`,
        'render-image',
        node,
      );
      const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
      const replacement: Text[] = alt ? [{ type: 'text', value: alt }] : [];
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}
