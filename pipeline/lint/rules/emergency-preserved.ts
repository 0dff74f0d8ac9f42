/**
 * The red-flag guarantee, checked before anything is built: the article is rendered for every
 * format and each `:::emergency` item must be visible inside the rendered emergency box
 * (transform/emergency-preserved.ts). Whatever moved, hid or dropped a red flag, the article is
 * refused at the item that went missing. Other rules (directive-fence, raw-html) name the
 * causes they can see; this one is the guarantee.
 *
 * not-ok: `:::emergency` holding `> :::note` … `> :::` before the list → the list items fall
 * out of the box: error at each item.
 */
import { VFile } from 'vfile';
import type { Rule } from '../rule.ts';
import { OUTPUT_FORMATS } from '../../formats.ts';
import { EMERGENCY_LOSS_ID, transformArticle } from '../../transform/transform.ts';
import '../../types.ts';

export const emergencyPreserved: Rule = {
  id: 'emergency-preserved',
  check({ file, tree, article, config, report }) {
    const source = String(file.value ?? '');
    if (!/:{3,}\s*emergency|callout-emergency/.test(source)) return;
    const reported = new Set<string>();
    for (const format of OUTPUT_FORMATS) {
      // A scratch file: the transform's own messages (images, links) belong to other rules.
      const scratch = new VFile({ path: file.path, cwd: file.cwd, value: file.value });
      scratch.data = { ...file.data, tree, article };
      transformArticle(scratch, config, {
        format,
        articleHref: (slug) => `${slug}.html`,
        articleAt: () => ({ slug: 'article', published: true }),
        imageSrc: () => 'image.png',
        fileHref: () => 'file',
      });
      // The transform checks its own result (transform/emergency-preserved.ts) and reports each loss.
      for (const loss of scratch.messages.filter((message) => message.ruleId === EMERGENCY_LOSS_ID)) {
        const key = `${loss.line}:${loss.column}:${loss.reason}`;
        if (reported.has(key)) continue;
        reported.add(key);
        report(loss.reason, loss.place);
      }
    }
  },
  examples: [
    {
      name: 'ok: every red flag in the box',
      markdown: `---
title: Back spasms
summary: When back spasms need emergency care.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

:::emergency
Call for help right away if you have:

- loss of bladder control
- numbness in your legs
:::
`,
      messages: [],
    },
    {
      name: 'not-ok: a red flag hidden by a class',
      markdown: `---
title: Back spasms
summary: When back spasms need emergency care.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

:::emergency
- loss of bladder control
- <span class="visually-hidden">numbness in your legs</span>
:::
`,
      messages: ['12:3'],
    },
    {
      name: 'not-ok: an unclosed comment swallows the list',
      markdown: `---
title: Back spasms
summary: When back spasms need emergency care.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

:::emergency
Call for help right away if you have:

<!-- check with Dana
- loss of bladder control
:::
`,
      messages: ['13:1'],
    },
  ],
};
