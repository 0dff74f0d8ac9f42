/**
 * Every section its content type requires is present as a `##` heading. A heading matches
 * a section when its text starts with the section's heading or one of its aliases
 * (case-insensitive), so "Causes of back spasms" satisfies "Causes".
 *
 * not-ok: a `condition` without a "Prevention" section → error at the last line of the file.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Rule } from '../rule.ts';

/**
 * Whether a heading's text matches a section name.
 *
 * @param text Heading text.
 * @param name Section heading or alias.
 * @returns True on a match.
 */
function headingMatches(text: string, name: string): boolean {
  const normalize = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const heading = normalize(text);
  const wanted = normalize(name);
  return heading === wanted || heading.startsWith(`${wanted} `);
}

export const requiredSections: Rule = {
  id: 'required-sections',
  check({ tree, article, config, report }) {
    if (!article) return;
    const type = config.types[article.type];
    if (!type) return;
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 2).map((node) => toString(node));
    const end = tree.position?.end;
    for (const section of type.sections) {
      const names = [section.heading, ...section.aliases];
      if (headings.some((text) => names.some((name) => headingMatches(text, name)))) continue;
      const aliases = section.aliases.length > 0 ? ` (or ${section.aliases.map((a) => `“${a}”`).join(', ')})` : '';
      report(`Missing required section “${section.heading}”${aliases} for type \`${article.type}\`; add a \`## ${section.heading}\` heading`, end);
    }
  },
  examples: [
    {
      name: 'ok: a condition with every section',
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
      name: 'not-ok: a condition without Prevention',
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
`,
      messages: ['28:1'],
    },
  ],
};
