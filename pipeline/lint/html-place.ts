/**
 * Places inside raw HTML: a point in an `html` node's value → the same point in the file.
 */
import type { Point } from 'unist';

/**
 * A point inside an HTML node's value → the same point in the file. Inside block quotes and
 * list items the node's value has lost each line's container prefix (`> `, indentation), so
 * the column is found by where the value's line ends in the source line.
 *
 * @param point Point in the value (1-based).
 * @param start Start of the node in the file.
 * @param valueLines Lines of the value.
 * @param sourceLines Lines of the file.
 * @returns Point in the file.
 */
export function toFilePoint(point: Point | undefined, start: Point, valueLines: string[], sourceLines: string[]): Point {
  if (!point) return start;
  const line = start.line + point.line - 1;
  if (point.line === 1) return { line, column: start.column + point.column - 1 };
  const source = sourceLines[line - 1] ?? '';
  const text = valueLines[point.line - 1] ?? '';
  const prefix = source.endsWith(text) ? source.length - text.length : 0;
  return { line, column: prefix + point.column };
}
