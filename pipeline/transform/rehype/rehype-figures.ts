/**
 * An image on its own line with a title becomes a figure with a caption; the title is
 * visible to everyone instead of hidden in a tooltip.
 *
 *     ![Knee-to-chest stretch](images/stretch.png "Hold for 20 seconds")
 *     → <figure><img src alt="Knee-to-chest stretch"><figcaption>Hold for 20 seconds</figcaption></figure>
 *
 * An image inside a sentence stays inline; its title is dropped by the sanitizer.
 */
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Make figures.
 *
 * @returns Transform.
 */
export function rehypeFigures() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      if (content.length !== 1 || content[0].type !== 'element') return;
      const only = content[0];
      const image = only.tagName === 'img' ? only : only.tagName === 'a' ? onlyImage(only) : undefined;
      const title = image?.properties.title;
      if (!image || typeof title !== 'string' || title.trim() === '') return;
      delete image.properties.title;
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: {},
        children: [only, { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] }],
        position: node.position,
      };
      parent.children[index] = figure;
      return SKIP;
    });
  };
}

function onlyImage(link: Element): Element | undefined {
  const content = link.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return content.length === 1 && content[0].type === 'element' && content[0].tagName === 'img' ? content[0] : undefined;
}
