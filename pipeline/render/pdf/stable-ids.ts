/**
 * Structure element ids that do not depend on what the browser printed before. Chromium names
 * the ids of table header cells (`/ID`, the struct tree root's `/IDTree`, data cells'
 * `/Headers`) after its renderer's DOM node counter, so the same handout got different bytes
 * from build to build, depending on which pages the browser page had loaded before (seen: the
 * same article's first id was node00000153, node00003814 and node00004207 in three cold builds).
 * The ids are renamed in the id tree's own (sorted) order, so the tree stays sorted.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFStream, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

/**
 * Rename every structure element id to `id1`, `id2`… (zero-padded) in the id tree's order, and
 * every reference to it.
 *
 * @param document The tagged PDF; changed in place.
 * @returns How many ids were renamed.
 */
export function stabilizeIds(document: PDFDocument): number {
  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(root instanceof PDFDict)) return 0;
  const keys: string[] = [];
  nameTreeKeys(root.lookup(PDFName.of('IDTree')), keys, new Set());
  if (keys.length === 0) return 0;
  // A prefix Chromium does not use, so a new name never matches an old one.
  const renamed = new Map(keys.map((key, index) => [key, `id${String(index + 1).padStart(8, '0')}`]));
  for (const [, object] of document.context.enumerateIndirectObjects()) renameIn(object, renamed);
  return renamed.size;
}

/** The keys of a name tree, in order. */
function nameTreeKeys(node: unknown, keys: string[], seen: Set<PDFDict>): void {
  if (!(node instanceof PDFDict) || seen.has(node)) return;
  seen.add(node);
  const names = node.lookup(PDFName.of('Names'));
  if (names instanceof PDFArray) {
    for (let index = 0; index < names.size(); index += 2) {
      const key = textOf(names.lookup(index));
      if (key !== undefined) keys.push(key);
    }
  }
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) for (let index = 0; index < kids.size(); index += 1) nameTreeKeys(kids.lookup(index), keys, seen);
}

/** Replace, inside one object and the direct objects it holds, every string that is an old id. */
function renameIn(object: PDFObject, renamed: Map<string, string>): void {
  if (object instanceof PDFStream) renameIn(object.dict, renamed);
  else if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      const replacement = replacementFor(value, renamed);
      if (replacement) object.set(key, replacement);
      else renameIn(value, renamed);
    }
  } else if (object instanceof PDFArray) {
    for (let index = 0; index < object.size(); index += 1) {
      const value = object.get(index);
      const replacement = replacementFor(value, renamed);
      if (replacement) object.set(index, replacement);
      else renameIn(value, renamed);
    }
  }
}

function replacementFor(value: PDFObject, renamed: Map<string, string>): PDFString | undefined {
  const text = textOf(value);
  const name = text === undefined ? undefined : renamed.get(text);
  return name === undefined ? undefined : PDFString.of(name);
}

function textOf(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}
