/**
 * Build the natural-language (nlcst) tree of an article body, with places that point at the
 * Markdown source, optionally with retext parser extensions (retext-syntax-urls turns
 * `https://…` into one source node) that the shared `context.prose()` tree is built without.
 *
 * mdast-util-to-nlcst places each word at “start of its text node + index in the node's value”.
 * The value lacks what Markdown strips from the source (the indentation of a list item's
 * continuation lines, `>` markers, backslash escapes, character references), so words after
 * such a spot are placed too early, on continuation lines by several columns or a whole line.
 * `proseTreeWith` maps every place back to the source.
 */
import type { Image, ImageReference, Nodes as MdastNodes, Paragraph, Root as MdastRoot, Text } from 'mdast';
import type { Nodes, Root } from 'nlcst';
import type { Point } from 'unist';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import type {} from 'retext-english';
import { unified, type Plugin } from 'unified';
import { visit } from './walk.ts';
import type { VFile } from 'vfile';

/** Markdown nodes that are not prose (as for `context.prose()`). */
const notProse = ['code', 'inlineCode', 'html', 'yaml'];

/** A text node (or an image's alt) as mdast-util-to-nlcst places it. */
interface Segment {
  /** Offset mdast-util-to-nlcst starts counting from. */
  start: number;
  /** Source offset where each character (UTF-16 unit) of the value starts, and where it ends. */
  starts: number[];
  ends: number[];
}

const reference = /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * Align a node's value with its source text: each value character to the offset it comes from.
 *
 * @param value Text after Markdown parsing.
 * @param source Source text of the node.
 * @param start Offset of `source` in the document.
 * @returns Source start and end offsets of each character of `value`.
 */
function align(value: string, source: string, start: number): Pick<Segment, 'starts' | 'ends'> {
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of value) {
    // Skip what Markdown removed (indentation, `>` markers, escapes) up to this character;
    // a character reference stands for the character it decodes to.
    let next = at;
    let width = char.length;
    while (next < source.length && !source.startsWith(char, next)) {
      const match = source[next] === '&' ? reference.exec(source.slice(next, next + 40)) : null;
      if (match) {
        width = match[0].length;
        break;
      }
      next++;
    }
    // Not found at all: keep the place of the previous character rather than jump to the end.
    if (next >= source.length) next = at;
    at = Math.min(next + width, source.length);
    for (let unit = 0; unit < char.length; unit++) {
      starts.push(start + Math.min(next + (width === char.length ? unit : 0), source.length));
      ends.push(start + at);
    }
  }
  return { starts, ends };
}

/**
 * Move every place in an nlcst tree from mdast-util-to-nlcst's counting to the source.
 *
 * @param prose Tree to fix, in place.
 * @param tree mdast tree it was built from.
 * @param document Source text.
 */
function fixPlaces(prose: Root, tree: MdastRoot, document: string): void {
  const segments: Segment[] = [];
  visit(tree, (node) => {
    const position = node.position;
    if (!position || position.start.offset === undefined || position.end.offset === undefined) return;
    if (node.type === 'text') {
      const { value } = node as Text;
      segments.push({ start: position.start.offset, ...align(value, document.slice(position.start.offset, position.end.offset), position.start.offset) });
    } else if ((node.type === 'image' || node.type === 'imageReference') && (node as Image | ImageReference).alt) {
      // mdast-util-to-nlcst places the alt text two characters (`![`) after the image start.
      const start = position.start.offset + 2;
      segments.push({ start, ...align((node as Image).alt!, document.slice(start, position.end.offset), start) });
    }
  });

  const lineStarts = [0];
  for (let index = document.indexOf('\n'); index !== -1; index = document.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const toPoint = (offset: number): Point => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
  };
  /** The segment whose counted range holds `[start, end]`. */
  const segmentOf = (start: number, end: number): Segment | undefined => {
    let low = 0;
    let high = segments.length - 1;
    let found: Segment | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (segments[middle].start <= start) {
        found = segments[middle];
        low = middle + 1;
      } else high = middle - 1;
    }
    return found && end - found.start <= found.starts.length ? found : undefined;
  };

  const fix = (node: Nodes): void => {
    if ('children' in node) {
      for (const child of node.children) fix(child);
      const first = node.children[0]?.position;
      const last = node.children[node.children.length - 1]?.position;
      if (node.position && first && last) node.position = { start: first.start, end: last.end };
      return;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    // White space between blocks is placed by true offsets; it falls outside every segment.
    const segment = segmentOf(start, end);
    if (!segment) return;
    if (end === start) return;
    const from = segment.starts[start - segment.start];
    const to = segment.ends[end - 1 - segment.start];
    node.position = { start: toPoint(from), end: toPoint(to) };
  };
  fix(prose);
}

