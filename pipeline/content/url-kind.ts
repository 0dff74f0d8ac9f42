/**
 * What a link or image URL from Markdown is: a scheme (`https:`, `javascript:`…), a
 * protocol-relative `//host`, an absolute `/path`, a relative path or a `#fragment`.
 * Shared by the link and image rules so they agree on which URLs are local files.
 */

export type UrlKind =
  | { kind: 'empty' }
  /** `scheme` is lowercase, found after removing the characters browsers ignore or that hide it. */
  | { kind: 'scheme'; scheme: string }
  /** `//host/…` (or a backslash variant): takes the scheme of wherever the page is opened. */
  | { kind: 'network-path' }
  /** `/path`: relative to a web root that the PDF and EPUB do not have. */
  | { kind: 'absolute-path'; path: string }
  /** A path relative to the article (possibly empty, as in `?x` or `#x`), still percent-encoded. */
  | { kind: 'relative'; path: string; fragment: string | undefined };

// Browsers strip leading C0 controls and spaces and drop tabs and newlines anywhere before
// reading the scheme (WHATWG URL). Removing every whitespace, control and format character
// is stricter on purpose: `java\tscript:`, `java&#10;script:` and `java\u200Bscript:` all
// read as `javascript:`.
const hidden = /[\p{White_Space}\p{Cc}\p{Cf}]/gu;
const schemePattern = /^([a-z][a-z\d+.-]*):/i;

/**
 * Classify a URL as remark gives it (character references already decoded).
 *
 * @param url The `url` of a link, image or definition node.
 * @returns Its kind.
 */
export function urlKind(url: string): UrlKind {
  const visible = url.replace(hidden, '');
  if (visible === '') return { kind: 'empty' };
  const scheme = schemePattern.exec(visible);
  if (scheme) return { kind: 'scheme', scheme: scheme[1].toLowerCase() };
  // Browsers read `\` as `/` in web URLs, so `\\host` and `/\host` are protocol-relative too.
  if (/^[/\\]{2}/.test(visible)) return { kind: 'network-path' };
  const trimmed = url.trim();
  const hash = trimmed.indexOf('#');
  const beforeHash = hash === -1 ? trimmed : trimmed.slice(0, hash);
  const fragment = hash === -1 ? undefined : trimmed.slice(hash + 1);
  const query = beforeHash.indexOf('?');
  const path = query === -1 ? beforeHash : beforeHash.slice(0, query);
  if (/^[/\\]/.test(path)) return { kind: 'absolute-path', path };
  return { kind: 'relative', path, fragment };
}

/**
 * A URL as it can be shown in a message: hidden characters made visible, long URLs shortened.
 *
 * @param url The URL.
 * @returns Text for inside backticks.
 */
export function showUrl(url: string): string {
  const visible = url.replace(hidden, (character) => {
    const code = character.codePointAt(0)!;
    if (character === '\t') return '\\t';
    if (character === '\n') return '\\n';
    if (character === ' ') return ' ';
    return `\\u{${code.toString(16).toUpperCase()}}`;
  });
  return visible.length > 80 ? `${visible.slice(0, 79)}…` : visible;
}
