/**
 * Directive attributes are the ones each directive accepts, and `:::only{format=…}` names
 * real formats, so content meant for print is not silently shown or lost.
 *
 * ok: `:::only{format="pdf"}`
 * not-ok: `:::only{format="paper"}` → error; `:::only` without `format` → error; `:::tip{color=red}` → error.
 */
import { visit } from '../walk.ts';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Rule } from '../rule.ts';
import { DIRECTIVES, isDirectiveName, parseFormats } from '../../content/directives.ts';
import { ONLY_NAMES } from '../../formats.ts';

export const directiveAttributes: Rule = {
  id: 'directive-attributes',
  check({ tree, report }) {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (!isDirectiveName(node.name)) return;
      const spec: { attributes: readonly string[] } = DIRECTIVES[node.name];
      const attributes = node.attributes ?? {};
      for (const name of Object.keys(attributes)) {
        if (!spec.attributes.includes(name)) {
          const accepted = spec.attributes.map((a) => `\`${a}\``).join(', ') || 'none';
          report(`Unexpected attribute \`${name}\` on \`:::${node.name}\`, expected ${accepted}`, node);
        }
      }
      if (node.name !== 'only') return;
      const formats = parseFormats(attributes.format);
      if (formats.length === 0) {
        report('Missing `format` on `:::only`, expected for example `:::only{format="pdf"}`', node);
      }
      for (const format of formats) {
        if (!ONLY_NAMES.includes(format)) {
          report(`Unexpected format \`${format}\` in \`:::only\`, expected ${ONLY_NAMES.map((f) => `\`${f}\``).join(', ')}`, node);
        }
      }
    });
  },
  examples: [
    {
      name: 'ok: :::only with a format',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

:::only{format="pdf"}
Print this page.
:::
`,
      messages: [],
    },
    {
      name: 'not-ok: a format that does not exist',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

:::only{format="paper"}
Print this page.
:::
`,
      messages: ['10:1'],
    },
    {
      name: 'not-ok: an attribute :::tip does not take',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

:::tip{color=red}
Use heat first.
:::
`,
      messages: ['10:1'],
    },
  ],
};
