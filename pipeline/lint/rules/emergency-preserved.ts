/**
 * The red-flag guarantee, checked before anything is built: the article is rendered for every
 * format and each `:::emergency` item must be visible inside the rendered emergency box
 * (transform/emergency-preserved.ts). Whatever moved, hid or dropped a red flag, the article is
 * refused at the item that went missing. Other rules (directive-fence, raw-html) name the
 * causes they can see; this one is the guarantee.
 *
 * Formats that render the red flags alike are transformed once (`formatsToCheck`): most
 * articles need one transform, not one per format.
 *
 * not-ok: `:::emergency` holding `> :::note` … `> :::` before the list → the list items fall
 * out of the box: error at each item.
 */
import type { Nodes, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { VFile } from 'vfile';
import type { Rule } from '../rule.ts';
import { OUTPUT_FORMATS, onlySelects, type OutputFormat } from '../../formats.ts';
import { parseFormats } from '../../content/directives.ts';
import { EMERGENCY_LOSS_ID, transformArticle } from '../../transform/transform.ts';
import '../../types.ts';

export const emergencyPreserved: Rule = {
  id: 'emergency-preserved',
  check({ file, tree, article, config, report }) {
    const source = String(file.value ?? '');
    if (!/:{3,}\s*emergency|callout-emergency/.test(source)) return;
    const reported = new Set<string>();
    for (const format of formatsToCheck(tree)) {
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

/**
 * One format for each distinct rendering of the article's red flags.
 *
 * The format reaches the transform in one place only, the `:::only` handler
 * (transform/directives/only.ts), and lint passes every format the same URLs. So formats
 * that select the same `:::only` blocks render the same body. Without raw HTML the
 * handlers are compositional (each block renders on its own; nothing re-parses its
 * neighbours), so an `:::only` block that neither holds nor sits in an `:::emergency` block
 * cannot change any box: only the blocks that touch a box set formats apart. With raw HTML,
 * which one HTML parser run reads across the whole body, every `:::only` block counts.
 *
 * @param tree Article tree.
 * @returns Formats in registry order, the first of each group of formats that render alike.
 */
export function formatsToCheck(tree: Root): readonly OutputFormat[] {
  const onlyBlocks: Array<{ node: ContainerDirective; touchesBox: boolean }> = [];
  let rawHtml = false;
  const walk = (node: Nodes, inBox: boolean): boolean => {
    if (node.type === 'html') rawHtml = true;
    const box = node.type === 'containerDirective' && node.name === 'emergency';
    let holdsBox = false;
    if ('children' in node) for (const child of node.children) holdsBox = walk(child, inBox || box) || holdsBox;
    // The handler table is keyed by exact name (content/directives.ts `isDirectiveName`).
    if (node.type === 'containerDirective' && node.name === 'only') onlyBlocks.push({ node, touchesBox: inBox || holdsBox });
    return box || holdsBox;
  };
  walk(tree, false);
  const counted = rawHtml ? onlyBlocks : onlyBlocks.filter((block) => block.touchesBox);
  const seen = new Set<string>();
  return OUTPUT_FORMATS.filter((format) => {
    const signature = counted.map(({ node }) => (onlySelects(parseFormats(node.attributes?.format), format) ? '1' : '0')).join('');
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
}
