/**
 * Every section its content type requires is present as a `##` heading. A heading matches a
 * section by its name or an alias as a prefix (“Causes of back spasms”), or by what it is
 * about: the section's keywords and word stems (“Things you can do at home” is a treatment
 * section). A matching heading one level too deep (`### Preventing falls` under another
 * section) gets a message that says so. Sections match per language: the built-in types know
 * Spanish headings (“Causas”, “Cuándo buscar atención de emergencia”, “Tratamiento”,
 * “Prevención”), and a config adds others under a section's `languages`. Runs whenever `type` is valid, even when other
 * frontmatter keys have errors.
 *
 * not-ok: a `condition` without a prevention section → error at the end of the file.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { sectionIn, sectionMatches } from '../section-match.ts';
import { translationSource } from '../translation-source.ts';

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
  check({ tree, article, type, config, collection, report, language }) {
    const contentType = type === undefined ? undefined : config.types[type];
    if (!contentType) return;
    const headings: Heading[] = [];
    visit(tree, 'heading', (node: Heading) => {
      headings.push(node);
    });
    // A translation meets the contract through its source when its sections match the source's one to one.
    const source = article && translationSource(article, collection);
    const sections = headings.filter((node) => node.depth === 2).length;
    if (source && source.tree.children.filter((node) => node.type === 'heading' && node.depth === 2).length === sections) return;
    const end = tree.position?.end;
    for (const section of contentType.sections) {
      if (headings.some((node) => node.depth === 2 && sectionMatches(toString(node), section, language))) continue;
      const deeper = headings.find((node) => node.depth > 2 && sectionMatches(toString(node), section, language));
      // Named in the article's language when the type knows the section in it.
      const named = sectionIn(section, language);
      if (deeper) {
        const text = toString(deeper);
        report(
          `Unexpected level-${deeper.depth} heading “${text}” for the required section “${named.heading}”, expected a \`##\` section; write it as \`## ${text}\` (and move it out from under the section above)`,
          deeper,
        );
        continue;
      }
      const aliases = named.aliases.length > 0 ? ` (or ${named.aliases.map((a) => `“${a}”`).join(', ')})` : '';
      report(`Missing required section “${named.heading}”${aliases} for type \`${type}\`; add a \`## ${named.heading}\` heading, or a \`##\` heading about it`, end);
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
