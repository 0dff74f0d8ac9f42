/**
 * Mark as artifacts what Chromium paints without tagging: the running header and footer (CSS
 * page-margin boxes), backgrounds, borders, column rules, the emergency sign drawn by CSS and
 * images with `alt=""`. PDF/UA-1 (ISO 14289-1 §7.1, Matterhorn 01-005) wants every piece of
 * content either tagged or marked `/Artifact`; Chromium tags what its accessibility tree holds
 * and leaves the rest unmarked, so whatever is outside marked content is, by construction,
 * not part of the document's structure. Each such painting operation is wrapped in
 * `/Artifact BMC … EMC`, never across a text object, a saved graphics state or a path.
 * Untagged marked content that is not an artifact (Chromium's `/ReversedChars` and
 * `/Span <</ActualText …>>` around shaped text in the header and footer) is wrapped whole.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, decodePDFRawStream, type PDFDocument, type PDFPage } from 'pdf-lib';
import { operation, readOperations, writeOperations, type Operation } from './content-stream.ts';

/** Operators that paint a path (`n` ends a clipping path without painting). */
const PATH_PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
/** Operators that start or extend a path. */
const PATH_BUILD = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*']);
/** Operators that show something: text, an XObject, a shading, an inline image. */
const SHOW = new Set(['Tj', 'TJ', "'", '"', 'Do', 'sh', 'BI']);
/** Operators an artifact sequence must not straddle. */
const BOUNDARY = new Set(['q', 'Q', 'BT', 'ET', 'BDC', 'BMC', 'EMC', 'BX', 'EX', 'MP', 'DP']);

/**
 * Wrap every untagged painting operation of every page in `/Artifact BMC … EMC`.
 *
 * @param document The loaded PDF; its pages' content streams are replaced.
 * @returns How many artifact sequences were added.
 */
export function markArtifacts(document: PDFDocument): number {
  let added = 0;
  for (const page of document.getPages()) {
    const operations = pageOperations(page);
    if (!operations) continue;
    const { result, count } = wrapUntagged(operations);
    if (count === 0) continue;
    // Node's zlib, not pdf-lib's JavaScript deflate: the same format in a fraction of the time.
    const stream = PDFRawStream.of(document.context.obj({ Filter: 'FlateDecode' }), deflateSync(writeOperations(result)));
    page.node.set(PDFName.of('Contents'), document.context.register(stream));
    added += count;
  }
  return added;
}

/**
 * The operations of a page's content (its streams read as one, as the PDF specifies).
 *
 * @param page A page.
 * @returns The operations, or undefined when a stream cannot be decoded.
 */
export function pageOperations(page: PDFPage): Operation[] | undefined {
  const contents = page.node.Contents();
  // A blank page has no content stream at all.
  if (!contents) return [];
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const chunks: Uint8Array[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) return undefined;
    chunks.push(decodeStream(stream), Buffer.from('\n'));
  }
  return readOperations(Buffer.concat(chunks));
}

/** A stream's decoded bytes: plain Flate (what Chromium writes) through Node's zlib, any other filter through pdf-lib. */
function decodeStream(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) {
    try {
      return inflateSync(stream.contents);
    } catch {
      // A damaged stream: pdf-lib's decoder is more lenient (it keeps what it could inflate).
    }
  }
  return decodePDFRawStream(stream).decode();
}

/** The operations with artifact sequences added around untagged painting. */
function wrapUntagged(operations: Operation[]): { result: Operation[]; count: number } {
  const result: Operation[] = [];
  let depth = 0;
  let open = false;
  let pathStart = -1;
  let count = 0;
  const close = () => {
    if (open) result.push(operation('EMC'));
    open = false;
  };
  const openAt = (index: number) => {
    result.splice(index, 0, operation('/Artifact BMC'));
    open = true;
    count += 1;
  };
  for (let index = 0; index < operations.length; index += 1) {
    const op = operations[index];
    const { operator } = op;
    if (depth > 0) {
      if (operator === 'BDC' || operator === 'BMC') depth += 1;
      else if (operator === 'EMC') depth -= 1;
      result.push(op);
      continue;
    }
    if ((operator === 'BDC' || operator === 'BMC') && !isTaggedOrArtifact(op)) {
      // Marked content that is neither tagged nor an artifact: Chromium's `/ReversedChars BMC`
      // around right-to-left runs and `/Span <</ActualText …>> BDC` around shaped clusters
      // (Arabic, Vietnamese stacked marks) in the untagged running header and footer. What it
      // paints is outside the structure; wrap the whole, properly nested sequence in an
      // artifact, unless it holds tagged content, in which case its operations are handled
      // one by one like any others.
      close();
      pathStart = -1;
      const end = matchingEnd(operations, index);
      if (end >= 0 && !operations.slice(index, end + 1).some(isTagged)) {
        result.push(operation('/Artifact BMC'), ...operations.slice(index, end + 1), operation('EMC'));
        count += 1;
        index = end;
      } else {
        result.push(op);
      }
      continue;
    }
    if (BOUNDARY.has(operator)) {
      close();
      pathStart = -1;
      if (operator === 'BDC' || operator === 'BMC') depth += 1;
      result.push(op);
      continue;
    }
    if (PATH_BUILD.has(operator)) {
      if (!open && pathStart < 0) pathStart = result.length;
      result.push(op);
      continue;
    }
    if (PATH_PAINT.has(operator)) {
      // `n` only ends a clipping path: it paints nothing, so it needs no artifact of its own.
      if (!open && operator !== 'n') openAt(pathStart >= 0 ? pathStart : result.length);
      pathStart = -1;
      result.push(op);
      continue;
    }
    if (SHOW.has(operator) && !open) openAt(result.length);
    result.push(op);
  }
  close();
  return { result, count };
}

/** Whether a `BDC` carries a marked-content identifier, that is, belongs to the structure tree. */
function isTagged(op: Operation): boolean {
  return op.operator === 'BDC' && /\/MCID\s+\d+/.test(op.operands);
}

/** Whether a `BMC`/`BDC` is tagged content or already an artifact. */
function isTaggedOrArtifact(op: Operation): boolean {
  return isTagged(op) || op.operands.startsWith('/Artifact');
}

/**
 * The index of the `EMC` that ends the marked-content sequence begun at `start`.
 *
 * @returns The index, or -1 when the stream ends first.
 */
function matchingEnd(operations: readonly Operation[], start: number): number {
  let depth = 0;
  for (let index = start; index < operations.length; index += 1) {
    const { operator } = operations[index];
    if (operator === 'BDC' || operator === 'BMC') depth += 1;
    else if (operator === 'EMC') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}
