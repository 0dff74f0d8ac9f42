/**
 * The title comes from the frontmatter and is rendered as the page's only `#` heading;
 * sections start at `##`. A `#` in the body would make a second title.
 *
 * ok: `## Causes`
 * not-ok: `# Causes` → error at the heading.
 */
import { visit } from 'unist-util-visit';
import type { Rule } from '../rule.ts';

export const noBodyTitle: Rule = {
  id: 'no-body-title',
  summary: 'No `#` heading in the body: the title comes from the frontmatter; sections are `##`.',
  defaultSeverity: 'error',
  check({ tree, report }) {
    visit(tree, 'heading', (node) => {
      if (node.depth === 1) report('Unexpected `#` heading in the body, expected `##`: the title comes from the frontmatter `title`', node);
    });
  },
};
