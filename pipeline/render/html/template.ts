/**
 * Page templates (templates/*.html) as hast, filled by tree operations on the elements
 * marked `data-slot="name"`. The markers and the templates' comments are removed from
 * the output.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** The templates folder of this package. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));

const parsed = new Map<string, Root>();

/**
 * A fresh copy of a template.
 *
 * @param name File name in templates/ (`article.html`, `index.html`).
 * @returns The document tree, without comments.
 */
export function loadTemplate(name: string): Root {
  let tree = parsed.get(name);
  if (!tree) {
    tree = fromHtml(readFileSync(new URL(name, `file://${TEMPLATES_DIR}`), 'utf8'));
    removeComments(tree);
    parsed.set(name, tree);
  }
  return structuredClone(tree);
}

interface Found {
  node: Element;
  parent: Root | Element;
  index: number;
}

/**
 * Find a slot.
 *
 * @param tree Template tree.
 * @param name Slot name.
 * @returns The element, its parent and position.
 * @throws When the template has no such slot.
 */
function findSlot(tree: Root, name: string): Found {
  let found: Found | undefined;
  visit(tree, 'element', (node, index, parent) => {
    if (node.properties.dataSlot === name && parent && index !== undefined) {
      found = { node, parent: parent as Root | Element, index };
      return false;
    }
  });
  if (!found) throw new Error(`The page template has no element with data-slot="${name}"`);
  return found;
}

/**
 * Replace a slot's content.
 *
 * @param tree Template tree.
 * @param name Slot name.
 * @param children New content.
 * @returns The slot element.
 */
export function setContent(tree: Root, name: string, children: ElementContent[]): Element {
  const { node } = findSlot(tree, name);
  node.children = children;
  return node;
}

/**
 * Set a slot's text.
 *
 * @param tree Template tree.
 * @param name Slot name.
 * @param text Text.
 * @returns The slot element.
 */
export function setText(tree: Root, name: string, text: string): Element {
  return setContent(tree, name, [{ type: 'text', value: text }]);
}

/**
 * Set attributes of a slot.
 *
 * @param tree Template tree.
 * @param name Slot name.
 * @param properties hast properties to set.
 * @returns The slot element.
 */
export function setProperties(tree: Root, name: string, properties: Element['properties']): Element {
  const { node } = findSlot(tree, name);
  Object.assign(node.properties, properties);
  return node;
}

/**
 * Replace a slot by other nodes, or remove it (no nodes).
 *
 * @param tree Template tree.
 * @param name Slot name.
 * @param nodes Replacement.
 */
export function replaceSlot(tree: Root, name: string, nodes: Array<ElementContent | RootContent>): void {
  const { parent, index } = findSlot(tree, name);
  (parent.children as RootContent[]).splice(index, 1, ...(nodes as RootContent[]));
}

/**
 * Remove the slot markers once the page is filled.
 *
 * @param tree Filled tree.
 */
export function finishTemplate(tree: Root): void {
  visit(tree, 'element', (node) => {
    delete node.properties.dataSlot;
  });
}

function removeComments(tree: Root): void {
  visit(tree, 'comment', (_node, index, parent) => {
    if (!parent || index === undefined) return;
    parent.children.splice(index, 1);
    return index;
  });
}
