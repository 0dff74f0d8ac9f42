/**
 * Every image says what it shows, for readers who cannot see it: screen readers in the web
 * page and the EPUB, and the tagged PDF. An empty or blank description hides the image.
 *
 * ok: `![Stretch: lying on your back, pull one knee to the chest](images/knee-to-chest.png)`
 * not-ok: `![](images/knee-to-chest.png)` → error at the image.
 * not-ok: `![ ][stretch]` → error at the image reference.
 * not-ok: `<img src="images/knee.png">` (raw HTML, which the renderers keep when the file is in
 * the content folder) → error at the `<img`.
 */
import path from 'node:path';
import type { Image, ImageReference } from 'mdast';
import { visit } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { rawImages } from '../raw-images.ts';
import { resolveLocalPath } from '../../content/local-path.ts';
import { urlKind } from '../../content/url-kind.ts';

export const imageAlt: Rule = {
  id: 'image-alt',
  async check({ tree, file, config, report }) {
    visit(tree, (node) => {
      if (node.type !== 'image' && node.type !== 'imageReference') return;
      const image = node as Image | ImageReference;
      if ((image.alt ?? '').trim() !== '') return;
      const example = image.type === 'image' ? `![What the picture shows](${image.url})` : `![What the picture shows][${image.label ?? image.identifier}]`;
      report(`Missing alt text on an image, expected a description of the image for people who cannot see it; write it between the brackets, as in \`${example}\``, image);
    });
    // Raw `<img>` elements are published too when their file is in the content folder (the
    // renderers drop the others, which raw-html reports).
    const self = path.resolve(file.cwd, file.path);
    for (const image of rawImages(tree, file)) {
      if ((image.alt ?? '').trim() !== '') continue;
      const kind = urlKind(image.src ?? '');
      if (kind.kind !== 'relative' || kind.path === '' || (await resolveLocalPath(kind.path, self, config.contentDir)).status !== 'file') continue;
      const example = `<img src="${image.src ?? 'images/stretch.png'}" alt="What the picture shows">`;
      report(`Missing alt text on an image, expected a description of the image for people who cannot see it; write it in the \`alt\` attribute, as in \`${example}\``, image.place);
    }
  },
  examples: [
    {
      name: 'ok: the image is described',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

![A plastic model of the lower spine](images/spine.jpg)
`,
      messages: [],
    },
    {
      name: 'not-ok: no alt text',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

![](images/spine.jpg)
`,
      messages: ['10:1'],
    },
  ],
};
