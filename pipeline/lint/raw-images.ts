/**
 * The `<img>` elements written as raw HTML. The renderers keep those whose file is in the
 * content folder (with `src` and `alt`), so image-alt checks them like Markdown images.
 */
import type { Html, Root } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { fromHtml } from 'hast-util-from-html';
import { visit } from './walk.ts';
import { toFilePoint } from './html-place.ts';

export interface RawImage {
  /** `src` as written (character references decoded), if any. */
  src: string | undefined;
  /** `alt` as written, or undefined without the attribute. */
  alt: string | undefined;
  /** Where the `<img` tag starts in the file. */
  place: Point;
}

/**
 * Find the raw HTML images of an article.
 *
 * @param tree Article tree.
 * @param file Its file (for places inside block quotes and list items).
 * @returns The images in document order.
 */
export function rawImages(tree: Root, file: VFile): RawImage[] {
  const found: RawImage[] = [];
  let sourceLines: string[] | undefined;
  visit(tree, 'html', (node: Html) => {
    const start = node.position?.start;
    if (!start || !/<img/i.test(node.value)) return;
    sourceLines ??= String(file.value ?? '').split(/\r?\n/);
    const valueLines = node.value.split(/\r?\n/);
    visit(fromHtml(node.value, { fragment: true }), 'element', (element) => {
      if (element.tagName !== 'img') return;
      const { src, alt } = element.properties;
      found.push({
        src: typeof src === 'string' ? src : undefined,
        alt: typeof alt === 'string' ? alt : undefined,
        place: toFilePoint(element.position?.start, start, valueLines, sourceLines!),
      });
    });
  });
  return found;
}
