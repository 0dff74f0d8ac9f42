/**
 * Find a pattern in the prose of an article as written: the source text of every Markdown text
 * node (not code, raw HTML, link addresses or frontmatter), so places and fix offsets are exact
 * even where Markdown strips escapes or a list item's indentation.
 */
import type { Nodes, Root, Text } from 'mdast';
import type { Position } from 'unist';
import { visitParents } from './walk.ts';
import type { VFile } from 'vfile';

export interface TextMatch {
  match: RegExpExecArray;
  /** Offsets of the match in the file. */
  start: number;
  end: number;
  position: Position;
  /** Ancestors of the text node, outermost first. */
  ancestors: Nodes[];
}

/**
 * Line and column of an offset.
 *
 * @param document File text.
 * @returns A function from offset to point.
 */
function pointAt(document: string): (offset: number) => Position['start'] {
  const lineStarts = [0];
  for (let index = document.indexOf('\n'); index !== -1; index = document.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
  };
}

/**
 * Every match of `pattern` (a global regex) in the article's text nodes.
 *
 * @param tree Article tree.
 * @param file Article file.
 * @param pattern Regex with the `g` flag.
 * @returns Matches in document order.
 */
export function textMatches(tree: Root, file: VFile, pattern: RegExp): TextMatch[] {
  const document = String(file.value);
  const point = pointAt(document);
  const found: TextMatch[] = [];
  visitParents(tree, 'text', (node: Text, ancestors) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const source = document.slice(start, end);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
      if (match[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      const from = start + match.index;
      const to = from + match[0].length;
      found.push({ match, start: from, end: to, position: { start: point(from), end: point(to) }, ancestors: ancestors as Nodes[] });
    }
  });
  return found;
}

/**
 * Whether a match lies inside a container directive of a name (`:::emergency`).
 *
 * @param match A text match.
 * @param name Directive name.
 * @returns True when inside.
 */
export function insideDirective(match: TextMatch, name: string): boolean {
  return match.ancestors.some((node) => node.type === 'containerDirective' && node.name === name);
}
