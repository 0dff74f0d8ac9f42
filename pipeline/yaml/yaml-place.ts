/**
 * Where a value sits in a YAML document parsed by parseYaml: the position of the node at a
 * path of keys and indexes (`['books', 0, 'chapters', 2]`), so that any stage can put a
 * message on the line a writer must change.
 */
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Position } from 'unist';
import type { ParsedYaml } from './parse-yaml.ts';

/**
 * Position of the value at a path (of the key when the value is empty).
 *
 * @param yaml Parsed YAML with its line counter.
 * @param path Keys and indexes from the document's root.
 * @returns The position in the file, or undefined when nothing is there.
 */
export function yamlPlace(yaml: ParsedYaml, path: readonly PropertyKey[]): Position | undefined {
  return rangeOf(yaml, findValue(yaml, path));
}

/**
 * The node at a path.
 *
 * @param yaml Parsed YAML.
 * @param path Keys and indexes.
 * @returns The node (the key of a `key:` without value), or undefined.
 */
export function findValue(yaml: ParsedYaml, path: readonly PropertyKey[]): YamlNode | undefined {
  let node: unknown = yaml.doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) return undefined;
      // `key:` with nothing after it is a present key with a null value; point at the key.
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else {
      return undefined;
    }
  }
  return (node ?? undefined) as YamlNode | undefined;
}

/**
 * A node's position in the file.
 *
 * @param yaml Parsed YAML.
 * @param node A node of its document.
 * @returns The position, or undefined.
 */
export function rangeOf(yaml: ParsedYaml, node: YamlNode | undefined | null): Position | undefined {
  const range = node?.range;
  if (!range) return undefined;
  const start = yaml.lineCounter.linePos(range[0]);
  const end = yaml.lineCounter.linePos(range[1]);
  return {
    start: { line: start.line + yaml.lineOffset, column: start.col },
    end: { line: end.line + yaml.lineOffset, column: end.col },
  };
}
