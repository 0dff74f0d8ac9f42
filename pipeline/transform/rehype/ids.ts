/**
 * The ids in a tree.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Collect every `id`.
 *
 * @param tree Tree.
 * @returns The ids.
 */
export function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  return ids;
}

/**
 * The first id of the form `base`, `base-2`, `base-3`… not in `taken`, which it is added to.
 *
 * @param base Wanted id.
 * @param taken Ids in use.
 * @returns A free id.
 */
export function freeId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
