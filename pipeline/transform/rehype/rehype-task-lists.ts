/**
 * GFM task lists without form controls: the checkbox becomes a drawn box with a text
 * alternative ("Done" / "Not done"). Forms are not published in any format, so a real
 * `<input>` would be the one form control the sanitizer had to allow.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { PageWords } from '../../languages/interface-words.ts';
import { hasClass } from './class-names.ts';

/**
 * Replace task-list checkboxes.
 *
 * @param text Interface words.
 * @returns Transform.
 */
export function rehypeTaskLists(text: PageWords) {
  return (tree: Root): void => {
    visit(tree, 'element', (item) => {
      if (item.tagName !== 'li' || !hasClass(item, 'task-list-item')) return;
      // The checkbox is the item's first child, or the first child of its first paragraph.
      const first = item.children.find((child) => child.type === 'element');
      const holder = first?.tagName === 'p' ? first : item;
      const index = holder.children.findIndex((child) => child.type === 'element' && child.tagName === 'input');
      if (index === -1) return;
      const input = holder.children[index] as Element;
      const checked = Boolean(input.properties.checked);
      const box: ElementContent = {
        type: 'element',
        tagName: 'span',
        properties: { className: checked ? ['task-box', 'task-box-checked'] : ['task-box'], role: 'img', ariaLabel: checked ? text.taskDone : text.taskOpen },
        children: [],
      };
      holder.children[index] = box;
    });
  };
}
