/**
 * Images ship with the content: a relative path to a file inside the content folder, in a
 * format every renderer shows (PNG, JPEG, GIF, WebP, SVG). Remote images break the offline
 * PDF and EPUB and tell a third party who reads which health topic; `data:` URLs hide the
 * image from review; absolute paths and paths out of the content folder (by `..` or a
 * symbolic link) are not published. Image references are checked through their definition.
 *
 * ok: `![Knee-to-chest stretch](images/knee-to-chest.png)`
 * not-ok: `![Spine](https://cdn.example.org/spine.png)` → error at the image.
 * not-ok: `![Spine](../../private/spine.png)` → error at the image.
 * not-ok: `![Scan](images/scan.tiff)` → error at the image: unsupported type.
 * not-ok: `![Chart](images/chart.svg)` where the SVG has a `<script>` → error at the image.
 */
import path from 'node:path';
import type { Rule } from '../rule.ts';
import { imageUrls } from '../link-nodes.ts';
import { resolveLocalPath } from '../../content/local-path.ts';
import { showUrl, urlKind } from '../../content/url-kind.ts';
import { IMAGE_EXTENSIONS, IMAGE_TYPE_NAMES } from '../../content/media-types.ts';
import { checkLocalImage } from '../../content/image-file.ts';
import { rawImages } from '../raw-images.ts';


const inside = 'expected a relative path to an image file inside the content folder';

export const imageSource: Rule = {
  id: 'image-source',
  async check({ file, tree, config, report }) {
    const self = path.resolve(file.cwd, file.path);
    for (const { node, url } of imageUrls(tree)) {
      const kind = urlKind(url);
      const shown = showUrl(url);
      if (kind.kind === 'empty') {
        report(`Missing image source, ${inside}, such as \`images/stretch.png\``, node);
        continue;
      }
      if (kind.kind === 'network-path' || (kind.kind === 'scheme' && (kind.scheme === 'http' || kind.scheme === 'https'))) {
        report(`Unexpected remote image \`${shown}\`, ${inside}; download it (with permission to use it) into the content folder: remote images are missing from offline PDFs and EPUBs and tell another site who reads this page`, node);
        continue;
      }
      if (kind.kind === 'scheme' && kind.scheme === 'data') {
        report(`Unexpected \`data:\` image \`${shown}\`, ${inside}; save the image as a file so reviewers can see it and every format can use it`, node);
        continue;
      }
      if (kind.kind === 'scheme') {
        report(`Unexpected \`${kind.scheme}:\` image source \`${shown}\`, ${inside}`, node);
        continue;
      }
      if (kind.kind === 'absolute-path') {
        report(`Unexpected absolute image path \`${shown}\`, ${inside}, written from this article’s folder`, node);
        continue;
      }
      if (kind.path === '') {
        report(`Missing image file in \`${shown}\`, ${inside}, such as \`images/stretch.png\``, node);
        continue;
      }
      const target = await resolveLocalPath(kind.path, self, config.contentDir);
      switch (target.status) {
        case 'malformed':
          report(`Unexpected malformed percent-encoding in image source \`${shown}\`, expected \`%\` followed by two hex digits (a space is \`%20\`)`, node);
          continue;
        case 'outside':
          report(`Unexpected image \`${shown}\` out of the content folder${target.viaSymlink ? ' (through a symbolic link)' : ''}, ${inside}; copy the image into the content folder, since only that folder is published`, node);
          continue;
        case 'missing':
          report(`Cannot find the image \`${target.relative}\` (\`${shown}\`) in the content folder${target.suggestion ? `; did you mean \`${target.suggestion}\`? File names are case-sensitive` : '; fix the path or add the file'}`, node);
          continue;
        case 'folder':
          report(`Unexpected folder \`${target.relative || '.'}\` as image source (\`${shown}\`), expected an image file`, node);
          continue;
        case 'file': {
          const extension = path.extname(target.relative).toLowerCase();
          if (!IMAGE_EXTENSIONS.includes(extension)) {
            const type = extension ? `\`${extension}\` file` : 'file without an extension';
            report(`Unexpected image type: \`${target.relative}\` is a ${type}, expected ${IMAGE_TYPE_NAMES} (${IMAGE_EXTENSIONS.join(', ')}); convert it to one of these`, node);
            continue;
          }
          // What every renderer checks before it publishes the file: real type, no active SVG content.
          const checked = await checkLocalImage(target.absolute, config.contentDir);
          if (!checked.ok) report(checked.reason, node);
        }
      }
    }
    // Raw `<img>` elements: the renderers publish those whose file is in the folder, so the same file check applies.
    for (const image of rawImages(tree, file)) {
      const kind = image.src === undefined ? undefined : urlKind(image.src);
      if (kind?.kind !== 'relative' || kind.path === '' || !IMAGE_EXTENSIONS.includes(path.extname(kind.path).toLowerCase())) continue;
      const target = await resolveLocalPath(kind.path, self, config.contentDir);
      if (target.status !== 'file') continue;
      const checked = await checkLocalImage(target.absolute, config.contentDir);
      if (!checked.ok) report(checked.reason, image.place);
    }
  },
  examples: [
    {
      name: 'ok: an image inside the content folder',
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
      name: 'not-ok: a remote image',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

![A plastic model of the lower spine](https://cdn.example.org/spine.png)
`,
      messages: ['10:1'],
    },
    {
      name: 'not-ok: an image type readers cannot show',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

![A scan of the lower spine](images/spine.tiff)
`,
      messages: ['10:1'],
    },
    {
      name: 'not-ok: an SVG that runs a script',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

![A chart of the stretches](images/active.svg)
`,
      messages: ['10:1'],
    },
  ],
};
