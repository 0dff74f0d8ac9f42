/**
 * A call to action (`:::cta`) ends with the clinic's contact block, which comes from `clinic`
 * in pressroom.yaml. Without it there is nothing to call: every format refuses to render the
 * article, so lint says so first, at the block.
 *
 * ok: `:::cta` with `clinic:` (name, phone, url, address) in pressroom.yaml.
 * not-ok: `:::cta` without `clinic:` → error at the block.
 */
import { visit } from '../walk.ts';
import type { Rule } from '../rule.ts';

export const ctaContact: Rule = {
  id: 'cta-contact',
  check({ tree, config, report }) {
    if (config.clinic) return;
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'cta') return;
      report('Unexpected `:::cta` without clinic details, expected a `clinic` (name, phone, url, address) in pressroom.yaml; add it so the contact block can be shown', node);
    });
  },
  examples: [
    {
      name: 'ok: a call to action with the clinic in pressroom.yaml',
      markdown: `---
title: Booking a visit
summary: How to book a visit with the clinic.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

:::cta
Book a visit if the pain lasts more than a week.
:::
`,
      config: { clinic: { name: 'Willow Creek Physical Therapy', phone: '+1 555-0100', url: 'https://willowcreek.example.org/', address: '12 Alder Lane, Millbrook' } },
      messages: [],
    },
    {
      name: 'not-ok: a call to action without clinic details',
      markdown: `---
title: Booking a visit
summary: How to book a visit with the clinic.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

:::cta
Book a visit if the pain lasts more than a week.
:::
`,
      messages: ['10:1'],
    },
  ],
};
