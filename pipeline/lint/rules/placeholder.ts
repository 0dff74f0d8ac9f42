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
import { visit } from 'unist-util-visit';
import type { Rule } from '../rule.ts';
import { frontmatterPosition } from '../frontmatter-position.ts';

/** The words that start every placeholder `pressroom new` writes. */
export const PLACEHOLDER = 'Fill this in:';

const reason = (what: string) =>
  `Unexpected placeholder \`${what.length > 60 ? `${what.slice(0, 57)}…` : what}\`, expected your own text; fill this in before publishing`;

export const placeholder: Rule = {
  id: 'placeholder',
  summary: 'No placeholder text from `pressroom new` ("Fill this in: …") is left.',
  defaultSeverity: 'error',
  check({ tree, article, report }) {
    visit(tree, 'text', (node: Text) => {
      const at = node.value.indexOf(PLACEHOLDER);
      if (at >= 0) report(reason(node.value.slice(at).split('\n')[0]), node);
    });
    if (!article) return;
    const walk = (value: unknown, keys: Array<string | number>): void => {
      if (typeof value === 'string') {
        if (value.includes(PLACEHOLDER)) report(reason(value), frontmatterPosition(tree, keys));
      } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...keys, index]));
      else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...keys, key]);
    };
    walk(article, []);
  },
};
