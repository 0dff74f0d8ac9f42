/**
 * Before epub-gen-memory reads an image or a cover, check that it is a real file inside the
 * content folder (also after following symbolic links) and that its bytes are one of the image
 * types every EPUB reading system must show, and for SVG that it neither runs nor loads anything
 * (the web edition's rule: a reading system might fetch a remote reference, and EPUBCheck rejects
 * both). The library is then given a `file:` URL only for files that passed, so it never fetches
 * anything from the network or outside the content.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../../content/local-path.ts';
import { svgProblem } from '../../content/svg-check.ts';

/** EPUB 3 core media types for images, by what the file starts with. */
export type ImageMediaType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/svg+xml';

const NAMES: Record<ImageMediaType, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'image/svg+xml': 'SVG',
};

const EXTENSIONS: Record<ImageMediaType, readonly string[]> = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
  'image/svg+xml': ['.svg'],
};

export type CheckedImage =
  | { ok: true; absolute: string; mediaType: ImageMediaType; bytes: Buffer }
  | { ok: false; reason: string };

/**
 * Check one image file.
 *
 * @param absolute Absolute path of the image.
 * @param contentDir The content folder.
 * @returns The file's media type and bytes, or why it cannot go into the book.
 */
export async function checkLocalImage(absolute: string, contentDir: string): Promise<CheckedImage> {
  const shown = path.relative(contentDir, absolute).split(path.sep).join('/') || absolute;
  if (!isInside(path.resolve(contentDir), path.resolve(absolute))) {
    return { ok: false, reason: `Unexpected image \`${shown}\` out of the content folder, expected a file inside it; copy the image into the content folder` };
  }
  const [realRoot, realTarget] = await Promise.all([realpath(contentDir).catch(() => contentDir), realpath(absolute).catch(() => undefined)]);
  if (!realTarget) return { ok: false, reason: `Cannot find the image \`${shown}\` in the content folder; fix the path or add the file` };
  if (!isInside(realRoot, realTarget)) {
    return { ok: false, reason: `Unexpected image \`${shown}\` out of the content folder (through a symbolic link), expected a file inside it; copy the image into the content folder` };
  }
  const info = await stat(realTarget);
  if (!info.isFile()) return { ok: false, reason: `Unexpected folder \`${shown}\` as image, expected an image file` };
  if (info.size === 0) return { ok: false, reason: `Unexpected empty image file \`${shown}\`, expected a PNG, JPEG, GIF, WebP or SVG image; export the image again` };
  const bytes = await readFile(realTarget);
  const mediaType = sniffImageType(bytes);
  if (!mediaType) {
    return { ok: false, reason: `Unexpected content in \`${shown}\`, expected a PNG, JPEG, GIF, WebP or SVG image; convert the file to one of these types` };
  }
  const extension = path.extname(absolute).toLowerCase();
  if (!EXTENSIONS[mediaType].includes(extension)) {
    return {
      ok: false,
      reason: `Unexpected file name \`${shown}\` for ${NAMES[mediaType]} content, expected the extension ${EXTENSIONS[mediaType].map((e) => `\`${e}\``).join(' or ')}; rename the file so every reader knows its type`,
    };
  }
  const problem = mediaType === 'image/svg+xml' ? svgProblem(bytes.toString('utf8')) : undefined;
  if (problem) return { ok: false, reason: `Unexpected active content in the image \`${shown}\`: ${problem}; remove it, or export the image as PNG` };
  return { ok: true, absolute, mediaType, bytes };
}

/**
 * The image type of a file, from its first bytes.
 *
 * @param bytes File contents.
 * @returns The media type, or undefined when it is not a supported image.
 */
export function sniffImageType(bytes: Uint8Array): ImageMediaType | undefined {
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'image/gif';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  // The DOCTYPE may have an internal subset (`[ <!ENTITY …> ]`), as SVG exported by Illustrator has.
  if (/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(\[[\s\S]*?\]\s*)?>\s*)*<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return undefined;
}

/**
 * Whether an image may move or flash (animated GIF, APNG, animated WebP), for the hazard metadata.
 *
 * @param mediaType The image's type.
 * @param bytes Its contents.
 * @returns True when it may be animated.
 */
export function mayBeAnimated(mediaType: ImageMediaType, bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  switch (mediaType) {
    case 'image/gif':
      // A looping extension or more than one graphic control block means several frames.
      return text.includes('NETSCAPE2.0') || text.split('\x21\xf9\x04').length > 2;
    case 'image/png': {
      const data = text.indexOf('IDAT');
      const animation = text.indexOf('acTL');
      return animation !== -1 && (data === -1 || animation < data);
    }
    case 'image/webp':
      return text.slice(0, 64).includes('ANIM') || text.includes('ANMF');
    case 'image/svg+xml':
      return /<(animate|animateMotion|animateTransform|set)\b|@keyframes|<script\b/i.test(text);
    default:
      return false;
  }
}
