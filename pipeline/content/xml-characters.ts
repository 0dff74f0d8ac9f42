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
