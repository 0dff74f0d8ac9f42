/**
 * A small valid `guide` article for rule examples: the body starts on line 10.
 */

/**
 * Wrap a body in frontmatter.
 *
 * @param body Markdown body.
 * @param extra Frontmatter lines added after `type` (each ending in a newline); they move the body down.
 * @returns The whole article.
 */
export function exampleArticle(body: string, extra = ''): string {
  return `---\ntitle: Knee pain\nsummary: Ways to ease knee pain.\ntype: guide\n${extra}reviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n---\n\n${body}\n`;
}
