/**
 * The clinic's logo as a `data:` URL. The running header is drawn in the page margin, and a
 * `data:` URL needs no file access, so the logo may live anywhere the config points.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { imageTypeOfExtension } from '../../content/media-types.ts';
import { sanitizeSvg } from '../../content/svg-sanitize.ts';

/** The logo cannot be used; the message says why and what to do. */
export class LogoError extends Error {}

/**
 * Read a logo file.
 *
 * @param file Absolute path (the config's `clinic.logo`, resolved).
 * @returns `data:` URL.
 * @throws LogoError when the type is not supported or the file cannot be read.
 */
export async function logoDataUrl(file: string): Promise<string> {
  const type = imageTypeOfExtension(path.extname(file));
  if (!type) {
    throw new LogoError(`Unexpected logo type \`${path.extname(file) || 'no extension'}\` for \`clinic.logo\`, expected PNG, JPEG, GIF, WebP or SVG; convert the logo to one of these`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new LogoError(`Cannot read the logo \`${file}\` named by \`clinic.logo\`; fix the path (it is relative to pressroom.yaml) or remove the key`);
  }
  if (type === 'image/svg+xml') {
    // Printed from its sanitized re-serialization, never from the bytes as written.
    const svg = sanitizeSvg(bytes.toString('utf8'), path.basename(file));
    if (!svg.ok) throw new LogoError(`Unexpected active content in the logo \`${path.basename(file)}\` named by \`clinic.logo\`: ${svg.problem}; remove it, or export the logo as PNG`);
    bytes = Buffer.from(svg.svg);
  }
  return `data:${type};base64,${bytes.toString('base64')}`;
}
