/**
 * The bundled typeface (Atkinson Hyperlegible, from @fontsource) that every e-book embeds:
 * the WOFF2 files handed to epub-gen-memory as `file:` URLs, and the `@font-face` rules that
 * point at them, generated from the same list so that the two cannot disagree.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const PACKAGE = '@fontsource/atkinson-hyperlegible';
const FAMILY = 'Atkinson Hyperlegible';

export interface BookFont {
  /** File name inside the EPUB's `fonts/` folder. */
  filename: string;
  /** `file:` URL of the WOFF2 file in node_modules. */
  url: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
}

/**
 * Every face of the bundled typeface.
 *
 * @returns Fonts in a fixed order.
 */
export function bookFonts(): BookFont[] {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
  const ranges = JSON.parse(readFileSync(path.join(packageDir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const fonts: BookFont[] = [];
  for (const subset of ['latin', 'latin-ext'] as const) {
    for (const weight of [400, 700] as const) {
      for (const style of ['normal', 'italic'] as const) {
        const filename = `atkinson-hyperlegible-${subset}-${weight}-${style}.woff2`;
        fonts.push({ filename, url: pathToFileURL(path.join(packageDir, 'files', filename)).href, weight, style, unicodeRange: ranges[subset] });
      }
    }
  }
  return fonts;
}

/**
 * `@font-face` rules for the fonts.
 *
 * @param fonts The embedded fonts.
 * @param urlOf Where a font is loaded from: by default `fonts/<file>`, relative to the EPUB's stylesheet.
 * @returns CSS text.
 */
export function fontFaceCss(fonts: readonly BookFont[], urlOf: (font: BookFont) => string = (font) => `fonts/${font.filename}`): string {
  return fonts
    .map(
      (font) =>
        `@font-face {\n  font-family: '${FAMILY}';\n  font-style: ${font.style};\n  font-weight: ${font.weight};\n` +
        `  src: url(${urlOf(font)}) format('woff2');\n  unicode-range: ${font.unicodeRange};\n}\n`,
    )
    .join('\n');
}
