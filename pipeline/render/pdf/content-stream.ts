/**
 * A PDF content stream as a list of operations (operands + operator), kept as the exact bytes
 * they were written in, so a pass can insert marked-content operators around them and write the
 * stream back unchanged otherwise. Lexical rules from ISO 32000-1 §7.2 (tokens) and §8.9.7
 * (inline images, whose binary data is skipped whole). pdf-lib writes content streams but does
 * not read them, hence this small reader.
 */

/** One operation: its operator (`Tj`, `BDC`, `EMC`…) and its source text, operands included. */
export interface Operation {
  operator: string;
  /** The operands' source text (a `BDC` property list such as `/P <</MCID 3>>`). */
  operands: string;
  /** Source text of the whole operation. */
  text: string;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((character) => character.charCodeAt(0)));

/**
 * Split a decoded content stream into operations.
 *
 * @param bytes The decoded (unfiltered) stream.
 * @returns The operations in order; trailing operands without an operator are dropped.
 */
export function readOperations(bytes: Uint8Array): Operation[] {
  const text = Buffer.from(bytes).toString('latin1');
  const operations: Operation[] = [];
  let start = 0;
  let index = 0;
  const skipWhitespace = () => {
    while (index < text.length && WHITESPACE.has(text.charCodeAt(index))) index += 1;
  };
  for (;;) {
    skipWhitespace();
    if (index >= text.length) break;
    const code = text.charCodeAt(index);
    const character = text[index];
    if (character === '%') {
      while (index < text.length && text[index] !== '\n' && text[index] !== '\r') index += 1;
    } else if (character === '(') {
      index = skipLiteralString(text, index);
    } else if (character === '<' && text[index + 1] === '<') {
      index = skipDictionary(text, index);
    } else if (character === '<') {
      index = text.indexOf('>', index) + 1 || text.length;
    } else if (character === '[' || character === ']' || character === '{' || character === '}') {
      index += 1;
    } else if (character === '/') {
      index += 1;
      while (index < text.length && !WHITESPACE.has(text.charCodeAt(index)) && !DELIMITERS.has(text.charCodeAt(index))) index += 1;
    } else if (isNumberCharacter(code)) {
      while (index < text.length && isNumberCharacter(text.charCodeAt(index))) index += 1;
    } else if (DELIMITERS.has(code)) {
      index += 1;
    } else {
      const wordStart = index;
      while (index < text.length && !WHITESPACE.has(text.charCodeAt(index)) && !DELIMITERS.has(text.charCodeAt(index))) index += 1;
      const word = text.slice(wordStart, index);
      if (word === 'true' || word === 'false' || word === 'null') continue;
      if (word === 'BI') index = skipInlineImage(text, index);
      operations.push({ operator: word, operands: text.slice(start, wordStart).trim(), text: text.slice(start, index).trim() });
      start = index;
    }
  }
  return operations;
}

/**
 * Join operations back into stream bytes, one operation a line.
 *
 * @param operations Operations, including any inserted ones.
 * @returns The decoded stream.
 */
export function writeOperations(operations: readonly Operation[]): Uint8Array {
  return Buffer.from(operations.map((operation) => operation.text).join('\n'), 'latin1');
}

/**
 * An operation made from source text.
 *
 * @param text Such as `/Artifact BMC` or `EMC`.
 * @returns The operation.
 */
export function operation(text: string): Operation {
  const parts = text.trim().split(/\s+/);
  const operator = parts.at(-1)!;
  return { operator, operands: text.trim().slice(0, -operator.length).trim(), text: text.trim() };
}

/** `0`–`9`, `+`, `-` and `.`: the characters of a number (tested per byte, so no regex). */
function isNumberCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e;
}

/** A literal string `( … )` with balanced parentheses and backslash escapes. */
function skipLiteralString(text: string, index: number): number {
  let depth = 0;
  for (let at = index; at < text.length; at += 1) {
    const character = text[at];
    if (character === '\\') at += 1;
    else if (character === '(') depth += 1;
    else if (character === ')') {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
  }
  return text.length;
}

/** A dictionary `<< … >>`, which may hold strings and nested dictionaries. */
function skipDictionary(text: string, index: number): number {
  let depth = 0;
  for (let at = index; at < text.length; ) {
    if (text.startsWith('<<', at)) {
      depth += 1;
      at += 2;
    } else if (text.startsWith('>>', at)) {
      depth -= 1;
      at += 2;
      if (depth === 0) return at;
    } else if (text[at] === '(') at = skipLiteralString(text, at);
    else at += 1;
  }
  return text.length;
}

/** From after `BI` to after the `EI` that ends the image data (`EI` between whitespace). */
function skipInlineImage(text: string, index: number): number {
  const data = text.indexOf('ID', index);
  if (data < 0) return text.length;
  const end = /\sEI(?=[\s]|$)/g;
  end.lastIndex = data + 3;
  const found = end.exec(text);
  return found ? found.index + found[0].length : text.length;
}
