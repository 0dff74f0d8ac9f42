/**
 * The title comes from the frontmatter and is rendered as the page's only `#` heading;
 * sections start at `##`. A `#` in the body would make a second title.
 *
 * ok: `## Causes`
 * not-ok: `# Causes` → error at the heading.
 */
import { visit } from '../walk.ts';
import type { Rule } from '../rule.ts';

export const noBodyTitle: Rule = {
  id: 'no-body-title',
  check({ tree, report }) {
    visit(tree, 'heading', (node) => {
      if (node.depth === 1) report('Unexpected `#` heading in the body, expected `##`: the title comes from the frontmatter `title`', node);
    });
  },
  examples: [
    {
      name: 'ok: sections start at ##',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Rest

Rest for a day.
`,
      messages: [],
    },
    {
      name: 'not-ok: a # heading in the body',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

# Rest

Rest for a day.
`,
      messages: ['10:1'],
    },
  ],
};
