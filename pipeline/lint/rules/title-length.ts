/**
 * Titles fit where they are shown: search results, the handout header, the EPUB table of
 * contents and link cards cut long titles off. The limit is `lint.maxTitleLength` (70).
 *
 * ok: `title: Lower back spasms`
 * not-ok: a 90-character title → warning at the `title:` value.
 */
import type { Rule } from '../rule.ts';
import { frontmatterPosition } from '../frontmatter-position.ts';
import { textLength } from '../text-length.ts';

export const titleLength: Rule = {
  id: 'title-length',
  summary: 'The title is at most `lint.maxTitleLength` (70) characters.',
  defaultSeverity: 'warning',
  check({ tree, article, config, report }) {
    if (!article) return;
    const length = textLength(article.title);
    const limit = config.lint.maxTitleLength;
    if (length <= limit) return;
    report(
      `Unexpected title of ${length} characters, expected at most ${limit} so it is not cut off in search results and the table of contents; shorten it and keep the details for the summary`,
      frontmatterPosition(tree, ['title']),
    );
  },
};
