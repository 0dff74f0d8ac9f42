/**
 * The bundled typeface (Atkinson Hyperlegible, from @fontsource) that every e-book embeds:
 * the WOFF2 files handed to epub-gen-memory as `file:` URLs, and the `@font-face` rules that
 * point at them, generated from the same list so that the two cannot disagree; and the script
 * fonts (Noto) a book in another script needs, only where its text needs them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fontStack, scriptFontStylesheets, scriptFontsFor } from '../script-fonts.ts';

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

/**
 * The script fonts a book needs (render/script-fonts.ts), and only the pieces of them its text
 * uses: @fontsource splits each family into WOFF2 files by unicode-range (a Chinese family is
 * about a hundred of them, tens of megabytes), so a book embeds the files whose range holds one
 * of its characters. An English book embeds none.
 *
 * @param text Every character the book shows.
 * @param language The book's language, which puts its family first in the stack.
 * @returns The files to embed, their `@font-face` rules (URLs relative to the book's stylesheet)
 *   and the `font-family` rule for the body; no files and empty CSS when Atkinson is enough.
 */
export function scriptBookFonts(text: string, language: string): { fonts: Array<{ filename: string; url: string }>; css: string } {
  const ids = scriptFontsFor(text, language);
  if (ids.length === 0) return { fonts: [], css: '' };
  const used = new Set([...text].map((character) => character.codePointAt(0)!));
  const fonts: Array<{ filename: string; url: string }> = [];
  const faces: string[] = [];
  for (const id of ids) {
    for (const href of scriptFontStylesheets(id)) {
      const stylesheet = fileURLToPath(href);
      for (const [face] of readFileSync(stylesheet, 'utf8').matchAll(/@font-face\s*\{[^}]*\}/g)) {
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(face)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
        if (!file || (range && !inRange(range, used))) continue;
        fonts.push({ filename: file, url: pathToFileURL(path.join(path.dirname(stylesheet), 'files', file)).href });
        // Reading systems read WOFF2 (EPUB 3.3 core media type): the WOFF fallback is left out.
        faces.push(face.replace(/src:[^;]+;/, `src: url(fonts/${file}) format('woff2');`).replace(/\s*font-display:[^;]+;/, ''));
      }
    }
  }
  return { fonts, css: `${faces.join('\n')}\nbody { font-family: ${fontStack(ids, language)}; }\n` };
}

/** Whether a CSS unicode-range (`U+4e00-4e0f,U+ff01`) holds one of the code points. */
function inRange(range: string, used: ReadonlySet<number>): boolean {
  return range.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-').map((hex) => Number.parseInt(hex, 16));
    for (const point of used) if (point >= from && point <= to) return true;
    return false;
  });
}
