/**
 * An image file as every format publishes it. Lint (image-source) refuses, and the renderers
 * never read, an image or a cover that is not a real file inside the content folder (also after
 * following symbolic links), whose bytes are not one of the image types every EPUB reading
 * system must show, or, for SVG, that runs or loads anything (a reading system or a visitor's
 * browser might fetch a remote reference, and EPUBCheck rejects both).
 */
import { readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from './local-path.ts';
import { sanitizeSvg } from './svg-sanitize.ts';
import { IMAGE_TYPES, IMAGE_TYPE_NAMES, type ImageMediaType } from './media-types.ts';

export type { ImageMediaType };

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
  if (info.size === 0) return { ok: false, reason: `Unexpected empty image file \`${shown}\`, expected a ${IMAGE_TYPE_NAMES} image; export the image again` };
  const bytes = await readFile(realTarget);
  const mediaType = sniffImageType(bytes);
  if (!mediaType) {
    return { ok: false, reason: `Unexpected content in \`${shown}\`, expected a ${IMAGE_TYPE_NAMES} image; convert the file to one of these types` };
  }
  const extension = path.extname(absolute).toLowerCase();
  if (!IMAGE_TYPES[mediaType].extensions.includes(extension)) {
    return {
      ok: false,
      reason: `Unexpected file name \`${shown}\` for ${IMAGE_TYPES[mediaType].name} content, expected the extension ${IMAGE_TYPES[mediaType].extensions.map((e) => `\`${e}\``).join(' or ')}; rename the file so every reader knows its type`,
    };
  }
  if (mediaType !== 'image/svg+xml') return { ok: true, absolute, mediaType, bytes };
  const svg = sanitizeSvg(bytes.toString('utf8'), shown);
  if (!svg.ok) return { ok: false, reason: svgRefusal(shown, svg.problem) };
  return { ok: true, absolute, mediaType, bytes: Buffer.from(svg.svg) };
}

/**
 * The reason given for a refused SVG, alike in lint and every renderer.
 *
 * @param shown The image's path as the reader knows it.
 * @param problem What was refused and where (`sanitizeSvg`).
 * @returns The message.
 */
function svgRefusal(shown: string, problem: string): string {
  return `Unexpected active content in the image \`${shown}\`: ${problem}; remove it, or export the image as PNG`;
}

/**
 * The bytes every format publishes for an image file: an SVG sanitized and re-serialized, any
 * other type as it is (its type and place were checked by lint and \`checkLocalImage\`).
 *
 * @param absolute Absolute path of the image.
 * @param shown The image's path as the reader knows it, for the reason.
 * @returns The bytes, or why an SVG cannot be published.
 */
export function publishedImageBytes(absolute: string, shown: string): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  const bytes = readFileSync(absolute);
  if (path.extname(absolute).toLowerCase() !== '.svg' && sniffImageType(bytes) !== 'image/svg+xml') return { ok: true, bytes };
  const svg = sanitizeSvg(bytes.toString('utf8'), shown);
  return svg.ok ? { ok: true, bytes: Buffer.from(svg.svg) } : { ok: false, reason: svgRefusal(shown, svg.problem) };
}

/**
 * Check a book's configured cover image.
 *
 * @param cover Absolute path from the config.
 * @param contentDir The content folder.
 * @returns The checked image, or why it cannot be the cover (with what to do).
 */
export async function checkCoverImage(cover: string, contentDir: string): Promise<CheckedImage> {
  const checked = await checkLocalImage(cover, contentDir);
  if (checked.ok) return checked;
  const reason = checked.reason.replace(/^Unexpected image/, 'Unexpected cover').replace(/^Cannot find the image/, 'Cannot find the cover');
  return { ok: false, reason: `${reason}, or remove \`cover:\` to get a generated cover` };
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
