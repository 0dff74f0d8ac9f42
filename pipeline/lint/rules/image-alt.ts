/**
 * Every image says what it shows, for readers who cannot see it: screen readers in the web
 * page and the EPUB, and the tagged PDF. An empty or blank description hides the image.
 *
 * ok: `![Stretch: lying on your back, pull one knee to the chest](images/knee-to-chest.png)`
 * not-ok: `![](images/knee-to-chest.png)` → error at the image.
 * not-ok: `![ ][stretch]` → error at the image reference.
 */
import type { Image, ImageReference } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Rule } from '../rule.ts';

export const imageAlt: Rule = {
  id: 'image-alt',
  summary: 'Every image has alt text that describes it.',
  defaultSeverity: 'error',
  check({ tree, report }) {
    visit(tree, (node) => {
      if (node.type !== 'image' && node.type !== 'imageReference') return;
      const image = node as Image | ImageReference;
      if ((image.alt ?? '').trim() !== '') return;
      const example = image.type === 'image' ? `![What the picture shows](${image.url})` : `![What the picture shows][${image.label ?? image.identifier}]`;
      report(`Missing alt text on an image, expected a description of the image for people who cannot see it; write it between the brackets, as in \`${example}\``, image);
    });
  },
};
