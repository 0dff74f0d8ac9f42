/**
 * An article's slug names every output it has (`<slug>.html`, `<slug>.pdf`, a chapter of a
 * book): its frontmatter `slug:` when set, else this, made from the file name.
 */
import path from 'node:path';

/** The web edition's list of articles is `index.html`: no article may take its name. */
export const RESERVED_SLUGS: readonly string[] = ['index'];

/**
 * The slug an article gets from its file name.
 *
 * @param filePath Path of the article.
 * @returns Lowercase words joined by hyphens (empty when the name has no letters or digits).
 */
export function slugFromPath(filePath: string): string {
  return path
    .basename(filePath, path.extname(filePath))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
