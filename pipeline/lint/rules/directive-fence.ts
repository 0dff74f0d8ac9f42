/**
 * Every `:::` line opens or closes a block. A fence that does neither means Markdown read the
 * blocks differently than the writer meant, and content moved silently, the worst case being red
 * flags pushed out of `:::emergency`:
 *
 * - a block inside another with the same number of colons closes the outer block early
 *   (the outer one needs more: `::::emergency` … `:::tip` … `:::` … `::::`);
 * - a raw HTML block (`<div>` with no blank line after it, an unclosed `<!--`) swallows the
 *   directive lines after it, and the sanitizer then drops them.
 *
 * ok: `::::emergency` / `:::tip` / `:::` / `::::`
 * not-ok: `:::emergency` / `:::tip` / `:::` / `:::` → error at the last `:::`.
 * not-ok: `<div>` directly followed by `:::emergency` → error at `:::emergency`.
 */
import type { Nodes } from 'mdast';
import type { Point } from 'unist';
import { visit } from '../walk.ts';
import type { Rule } from '../rule.ts';

// A fence at any depth: behind block-quote markers, list markers, any indentation or tabs.
// Lines that are really code are skipped by position (code nodes), not by indentation.
const fence = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(:{3,})[ \t]*([\w-]*)/;

export const directiveFence: Rule = {
  id: 'directive-fence',
  check({ file, tree, report }) {
    const fenceLines = new Set<number>();
    const literalLines = new Set<number>();
    // Line → start line of the raw HTML block that holds it (one message per swallowing block).
    const htmlLines = new Map<number, number>();
    const reportedHtml = new Set<number>();
    visit(tree, (node: Nodes) => {
      const start = node.position?.start.line;
      const end = node.position?.end.line;
      if (start === undefined || end === undefined) return;
      if (node.type === 'containerDirective') {
        fenceLines.add(start);
        fenceLines.add(end);

      } else if (node.type === 'code' || node.type === 'yaml') {
        for (let line = start; line <= end; line++) literalLines.add(line);
      } else if (node.type === 'html') {
        for (let line = start; line <= end; line++) htmlLines.set(line, start);
      }
    });
    const lines = String(file.value).split(/\r?\n/);
    lines.forEach((text, index) => {
      const line = index + 1;
      const match = fence.exec(text);
      if (!match || fenceLines.has(line) || literalLines.has(line)) return;
      const place: Point = { line, column: text.indexOf(':') + 1 };
      const written = `\`${match[1]}${match[2]}\``;
      const html = htmlLines.get(line);
      if (html !== undefined) {
        if (reportedHtml.has(html)) return;
        reportedHtml.add(html);
        report(
          `Unexpected ${written} inside a raw HTML block: the HTML swallows it and everything up to the next blank line, and the renderer drops it; put a blank line after the HTML, or close the HTML element before the block`,
          place,
        );
      } else if (match[2] === '') {
        report(
          `Unexpected ${written} that closes no block: a block inside another closed the outer one early, so the text after it moved out; give the outer block more colons (\`::::emergency\` … \`::::\`)`,
          place,
        );
      }
    });
  },
  examples: [
    {
      name: 'ok: the outer block has more colons',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

::::emergency
Call for help if your legs go numb.

:::tip
Keep your phone near you.
:::

Do not drive.
::::
`,
      messages: [],
    },
    {
      name: 'not-ok: an inner block closes the outer one early',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

:::emergency
Call for help if your legs go numb.

:::tip
Keep your phone near you.
:::

Do not drive.
:::
`,
      messages: ['18:1'],
    },
  ],
};
