/**
 * GFM tables for small screens and valid HTML: each table sits in a labelled, focusable
 * region that scrolls sideways on its own (so the page never does, and keyboard users can
 * scroll it), and column alignment becomes a class instead of the obsolete `align` attribute.
 */
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import type { PageWords } from '../../languages/interface-words.ts';

/**
 * Wrap tables and replace `align`.
 *
 * @param text Interface words (the region's name).
 * @returns Transform.
 */
export function rehypeTables(text: PageWords) {
  return (tree: Root): void => {
    let count = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count += 1;
      visit(node, 'element', (cell) => {
        if (cell.tagName !== 'td' && cell.tagName !== 'th') return;
        const value = cell.properties.align;
        delete cell.properties.align;
        if (value === 'left' || value === 'center' || value === 'right') cell.properties.className = [`align-${value}`];
      });
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', ariaLabel: text.table(count), tabIndex: 0 },
        children: [node],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}
