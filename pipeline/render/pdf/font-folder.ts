/**
 * The bundled typeface of the handouts. Pages load the package's own stylesheets by `file:`
 * URL, so Chromium embeds (and subsets) exactly the files the web edition ships.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible';

/** The stylesheets of the weights and styles a handout uses (body, bold, italic). */
const STYLESHEETS = ['400.css', '400-italic.css', '700.css', '700-italic.css'];

/**
 * Folder of the font package; the page sandbox allows reads below it.
 *
 * @returns Absolute path.
 */
export function fontFolder(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
}

/**
 * `file:` URLs of the font stylesheets, for `<link rel="stylesheet">`.
 *
 * @returns URLs, regular first.
 */
export function fontStylesheets(): string[] {
  const folder = fontFolder();
  return STYLESHEETS.map((name) => pathToFileURL(path.join(folder, name)).href);
}
