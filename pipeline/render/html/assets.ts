/**
 * Files published beside the pages under content-hashed names (`assets/<name>.<hash8>.<ext>`):
 * a changed image gets a new URL, an unchanged one keeps its URL and its bytes on disk.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ASSETS_DIR = 'assets';

export class AssetStore {
  /** Bytes by path relative to the web edition's folder. */
  readonly files = new Map<string, Uint8Array>();
  private readonly byAbsolute = new Map<string, string>();

  /**
   * Publish bytes under a hashed name.
   *
   * @param name File name as the reader may see it (`knee-to-chest.png`).
   * @param bytes Contents.
   * @returns URL relative to the pages (`assets/knee-to-chest.1a2b3c4d.png`).
   */
  addBytes(name: string, bytes: Uint8Array): string {
    const extension = path.extname(name).toLowerCase();
    const stem = safeStem(path.basename(name, path.extname(name)));
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
    const relative = `${ASSETS_DIR}/${stem}.${hash}${extension}`;
    this.files.set(relative, bytes);
    return relative;
  }

  /**
   * Publish a file from disk (read once per build, however often it is used).
   *
   * @param absolute Absolute path.
   * @returns URL relative to the pages.
   */
  addFile(absolute: string): string {
    const known = this.byAbsolute.get(absolute);
    if (known) return known;
    const url = this.addBytes(path.basename(absolute), readFileSync(absolute));
    this.byAbsolute.set(absolute, url);
    return url;
  }
}

/** Lowercase letters, digits and hyphens: safe in any URL and on any file system. */
function safeStem(stem: string): string {
  return (
    stem
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'file'
  );
}
