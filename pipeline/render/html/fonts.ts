/**
 * The bundled font of the web edition: Atkinson Hyperlegible (Braille Institute, SIL OFL),
 * from @fontsource, so no reader's system font is assumed. Latin and Latin Extended, regular
 * and bold, upright and italic, as WOFF2 (every browser that runs the page reads it).
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const FONT_FAMILY = 'Atkinson Hyperlegible';

const SUBSETS = {
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
} as const;

export interface FontFile {
  /** Absolute path of the WOFF2 file in node_modules. */
  path: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
}

/**
 * The font files to publish.
 *
 * @returns One entry per subset, weight and style.
 */
export function bundledFonts(): FontFile[] {
  const require = createRequire(import.meta.url);
  const folder = path.join(path.dirname(require.resolve('@fontsource/atkinson-hyperlegible')), 'files');
  const fonts: FontFile[] = [];
  for (const [subset, unicodeRange] of Object.entries(SUBSETS)) {
    for (const weight of [400, 700] as const) {
      for (const style of ['normal', 'italic'] as const) {
        fonts.push({ path: path.join(folder, `atkinson-hyperlegible-${subset}-${weight}-${style}.woff2`), weight, style, unicodeRange });
      }
    }
  }
  return fonts;
}

/**
 * The license the font must travel with.
 *
 * @returns Absolute path of the OFL text.
 */
export function fontLicense(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@fontsource/atkinson-hyperlegible')), 'LICENSE');
}

/**
 * `@font-face` rules for published font files.
 *
 * @param fonts Fonts with the URL each was published at (relative to the stylesheet).
 * @returns CSS.
 */
export function fontFaceCss(fonts: Array<FontFile & { url: string }>): string {
  return fonts
    .map(
      (font) =>
        `@font-face {\n  font-family: '${FONT_FAMILY}';\n  font-style: ${font.style};\n  font-weight: ${font.weight};\n  font-display: swap;\n` +
        `  src: url('${font.url}') format('woff2');\n  unicode-range: ${font.unicodeRange};\n}\n`,
    )
    .join('\n');
}
