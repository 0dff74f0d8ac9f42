/**
 * The text of a new article for `pressroom new`: valid frontmatter (today's date, the config's
 * default language) and the required sections of its type, with placeholder text where the
 * writer's words go. Every placeholder starts with "Fill this in:", which the `placeholder` lint
 * rule reports as an error, so an unfinished article cannot be published; the rest lints clean.
 */
import { stringify } from 'yaml';
import type { ResolvedConfig } from '../config/resolve.ts';
import { PLACEHOLDER } from '../lint/rules/placeholder.ts';

/**
 * @param config Resolved config (types, default language).
 * @param type A content type of the config.
 * @param date Today, YYYY-MM-DD.
 * @param title The title, or undefined for a placeholder.
 * @returns The Markdown file's text.
 */
export function newArticle(config: ResolvedConfig, type: string, date: string, title?: string): string {
  const spec = config.types[type]!;
  const frontmatter: Record<string, unknown> = {
    title: title ?? `${PLACEHOLDER} a short title in plain words`,
    summary: `${PLACEHOLDER} one or two plain sentences on what this article covers.`,
    type,
    language: config.defaults.language,
    reviewed: { by: `${PLACEHOLDER} the reviewer, with credentials`, on: date },
  };
  if (spec.sources) frontmatter.sources = [{ title: `${PLACEHOLDER} the title of a trusted source`, url: 'https://medlineplus.gov/', accessed: date }];
  const body = [`${PLACEHOLDER} an opening paragraph on who this is for.`];
  for (const section of spec.sections) {
    body.push(`## ${section.heading}`);
    // The red flags come first under their heading, where a reader looks for them.
    if (spec.emergency && /emergency/i.test(section.heading)) {
      body.push(`:::emergency\n${PLACEHOLDER} the signs that need emergency care, one per line.\n:::`);
    }
    body.push(`${PLACEHOLDER} what to say under this heading.`);
  }
  if (spec.emergency && !spec.sections.some((section) => /emergency/i.test(section.heading))) {
    body.push('## When to get emergency care', `:::emergency\n${PLACEHOLDER} the signs that need emergency care, one per line.\n:::`);
  }
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
}
