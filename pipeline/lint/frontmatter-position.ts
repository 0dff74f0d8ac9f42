/**
 * Where a frontmatter value is in the file, so a rule about `title`, `summary` or
 * `reviewed.on` can point at the value itself rather than at the whole frontmatter.
 * Uses the YAML parser's own node ranges (never a regex over key names).
 */
import type { Root, Yaml } from 'mdast';
import type { Position } from 'unist';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';

interface ParsedFrontmatter {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

// Several rules ask about the same frontmatter; parse each YAML node once.
const cache = new WeakMap<Yaml, ParsedFrontmatter>();

/**
 * Position of the value at `keyPath` in the frontmatter of `tree`.
 *
 * @param tree Article tree; its first child is the frontmatter (`yaml`) node when there is one.
 * @param keyPath Keys (and list indexes) from the top-level mapping, e.g. `['reviewed', 'on']`.
 * @returns The value's position in the file, or undefined when there is no frontmatter,
 *   it does not parse, or it has no such key.
 */
export function frontmatterPosition(tree: Root, keyPath: readonly (string | number)[]): Position | undefined {
  const node = tree.children[0];
  if (node?.type !== 'yaml' || !node.position) return undefined;
  let parsed = cache.get(node);
  if (!parsed) {
    const lineCounter = new LineCounter();
    parsed = { doc: parseDocument(node.value, { lineCounter }), lineCounter };
    cache.set(node, parsed);
  }
  if (parsed.doc.errors.length > 0) return undefined;
  const value: unknown = parsed.doc.getIn(keyPath, true);
  if (!isNode(value) || !value.range) return undefined;
  // The YAML text starts on the line after the opening `---`, so YAML line 1 is file line `start.line + 1`.
  const lineOffset = node.position.start.line;
  const start = parsed.lineCounter.linePos(value.range[0]);
  const end = parsed.lineCounter.linePos(value.range[1]);
  return {
    start: { line: start.line + lineOffset, column: start.col },
    end: { line: end.line + lineOffset, column: end.col },
  };
}
