/**
 * The one table of file types pressroom publishes: images every format can show (EPUB 3 core
 * media types, which browsers and Chromium's PDF printing also show) and documents an article
 * may link to.
 */
export type ImageMediaType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/svg+xml';

export const IMAGE_TYPES: Record<ImageMediaType, { name: string; extensions: readonly string[] }> = {
  'image/png': { name: 'PNG', extensions: ['.png'] },
  'image/jpeg': { name: 'JPEG', extensions: ['.jpg', '.jpeg'] },
  'image/gif': { name: 'GIF', extensions: ['.gif'] },
  'image/webp': { name: 'WebP', extensions: ['.webp'] },
  'image/svg+xml': { name: 'SVG', extensions: ['.svg'] },
};

/** Every image extension, lowercase with the dot. */
export const IMAGE_EXTENSIONS: readonly string[] = Object.values(IMAGE_TYPES).flatMap((type) => type.extensions);

/** "PNG, JPEG, GIF, WebP or SVG", for messages. */
export const IMAGE_TYPE_NAMES = (() => {
  const names = Object.values(IMAGE_TYPES).map((type) => type.name);
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
})();

/**
 * The image type a file name claims.
 *
 * @param extension Extension with the dot, any case.
 * @returns The media type, or undefined when it is not an image pressroom publishes.
 */
export function imageTypeOfExtension(extension: string): ImageMediaType | undefined {
  const lower = extension.toLowerCase();
  return (Object.keys(IMAGE_TYPES) as ImageMediaType[]).find((type) => IMAGE_TYPES[type].extensions.includes(lower));
}

/** Files an article may link to that are safe to serve from the clinic's site. */
export const LINKABLE_EXTENSIONS: ReadonlySet<string> = new Set(['.pdf', ...IMAGE_EXTENSIONS.filter((e) => e !== '.svg'), '.txt', '.csv', '.doc', '.docx', '.odt', '.rtf', '.xls', '.xlsx', '.ods']);
