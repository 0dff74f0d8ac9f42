/**
 * Content types that require it must warn about red-flag symptoms in an `:::emergency`
 * block, which every format renders so it cannot be missed. Also flags an empty block (text
 * in HTML comments is not shown) and a block inside `:::only`, which some formats would lose.
 *
 * not-ok: a `condition` without `:::emergency` → error at the end of the file.
 * not-ok: `:::emergency` inside `:::only{format="html"}` → error at the `:::emergency`.
 */
import type { Nodes } from 'mdast';
import { visit, visitParents } from '../walk.ts';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Rule } from '../rule.ts';
import { parseFormats } from '../../content/directives.ts';
import { FORMATS, OUTPUT_FORMATS, onlySelects } from '../../formats.ts';

/**
 * The text a block shows readers: raw HTML counts by its text, not its tags or comments
 * (a block holding only `<!-- TODO -->` renders empty).
 *
 * @param node Any mdast node.
 * @returns Its text.
 */
function shownText(node: Nodes): string {
  let text = toString(node, { includeHtml: false });
  visit(node, 'html', (html) => {
    text += html.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<[^>]*>/g, '');
  });
  return text;
}

export const emergencyBlock: Rule = {
  id: 'emergency-block',
  check({ tree, type, config, report }) {
    const blocks: ContainerDirective[] = [];
    visitParents(tree, 'containerDirective', (node: ContainerDirective, ancestors) => {
      if (node.name !== 'emergency') return;
      blocks.push(node);
      // Inside `:::only`, the red flags would be missing from the other editions.
      const only = ancestors.filter((parent): parent is ContainerDirective => parent.type === 'containerDirective' && parent.name === 'only');
      const lost = OUTPUT_FORMATS.filter((format) => only.some((parent) => !onlySelects(parseFormats(parent.attributes?.format), format)));
      if (lost.length > 0) {
        const editions = lost.map((format) => FORMATS[format].edition).join(' and ');
        report(`Unexpected \`:::emergency\` inside \`:::only\`: the ${editions} would lose these red-flag symptoms; move the block out of \`:::only\``, node);
      }
    });
    for (const block of blocks) {
      const body = block.children.filter((child) => !(child.type === 'paragraph' && child.data?.directiveLabel));
      if (body.every((child) => shownText(child).trim() === '')) {
        report('Unexpected empty `:::emergency` block, expected the red-flag symptoms that need urgent care', block);
      }
    }
    if (type === undefined || !config.types[type]?.emergency || blocks.length > 0) return;
    report(`Missing \`:::emergency\` block: articles of type \`${type}\` must list the red-flag symptoms that need emergency care`, tree.position?.end);
  },
  examples: [
    {
      name: 'ok: a condition with an :::emergency block',
      markdown: `---
title: Back spasms
summary: What causes back spasms and how to ease them.
type: condition
sources:
  - title: "MedlinePlus: Back pain"
    url: https://medlineplus.gov/backpain.html
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Causes

Rest for a day or two.

## When to get emergency care

Rest for a day or two.

:::emergency
Call for help right away if you lose control of your bladder.
:::

## What you can do

Rest for a day or two.

## Prevention

Rest for a day or two.
`,
      messages: [],
    },
    {
      name: 'not-ok: a condition without an :::emergency block',
      markdown: `---
title: Back spasms
summary: What causes back spasms and how to ease them.
type: condition
sources:
  - title: "MedlinePlus: Back pain"
    url: https://medlineplus.gov/backpain.html
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Causes

Rest for a day or two.

## When to get emergency care

Rest for a day or two.

## What you can do

Rest for a day or two.

## Prevention

Rest for a day or two.
`,
      messages: ['28:1'],
    },
  ],
};
