/**
 * The cover handed to epub-gen-memory: the configured image, checked to be a real image inside
 * the content folder (the library would fetch any URL, and write a zero-byte cover for a missing
 * file), or a cover drawn from templates/epub/cover.html when the book names none.
 */
import path from 'node:path';
import { checkCoverImage } from '../../content/image-file.ts';

export type CoverResult = { ok: true; cover: string | File; generated: boolean } | { ok: false; reason: string };

/**
 * Choose and check the cover.
 *
 * @param cover Absolute path of the configured cover, if any.
 * @param contentDir The content folder.
 * @param draw Renders the generated cover (PNG bytes); called only when there is no configured cover.
 * @returns A `file:` URL or an in-memory PNG for the library, or why the cover cannot be used.
 */
export async function bookCover(cover: string | undefined, contentDir: string, draw: () => Promise<Uint8Array>): Promise<CoverResult> {
  if (cover) {
    const checked = await checkCoverImage(cover, contentDir);
    if (!checked.ok) return { ok: false, reason: checked.reason };
    // The checked bytes (an SVG sanitized and re-serialized), named for their type.
    const extension = path.extname(checked.absolute).toLowerCase();
    return { ok: true, cover: new File([new Uint8Array(checked.bytes)], `cover${extension}`, { type: checked.mediaType }), generated: false };
  }
  const png = await draw();
  return { ok: true, cover: new File([Buffer.from(png)], 'cover.png', { type: 'image/png' }), generated: true };
}
