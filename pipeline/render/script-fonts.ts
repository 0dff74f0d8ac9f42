/**
 * Fonts for the scripts the bundled Atkinson Hyperlegible (Latin only) cannot print: Noto
 * families from @fontsource (SIL OFL), so no system font is relied on. A document loads only
 * the families its text needs (a CJK family is tens of megabytes of unicode-range chunks, of
 * which Chromium embeds just the glyphs used, subset).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { interfaceLanguage } from '../languages/languages.ts';

/** The family every format uses for Latin text (render/html/fonts.ts, render/pdf/font-folder.ts). */
const LATIN_FAMILY = 'Atkinson Hyperlegible';

export interface ScriptFont {
  family: string;
  /** The @fontsource package that holds it. */
  package: string;
  /** Characters of the text that need this family. */
  needs: RegExp;
  /** Whether the family has italics (CJK and Arabic families have none; Chromium slants them). */
  italic: boolean;
}

/**
 * The script families, in the order they follow the Latin family in a font stack.
 * Noto Sans covers Cyrillic, Greek and the Vietnamese letters (ạ ả ấ …) that Atkinson lacks.
 */
export const SCRIPT_FONTS = {
  'noto-sans': { family: 'Noto Sans', package: '@fontsource/noto-sans', needs: /[\p{Script=Cyrillic}\p{Script=Greek}\u1EA0-\u1EF9\u0300-\u036F]/u, italic: true },
  'noto-sans-arabic': { family: 'Noto Sans Arabic', package: '@fontsource/noto-sans-arabic', needs: /\p{Script=Arabic}/u, italic: false },
  'noto-sans-kr': { family: 'Noto Sans KR', package: '@fontsource/noto-sans-kr', needs: /\p{Script=Hangul}/u, italic: false },
  'noto-sans-sc': { family: 'Noto Sans SC', package: '@fontsource/noto-sans-sc', needs: /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u, italic: false },
  'noto-sans-tc': { family: 'Noto Sans TC', package: '@fontsource/noto-sans-tc', needs: /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u, italic: false },
} as const satisfies Record<string, ScriptFont>;

export type ScriptFontId = keyof typeof SCRIPT_FONTS;

/** The family that sets a language's own text, when Atkinson cannot (its glyphs then match throughout). */
const LANGUAGE_FONT: Record<string, ScriptFontId> = {
  vi: 'noto-sans',
  ru: 'noto-sans',
  ar: 'noto-sans-arabic',
  ko: 'noto-sans-kr',
  'zh-Hans': 'noto-sans-sc',
  'zh-Hant': 'noto-sans-tc',
};

/**
 * The families a document needs: its language's own, then any other script its text contains.
 * Han text outside a Chinese document takes the Simplified family, Traditional for zh-Hant.
 *
 * @param text All the text the document shows.
 * @param language BCP 47 tag of the document.
 * @returns Family ids, the language's own first.
 */
export function scriptFontsFor(text: string, language: string): ScriptFontId[] {
  const tag = interfaceLanguage(language);
  const own = tag ? LANGUAGE_FONT[tag] : undefined;
  const han: ScriptFontId = own === 'noto-sans-tc' ? 'noto-sans-tc' : 'noto-sans-sc';
  const needed = new Set<ScriptFontId>(own ? [own] : []);
  for (const id of Object.keys(SCRIPT_FONTS) as ScriptFontId[]) {
    if (id === 'noto-sans-sc' || id === 'noto-sans-tc') continue;
    if (SCRIPT_FONTS[id].needs.test(text)) needed.add(id);
  }
  if (SCRIPT_FONTS[han].needs.test(text) && !needed.has('noto-sans-sc') && !needed.has('noto-sans-tc')) needed.add(han);
  return [...needed];
}

/**
 * The CSS `font-family` value for a document: its language's script family first (so that
 * Vietnamese or Russian words are not set in two typefaces), then Atkinson for Latin runs,
 * then the other scripts.
 *
 * @param fonts From `scriptFontsFor`.
 * @param language BCP 47 tag.
 * @returns A font-family list ending in `sans-serif`.
 */
export function fontStack(fonts: readonly ScriptFontId[], language: string): string {
  const tag = interfaceLanguage(language);
  const own = tag ? LANGUAGE_FONT[tag] : undefined;
  const families = [...(own ? [SCRIPT_FONTS[own].family] : []), LATIN_FAMILY, ...fonts.filter((id) => id !== own).map((id) => SCRIPT_FONTS[id].family)];
  return [...families.map((family) => `'${family}'`), 'sans-serif'].join(', ');
}

/**
 * Folder of a family's package (the PDF page sandbox allows reads below it).
 *
 * @param id Family id.
 * @returns Absolute path.
 */
export function scriptFontFolder(id: ScriptFontId): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve(`${SCRIPT_FONTS[id].package}/package.json`));
}

/**
 * `file:` URLs of a family's stylesheets (regular and bold, and italics where it has them), for `<link rel="stylesheet">`.
 *
 * @param id Family id.
 * @returns URLs.
 */
export function scriptFontStylesheets(id: ScriptFontId): string[] {
  const folder = scriptFontFolder(id);
  const names = SCRIPT_FONTS[id].italic ? ['400.css', '400-italic.css', '700.css', '700-italic.css'] : ['400.css', '700.css'];
  return names.map((name) => pathToFileURL(path.join(folder, name)).href);
}

/**
 * The `@font-face` rules of families, for a web page or a book that publishes the font files
 * itself: each WOFF2 file is handed to `publish`, which returns its URL relative to the
 * stylesheet (the WOFF fallbacks are left out: every browser that runs the pages reads WOFF2).
 *
 * @param fonts Family ids.
 * @param publish Publishes one file, given its absolute path; returns its URL.
 * @returns CSS text.
 */
export function scriptFontFaceCss(fonts: readonly ScriptFontId[], publish: (absolute: string) => string): string {
  return fonts
    .flatMap((id) =>
      scriptFontStylesheets(id).map((href) => {
        const stylesheet = fileURLToPath(href);
        const folder = path.dirname(stylesheet);
        // Fontsource's rules read `src: url(./files/NAME.woff2) format('woff2'), url(./files/NAME.woff) format('woff');`.
        return readFileSync(stylesheet, 'utf8').replace(/src:\s*url\(([^)]+\.woff2)\)\s*format\('woff2'\)[^;]*;/g, (_, file: string) => `src: url('${publish(path.join(folder, file))}') format('woff2');`);
      }),
    )
    .join('\n');
}

/**
 * The license of a family, to publish beside its files.
 *
 * @param id Family id.
 * @returns Absolute path of the OFL text.
 */
export function scriptFontLicense(id: ScriptFontId): string {
  return path.join(scriptFontFolder(id), 'LICENSE');
}
