/**
 * Text from files and file names, made safe to print: an escape sequence in a file name (or in
 * a link target quoted in a message) must not reach the terminal raw, where it could move the
 * cursor, rewrite earlier lines or change the window title.
 */

/** C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder a line. */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Escape what a terminal would act on.
 *
 * @param text A file name or a message.
 * @param keepNewlines Whether line breaks and tabs are the text's own (a multi-line message).
 * @returns The text with each such character as `\xNN` or `\u{NNNN}`.
 */
export function terminalSafe(text: string, keepNewlines = false): string {
  return text.replace(UNSAFE, (char) => {
    if (keepNewlines && (char === '\n' || char === '\t')) return char;
    const code = char.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
