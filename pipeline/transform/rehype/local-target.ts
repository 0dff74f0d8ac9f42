/**
 * Where a relative URL in an article points on disk, if that is inside the content folder:
 * the only place the renderers publish from. Lint (internal-link, image-source) explains
 * what is wrong with the others; the renderers only refuse them.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../../content/local-path.ts';

/**
 * Resolve a percent-encoded relative path from an article to an existing file in the content folder.
 *
 * @param urlPath Path part of a relative URL.
 * @param article Absolute path of the article.
 * @param contentDir The content folder.
 * @returns The absolute path, or undefined when it is malformed, outside, or not a file.
 */
export function localFile(urlPath: string, article: string, contentDir: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const root = path.resolve(contentDir);
  const target = path.resolve(path.dirname(article), decoded);
  if (!isInside(root, target)) return undefined;
  try {
    // Also refuse a symbolic link that leads out of the folder.
    if (!isInside(realpathSync(root), realpathSync(target))) return undefined;
    return statSync(target).isFile() ? target : undefined;
  } catch {
    return undefined;
  }
}
