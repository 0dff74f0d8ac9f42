/**
 * Every section its content type requires is present as a `##` heading. A heading matches a
 * section by its name or an alias as a prefix (“Causes of back spasms”), or by what it is
 * about: the section's keywords and word stems (“Things you can do at home” is a treatment
 * section). A matching heading one level too deep (`### Preventing falls` under another
 * section) gets a message that says so. Runs whenever `type` is valid, even when other
 * frontmatter keys have errors.
 *
 * not-ok: a `condition` without a prevention section → error at the end of the file.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Rule } from '../rule.ts';
import { sectionMatches } from '../section-match.ts';

const condition = (body: string) => `---
title: Shin splints
summary: Pain along the shin bone after running, and how to ease it.
type: condition
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
sources:
  - title: Shin splints
    url: https://medlineplus.gov/ency/article/000654.htm
---

${body}`;

export const requiredSections: Rule = {
  id: 'required-sections',
  check({ tree, type, config, report }) {
    const contentType = type === undefined ? undefined : config.types[type];
    if (!contentType) return;
    const headings: Heading[] = [];
    visit(tree, 'heading', (node: Heading) => {
      headings.push(node);
    });
    const end = tree.position?.end;
    for (const section of contentType.sections) {
      if (headings.some((node) => node.depth === 2 && sectionMatches(toString(node), section))) continue;
      const deeper = headings.find((node) => node.depth > 2 && sectionMatches(toString(node), section));
      if (deeper) {
        const text = toString(deeper);
        report(
          `Unexpected level-${deeper.depth} heading “${text}” for the required section “${section.heading}”, expected a \`##\` section; write it as \`## ${text}\` (and move it out from under the section above)`,
          deeper,
        );
        continue;
      }
      const aliases = section.aliases.length > 0 ? ` (or ${section.aliases.map((a) => `“${a}”`).join(', ')})` : '';
      report(`Missing required section “${section.heading}”${aliases} for type \`${type}\`; add a \`## ${section.heading}\` heading, or a \`##\` heading about it`, end);
    }
  },
  examples: [
    {
      name: 'sections phrased as writers phrase them',
      markdown: condition(`## Why it happens\n\nRunning on hard ground.\n\n## Get help right away if\n\n:::emergency\nYou cannot stand on the leg.\n:::\n\n## Easing the pain on your own\n\nRest.\n\n## Keeping it from coming back\n\nBuild up slowly.\n`),
      messages: [],
    },
    {
      name: 'a prevention heading one level too deep',
      markdown: condition(`## Causes\n\nRunning on hard ground.\n\n## When to get emergency care\n\n:::emergency\nYou cannot stand on the leg.\n:::\n\n## Treatment\n\nRest.\n\n### Preventing it\n\nBuild up slowly.\n`),
      messages: ['27:1'],
    },
    {
      name: 'a causes heading does not stand in for treatment',
      markdown: condition(`## Causes\n\nRunning on hard ground.\n\n## Emergency\n\n:::emergency\nYou cannot stand on the leg.\n:::\n\n## More causes\n\nFlat feet.\n\n## Prevention\n\nBuild up slowly.\n`),
      messages: ['30:1'],
    },
  ],
};