/**
 * Make a builder of prose trees that applies the parser extensions of `plugins`.
 *
 * @param plugins retext plugins that register `nlcst*Extensions` (their attachers run once, here).
 * @returns A function from an mdast tree and its file to an nlcst tree with source places.
 */
export function proseTreeWith(plugins: readonly Plugin[]): (tree: MdastRoot, file: VFile) => Root {
  const processor = unified();
  for (const plugin of plugins) processor.use(plugin);
  processor.freeze();
  const sentence = processor.data('nlcstSentenceExtensions') ?? [];
  const paragraph = processor.data('nlcstParagraphExtensions') ?? [];
  const root = processor.data('nlcstRootExtensions') ?? [];
  return (tree, file) => {
    // As retext-english does: extensions run before the parser's own merging plugins.
    const parser = new ParseEnglish();
    parser.tokenizeSentencePlugins.unshift(...sentence);
    parser.tokenizeParagraphPlugins.unshift(...paragraph);
    parser.tokenizeRootPlugins.unshift(...root);
    const withCells = cellsAsParagraphs(tree);
    const prose = toNlcstInChunks(withCells, file, parser);
    fixPlaces(prose, withCells, String(file.value));
    return prose;
  };
}

/** Top-level blocks handed to mdast-util-to-nlcst at a time. */
const CHUNK_BLOCKS = 200;

/**
 * mdast-util-to-nlcst, a few hundred top-level blocks at a time. parse-english splits the text
 * of one call into paragraphs and sentences in time that grows with the square of its blocks:
 * a hostile file of 80,000 headings took minutes in one call. Blocks are separate paragraphs
 * either way, so the chunks' paragraphs are simply joined.
 *
 * @param tree Article tree (tables already turned into paragraphs).
 * @param file Its file.
 * @param parser The English parser with its extensions.
 * @returns The nlcst tree, with mdast-util-to-nlcst's places.
 */
function toNlcstInChunks(tree: MdastRoot, file: VFile, parser: ParseEnglish): Root {
  // Prose is read from the file's text by offsets: a tree without places (made by a plugin,
  // or stripped) has no prose that messages could point at.
  if (tree.position?.start.offset === undefined || tree.position.end.offset === undefined) return { type: 'RootNode', children: [] };
  if (tree.children.length <= CHUNK_BLOCKS) return toNlcst(tree, file, parser, { ignore: notProse }) as Root;
  const prose: Root = { type: 'RootNode', children: [] };
  for (let index = 0; index < tree.children.length; index += CHUNK_BLOCKS) {
    const children = tree.children.slice(index, index + CHUNK_BLOCKS);
    const start = children[0].position?.start;
    const end = children[children.length - 1].position?.end;
    if (start?.offset === undefined || end?.offset === undefined) continue;
    const part = toNlcst({ type: 'root', children, position: { start, end } }, file, parser, { ignore: notProse }) as Root;
    if (prose.children.length > 0 && part.children.length > 0) prose.children.push({ type: 'WhiteSpaceNode', value: '\n\n' });
    prose.children.push(...part.children);
  }
  return prose;
}

/**
 * mdast-util-to-nlcst always skips tables; hand it each cell as a paragraph (a shallow copy,
 * the shared tree is not changed) so text in tables is checked like any other.
 *
 * @param tree Article tree.
 * @returns A tree without tables, whose text nodes are the original ones.
 */
function cellsAsParagraphs(tree: MdastRoot): MdastRoot {
  const swap = (node: MdastNodes): MdastNodes[] => {
    if (node.type === 'table') {
      return node.children.flatMap((row) => row.children.map((cell) => ({ type: 'paragraph', children: cell.children, position: cell.position }) as Paragraph));
    }
    return 'children' in node ? [{ ...node, children: node.children.flatMap(swap) } as MdastNodes] : [node];
  };
  return swap(tree)[0] as MdastRoot;
}

/** The prose tree without parser extensions (what `context.prose()` is meant to be). */
export const proseTree = proseTreeWith([]);
