/**
 * Characters XML 1.0 forbids (C0 controls but tab, newline and return; U+FFFE, U+FFFF; lone
 * surrogates). One in a title or heading made EPUBCheck report FATAL errors: every XML document
 * pressroom writes is filtered, and lint reports them where they are written.
 */

/** Matches one forbidden character. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Remove what XML forbids.
 *
 * @param text Any text.
 * @returns The text without forbidden characters.
 */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * Offsets of the forbidden characters of a text.
 *
 * @param text Any text.
 * @returns Offset and code point of each.
 */
export function forbiddenXmlCharacters(text: string): Array<{ offset: number; code: number }> {
  return [...text.matchAll(XML_FORBIDDEN)].map((match) => ({ offset: match.index, code: match[0].charCodeAt(0) }));
}

/** Numeric character references to forbidden characters (`&#1;`, `&#xFFFF;`). */
const FORBIDDEN_REFERENCE = /&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF]|[dD][89a-fA-F][0-9a-fA-F]{2})|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|6553[45]|5529[6-9]|55[3-9][0-9]{2}|56[0-9]{3}|57[0-2][0-9]{2}|573[0-3][0-9]|5734[0-3]))\s*;/g;

/**
 * Make a serialized XML document well-formed as to characters: forbidden characters and
 * references to them are removed.
 *
 * @param document The document text.
 * @returns The filtered text.
 */
export function xmlSafeDocument(document: string): string {
  return xmlSafe(document).replace(FORBIDDEN_REFERENCE, '');
}

/**
 * Numeric character references to forbidden characters (`&#7;` in Markdown), with their offsets.
 *
 * @param text Source text.
 * @returns Offset and code point of each reference.
 */
export function forbiddenReferences(text: string): Array<{ offset: number; code: number }> {
  return [...text.matchAll(FORBIDDEN_REFERENCE)].map((match) => ({ offset: match.index, code: referenceCode(match[0]) }));
}

/** YAML escapes in double-quoted strings that stand for a character. */
const YAML_ESCAPE = /\\(?:([0abefv])|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/g;
const YAML_LETTERS: Record<string, number> = { '0': 0, a: 7, b: 8, e: 0x1b, f: 0xc, v: 0xb };

/**
 * YAML escapes (`\a`, `\x07`, `\uFFFF`) in a double-quoted scalar's source that stand for forbidden characters.
 *
 * @param source The scalar as written, quotes included.
 * @returns Offset in `source` and code point of each.
 */
export function forbiddenYamlEscapes(source: string): Array<{ offset: number; code: number }> {
  const found: Array<{ offset: number; code: number }> = [];
  for (const match of source.matchAll(YAML_ESCAPE)) {
    // `\\a` is a backslash followed by `a`: count the backslashes before the match.
    const before = /\\*$/.exec(source.slice(0, match.index))![0].length;
    if (before % 2 === 1) continue;
    const code = match[1] !== undefined ? YAML_LETTERS[match[1]]! : Number.parseInt(match[2] ?? match[3] ?? match[4]!, 16);
    if (code <= 0x10ffff && xmlSafe(String.fromCodePoint(code)) === '') found.push({ offset: match.index, code });
  }
  return found;
}

function referenceCode(reference: string): number {
  const body = reference.slice(2, reference.indexOf(';')).trim();
  return body[0] === 'x' || body[0] === 'X' ? Number.parseInt(body.slice(1), 16) : Number.parseInt(body, 10);
}
