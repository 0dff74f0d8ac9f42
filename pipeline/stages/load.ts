/**
 * Paths → VFiles. Expands folders to their `*.md` files (any letter case) and reads each one, refusing
 * what cannot be an article (too large, binary, not UTF-8, empty) with a message on that file only.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { MAX_FILE_BYTES } from '../content/markdown.ts';
import { isInside } from '../content/local-path.ts';
import { report, type MessageId } from '../diagnostics/report-message.ts';
import '../types.ts';


export interface LoadResult {
  files: VFile[];
  /** Problems with the paths themselves (missing path, folder without articles): usage errors. */
  usageErrors: string[];
}

/**
 * Expand and read the given paths.
 *
 * @param paths Files or folders.
 * @param cwd Working directory (file paths in messages are relative to it).
 * @param contentDir The content folder, inside which every article must resolve.
 * @returns The files, each either readable or stopped with a message, and usage errors.
 */
export async function loadArticles(paths: string[], cwd: string, contentDir?: string): Promise<LoadResult> {
  const usageErrors: string[] = [];
  const found = new Set<string>();
  // Files must resolve (after symbolic links) inside a folder given, or the content folder; a file
  // given by path is no root of its own, so a link given directly is refused as the folder form refuses it.
  const roots: string[] = contentDir ? [contentDir] : [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      usageErrors.push(`${given}: no such file or folder; check the path`);
    } else if (info.isDirectory()) {
      roots.push(absolute);
      const articles = await findArticles(absolute);
      if (articles.length === 0) usageErrors.push(`${given}: no articles (*.md files) in this folder`);
      for (const article of articles) found.add(article);
    } else {
      roots.push(path.dirname(absolute));
      found.add(absolute);
    }
  }
  const files = await Promise.all([...found].sort().map((absolute) => readArticle(absolute, cwd, roots)));
  return { files: await nameUndecodable(files, cwd), usageErrors };
}

/**
 * A file whose name is not UTF-8 cannot be opened by its decoded name: say that, with the name
 * escaped, instead of calling it a broken link.
 */
async function nameUndecodable(files: VFile[], cwd: string): Promise<VFile[]> {
  const folders = new Set(files.filter((file) => path.basename(file.path).includes('\uFFFD')).map((file) => path.dirname(path.resolve(cwd, file.path))));
  if (folders.size === 0) return files;
  const kept = files.filter((file) => !path.basename(file.path).includes('\uFFFD'));
  for (const folder of folders) {
    for (const name of await undecodableNames(folder)) {
      const file = new VFile({ path: path.relative(cwd, path.join(folder, name)) || name, cwd });
      report(file, 'error', 'File name is not valid UTF-8, so pressroom cannot name the article or link to it; rename the file (letters, digits and hyphens, ending in `.md`)', 'file-name');
      file.data.stopped = true;
      kept.push(file);
    }
  }
  return kept.sort((a, b) => a.path.localeCompare(b.path));
}

/** Articles are `.md` files in any letter case (`UPPER.MD` too); `.markdown` is named and refused. */
const ARTICLE = /\.md$/i;
const OTHER_MARKDOWN = /\.(markdown|mdown|mkd|mkdn)$/i;

async function findArticles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    // Symbolic links are listed too: readArticle refuses those that lead outside the folder.
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && (ARTICLE.test(entry.name) || OTHER_MARKDOWN.test(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(dir, file).split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules'))
    .filter((file) => !/^readme\.[a-z]+$/i.test(path.basename(file)));
}

/**
 * The names in a folder that are not UTF-8 and look like articles. Node decodes such a name with
 * U+FFFD in place of the bad bytes, so the decoded path names no file: read the raw bytes.
 *
 * @param dir A folder that holds a name with U+FFFD.
 * @returns Each such name, escaped for display (`caf\xe9.md`).
 */
async function undecodableNames(dir: string): Promise<string[]> {
  const names = await readdir(dir, { encoding: 'buffer' }).catch(() => [] as Buffer[]);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return names
    .filter((name) => {
      try {
        decoder.decode(name);
        return false;
      } catch {
        return true;
      }
    })
    .map((name) => [...name].map((byte) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`)).join(''))
    .filter((name) => ARTICLE.test(name) || OTHER_MARKDOWN.test(name));
}

async function readArticle(absolute: string, cwd: string, roots: string[]): Promise<VFile> {
  const file = new VFile({ path: path.relative(cwd, absolute) || absolute, cwd });
  const stop = (reason: string, ruleId: MessageId, place?: { line: number; column: number }) => {
    report(file, 'error', reason, ruleId, place);
    file.data.stopped = true;
    return file;
  };
  if (OTHER_MARKDOWN.test(absolute)) {
    return stop(`Unexpected extension \`${path.extname(absolute)}\`, expected \`.md\`; rename the file to \`${path.basename(absolute, path.extname(absolute))}.md\` so every tool and link treats it as an article`, 'file-name');
  }
  let buffer: Buffer;
  try {
    // A link inside the content folder must not smuggle in a file from elsewhere (/etc/passwd.md).
    const real = await realpath(absolute);
    const realRoots = await Promise.all(roots.map((root) => realpath(root).catch(() => root)));
    if (!realRoots.some((root) => real === root || isInside(root, real))) {
      return stop('File is a symbolic link to a file outside the content folder; pressroom does not follow it. Copy the article into the folder instead', 'file-outside');
    }
    const info = await stat(absolute);
    if (!info.isFile()) return stop('Path is not a regular file; give a Markdown file or a folder', 'file-unreadable');
    if (info.size > MAX_FILE_BYTES) {
      return stop(`File is too large (${Math.round(info.size / 1024)} KiB, the limit is ${MAX_FILE_BYTES / 1024} KiB); split it into several articles`, 'file-too-large');
    }
    buffer = await readFile(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return stop('File cannot be found: it is a symbolic link whose target is missing, or it was just removed; fix or remove the link', 'file-unreadable');
    }
    return stop('File cannot be read; check its permissions', 'file-unreadable');
  }
  // UTF-16 text is full of zero bytes, but it is an article saved in the wrong encoding, not a binary file.
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    return stop('File is UTF-16 text, not UTF-8; save it as UTF-8 text', 'file-encoding');
  }
  if (buffer.subarray(0, 8000).includes(0)) {
    return stop('File is binary, not a Markdown article; remove it from the content folder or give it another extension', 'file-encoding');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return stop('File is not valid UTF-8; save it as UTF-8 text', 'file-encoding', firstInvalidByte(buffer));
  }
  file.value = text;
  if (text.trim() === '') return stop('File is empty; an article needs frontmatter (title, summary, type, reviewed) and a body', 'file-empty');
  return file;
}

/** Line and column of the first byte sequence that is not UTF-8, so the writer can find it. */
function firstInvalidByte(buffer: Buffer): { line: number; column: number } {
  const decoded = new TextDecoder('utf-8').decode(buffer);
  const index = decoded.search(/\uFFFD/);
  const before = decoded.slice(0, Math.max(index, 0)).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
