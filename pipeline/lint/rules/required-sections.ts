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
import { translationSource } from '../translation-source.ts';

/**
 * Whether a heading's text matches a section name.
 *
 * @param text Heading text.
 * @param name Section heading or alias.
 * @returns True on a match.
 */
export function headingMatches(text: string, name: string): boolean {
  const normalize = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const heading = normalize(text);
  const wanted = normalize(name);
  return heading === wanted || heading.startsWith(`${wanted} `);
}

export const requiredSections: Rule = {
  id: 'required-sections',
  summary: 'Articles have the `##` sections their content type requires (heading text or an alias).',
  defaultSeverity: 'error',
  check({ tree, article, config, collection, report }) {
    if (!article) return;
    const type = config.types[article.type];
    if (!type) return;
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 2).map((node) => toString(node));
    // A translation meets the contract through its source when its sections match the source's one to one.
    const source = translationSource(article, collection);
    if (source && source.tree.children.filter((node) => node.type === 'heading' && node.depth === 2).length === headings.length) return;
    const end = tree.position?.end;
    for (const section of type.sections) {
      const names = [section.heading, ...section.aliases];
      if (headings.some((text) => names.some((name) => headingMatches(text, name)))) continue;
      const aliases = section.aliases.length > 0 ? ` (or ${section.aliases.map((a) => `“${a}”`).join(', ')})` : '';
      report(`Missing required section “${section.heading}”${aliases} for type \`${article.type}\`; add a \`## ${section.heading}\` heading`, end);
    }
  },
};
