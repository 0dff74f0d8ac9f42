/**
 * Where a book's setting is written in pressroom.yaml, so that a problem with a book (a chapter
 * that cannot be rendered, a cover that is missing) points at the line to fix.
 */
import { readFile } from 'node:fs/promises';
import type { Position } from 'unist';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface ConfigText {
  text: string;
  /** Position of the YAML node at a path (`['books', 0, 'chapters', 2]`), if it is there. */
  place(path: ReadonlyArray<string | number>): Position | undefined;
}

/**
 * Read and parse the config for positions.
 *
 * @param configPath Absolute path of pressroom.yaml.
 * @returns Its text and a position finder, or undefined when it cannot be read.
 */
export async function readConfigText(configPath: string): Promise<ConfigText | undefined> {
  const text = await readFile(configPath, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  return {
    text,
    place(path) {
      let node: unknown = doc.contents;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
          node = pair?.value;
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key];
        } else {
          return undefined;
        }
      }
      const range = (node as YamlNode | undefined)?.range;
      if (!range) return undefined;
      const start = lineCounter.linePos(range[0]);
      const end = lineCounter.linePos(range[1]);
      return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
    },
  };
}
