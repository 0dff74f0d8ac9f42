/**
 * The article frontmatter: the only definition of an article's shape.
 * The schema depends on the config (content types, default language), so it is built per config.
 */
import { z } from 'zod';
import { languageTag } from '../config/schema.ts';
import type { ResolvedConfig } from '../config/resolve.ts';

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const source = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'Expected an absolute http(s) URL' }),
  accessed: z.iso.date().optional(),
});

/**
 * Build the frontmatter schema for a config.
 *
 * @param config Resolved config (content types and defaults).
 * @returns The schema.
 */
export function articleSchema(config: ResolvedConfig) {
  const types = Object.keys(config.types) as [string, ...string[]];
  return z
    .strictObject({
      title: z.string().trim().min(1),
      summary: z.string().trim().min(1),
      type: z.enum(types),
      language: languageTag.default(config.defaults.language),
      reviewed: z.strictObject({
        by: z
          .string()
          .trim()
          .regex(/^[^,]+,\s*\S.*$/, 'Expected the reviewer with credentials, such as `Dana Whitfield, DPT`'),
        on: z.iso.date('Expected a date written YYYY-MM-DD'),
      }),
      sources: z.array(source).default([]),
      tags: z.array(z.string().trim().min(1)).default([]),
      slug: z.string().regex(SLUG_PATTERN, 'Expected lowercase words joined by hyphens, such as `lower-back-spasms`').optional(),
      // Earlier slugs of this article: each old address gets a page that redirects here (README: The web edition).
      formerSlugs: z.array(z.string().regex(SLUG_PATTERN, 'Expected lowercase words joined by hyphens, such as `lower-back-spasms`')).default([]),
      handout: z.strictObject({ maxPages: z.number().int().min(1).max(20).default(2), paper: z.enum(['letter', 'a4']).optional() }).prefault({}),
      draft: z.boolean().default(false),
    })
    .superRefine((article, context) => {
      if (config.types[article.type]?.sources && article.sources.length === 0) {
        context.addIssue({ code: 'custom', path: ['sources'], message: `Articles of type \`${article.type}\` need at least one source` });
      }
    });
}

/** Frontmatter after validation, with the slug always set. */
export type Article = z.output<ReturnType<typeof articleSchema>> & { slug: string };
