/**
 * Resolve a relative link or image path from an article to a file inside the content
 * folder, the only place the renderers copy from. Checks the path as written (no `..`
 * out of the folder), as stored (no symlink out of it) and with the exact letter case,
 * since a web server's file names are case-sensitive even when the writer's laptop is not.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export type LocalTarget =
  /** The path has a `%` that is not followed by two hex digits. */
  | { status: 'malformed' }
  /** The path leads out of the content folder (by `..`, or through a symlink when `viaSymlink`). */
  | { status: 'outside'; viaSymlink: boolean }
  /** Nothing there; `suggestion` is an existing path that differs only in letter case. */
  | { status: 'missing'; relative: string; suggestion: string | undefined }
  | { status: 'folder'; relative: string }
  | { status: 'file'; absolute: string; relative: string };

/**
 * Find what a relative URL path points at.
 *
 * @param urlPath Path part of the URL, percent-encoded (no query or fragment).
 * @param fromFile Absolute path of the article the URL is in.
 * @param contentDir The content folder.
 * @param known Paths that count as files without a look at the disk (the articles of this run,
 *   which may exist only in memory).
 * @returns What is there; `relative` paths are relative to the content folder, with `/`.
 */
export async function resolveLocalPath(urlPath: string, fromFile: string, contentDir: string, known?: (absolute: string) => boolean): Promise<LocalTarget> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 'malformed' };
  }
  const root = path.resolve(contentDir);
  const target = path.resolve(path.dirname(fromFile), decoded);
  if (target !== root && !isInside(root, target)) return { status: 'outside', viaSymlink: false };
  const segments = path.relative(root, target).split(path.sep).filter(Boolean);
  const relative = segments.join('/');
  if (known?.(target)) return { status: 'file', absolute: target, relative };
  const found = await exactSegments(root, segments);
  if (found !== true) return { status: 'missing', relative, suggestion: found };
  const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target).catch(() => undefined)]);
  if (!realTarget) return { status: 'missing', relative, suggestion: undefined };
  if (realTarget !== realRoot && !isInside(realRoot, realTarget)) return { status: 'outside', viaSymlink: true };
  const info = await stat(realTarget);
  if (info.isDirectory()) return { status: 'folder', relative };
  return { status: 'file', absolute: target, relative };
}

/**
 * Whether `target` is strictly inside `root`.
 *
 * @param root Absolute folder.
 * @param target Absolute path.
 * @returns True when inside.
 */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !path.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${path.sep}`);
}

/**
 * Walk the path one folder listing at a time, comparing names exactly.
 *
 * @returns True when every segment exists as written; else the path with the case corrected
 *   when that exists, else undefined.
 */
async function exactSegments(root: string, segments: string[]): Promise<true | string | undefined> {
  let current = root;
  const corrected: string[] = [];
  let exact = true;
  for (const segment of segments) {
    const names = await readdir(current).catch(() => undefined);
    if (!names) return undefined;
    let name = names.includes(segment) ? segment : undefined;
    if (name === undefined) {
      name = names.find((candidate) => candidate.toLowerCase() === segment.toLowerCase());
      if (name === undefined) return undefined;
      exact = false;
    }
    corrected.push(name);
    current = path.join(current, name);
  }
  return exact ? true : corrected.join('/');
}
