/**
 * The files the config names are content-folder files like any other: the logo and each book's
 * cover must resolve, after symbolic links, to an image file inside the content folder (the
 * web edition would otherwise publish any file the config points at, such as `../secret.txt`).
 * A refusal is a `config-path` message at the YAML line of the key. (The clinic's word list has
 * a fixed name; `load.ts` does not read one that leads out.)
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { checkLocalImage } from '../content/image-file.ts';
import { isInside } from '../content/local-path.ts';
import { report } from '../diagnostics/report-message.ts';
import { yamlPlace } from '../yaml/yaml-place.ts';
import type { ParsedYaml } from '../yaml/parse-yaml.ts';
import type { Config } from './schema.ts';

/**
 * Check every path of the config.
 *
 * @param config The validated config (paths as written, relative to the content folder).
 * @param contentDir The content folder (the config file's folder).
 * @param yaml The config's YAML document, for positions.
 * @param file The config file; refusals go on it.
 * @returns Whether every path is acceptable.
 */
export async function confinePaths(config: Config, contentDir: string, yaml: ParsedYaml, file: VFile): Promise<boolean> {
  let ok = true;
  const refuse = (reason: string, at: Array<string | number>) => {
    report(file, 'error', reason, 'config-path', yamlPlace(yaml, at));
    ok = false;
  };
  if (config.clinic?.logo) {
    const checked = await checkLocalImage(path.resolve(contentDir, config.clinic.logo), contentDir);
    if (!checked.ok) refuse(`${checked.reason.replace(/^Unexpected image/, 'Unexpected logo').replace(/^Cannot find the image/, 'Cannot find the logo')}; fix \`clinic.logo\` (relative to pressroom.yaml)`, ['clinic', 'logo']);
  }
  // Covers are checked with the same rule by lint/check-books.ts (they refuse their book, not the config);
  // here only what would leave the folder, so that nothing outside it is ever read.
  for (const [index, book] of config.books.entries()) {
    if (!book.cover) continue;
    const outside = await leavesFolder(path.resolve(contentDir, book.cover), contentDir);
    if (outside) refuse(`Unexpected cover \`${book.cover}\` out of the content folder${outside === 'symlink' ? ' (through a symbolic link)' : ''}, expected an image inside it; copy the image into the content folder`, ['books', index, 'cover']);
  }
  return ok;
}

/**
 * Whether a path leaves the folder, as written (`..`, absolute) or through a symbolic link.
 *
 * @returns `'path'`, `'symlink'`, or undefined when it stays inside (or does not exist yet).
 */
async function leavesFolder(absolute: string, contentDir: string): Promise<'path' | 'symlink' | undefined> {
  if (!isInside(path.resolve(contentDir), absolute)) return 'path';
  const [root, target] = await Promise.all([realpath(contentDir).catch(() => contentDir), realpath(absolute).catch(() => undefined)]);
  return target && !isInside(root, target) ? 'symlink' : undefined;
}
