/**
 * A call to action (`:::cta`) ends with the clinic's contact block, which comes from `clinic`
 * in pressroom.yaml. Without it there is nothing to call: every format refuses to render the
 * article, so lint says so first, at the block.
 *
 * ok: `:::cta` with `clinic:` (name, phone, url, address) in pressroom.yaml.
 * not-ok: `:::cta` without `clinic:` → error at the block.
 */
import { visit } from 'unist-util-visit';
import type { Rule } from '../rule.ts';

export const ctaContact: Rule = {
  id: 'cta-contact',
  summary: 'A `:::cta` block has the clinic’s contact details to show: `clinic` is set in pressroom.yaml.',
  defaultSeverity: 'error',
  check({ tree, config, report }) {
    if (config.clinic) return;
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'cta') return;
      report('Unexpected `:::cta` without clinic details, expected a `clinic` (name, phone, url, address) in pressroom.yaml; add it so the contact block can be shown', node);
    });
  },
};
