/**
 * Heading levels go down one at a time, so the outline in the PDF bookmarks, the EPUB
 * navigation and screen readers has no holes. Wraps remark-lint-heading-increment and adds
 * the frontmatter title as the implicit `#` before the first heading.
 *
 * ok: `## Causes` then `### Strains`
 * not-ok: `## Causes` then `#### Strains` → error at the `####` heading.
 * not-ok: a first heading `### Causes` → error (the title is `#`, so sections start at `##`).
 */
import type { Heading } from 'mdast';
import remarkLintHeadingIncrement from 'remark-lint-heading-increment';
import type { Rule } from '../rule.ts';
import { runPlugin } from '../run-plugin.ts';

export const headingIncrement: Rule = {
  id: 'heading-increment',
  async check({ tree, file, report }) {
    const first = tree.children.find((node): node is Heading => node.type === 'heading');
    if (first && first.depth > 2) {
      report(`Unexpected first heading level ${first.depth}, expected \`##\`: the title is the page's \`#\``, first);
    }
    for (const message of await runPlugin(remarkLintHeadingIncrement, undefined, tree, file)) {
      const [, found, wanted] = /rank `(\d)`.*rank `(\d)`/.exec(message.reason) ?? [];
      const detail = found ? `level ${found} after level ${Number(wanted) - 1}, expected level ${wanted} (${'#'.repeat(Number(wanted))})` : 'heading level';
      report(`Unexpected ${detail}; headings go down one level at a time`, message.place);
    }
  },
  examples: [
    {
      name: 'ok: ## then ###',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Causes

You may have lifted too much.

### Strains

A strain is a pulled muscle.
`,
      messages: [],
    },
    {
      name: 'not-ok: ## then ####',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Causes

You may have lifted too much.

#### Strains

A strain is a pulled muscle.
`,
      messages: ['14:1'],
    },
    {
      name: 'not-ok: the first section is ###',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

### Causes

You may have lifted too much.
`,
      messages: ['10:1'],
    },
  ],
};
