/**
 * `pressroom new` writes articles with placeholder text ("Fill this in: …") where the writer's own
 * words go. An article that still has one is not finished: the placeholder is an error, so it
 * cannot be published by mistake.
 *
 * ok: `## Causes` followed by the writer's own paragraph.
 * not-ok: `Fill this in: what causes it.` → error at the text.
 * not-ok: `summary: "Fill this in: one or two plain sentences."` → error at the value.
 */
import type { Text } from 'mdast';
import { visit } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { frontmatterPosition } from '../frontmatter-position.ts';

/** The words that start every placeholder `pressroom new` writes. */
export const PLACEHOLDER = 'Fill this in:';

const reason = (what: string) =>
  `Unexpected placeholder \`${what.length > 60 ? `${what.slice(0, 57)}…` : what}\`, expected your own text; fill this in before publishing`;

export const placeholder: Rule = {
  id: 'placeholder',
  check({ tree, article, report }) {
    // Frontmatter first: the report reads top to bottom.
    if (article) {
      const walk = (value: unknown, keys: Array<string | number>): void => {
        if (typeof value === 'string') {
          if (value.includes(PLACEHOLDER)) report(reason(value), frontmatterPosition(tree, keys));
        } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...keys, index]));
        else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...keys, key]);
      };
      walk(article, []);
    }
    visit(tree, 'text', (node: Text) => {
      const at = node.value.indexOf(PLACEHOLDER);
      if (at >= 0) report(reason(node.value.slice(at).split('\n')[0]), node);
    });
  },
  examples: [
    {
      name: 'ok: the writer’s own words',
      markdown: `---
title: Lower back spasms
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for a day.
`,
      messages: [],
    },
    {
      name: 'not-ok: placeholders left in the summary and the body',
      markdown: `---
title: Lower back spasms
summary: "Fill this in: one or two plain sentences."
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Fill this in: an opening paragraph.
`,
      messages: ['3:10', '10:1'],
    },
  ],
};
