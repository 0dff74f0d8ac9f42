/**
 * Write output files atomically, and only when their bytes change, so a failed build never
 * leaves half a file and an unchanged build touches nothing. The bytes go to a temporary name in
 * the build's work folder first, then are renamed into place.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { temporaryName } from './work-folder.ts';

/**
 * Write `data` to `target` unless it already holds exactly those bytes.
 *
 * @param target Absolute path.
 * @param data Contents.
 * @returns Whether the file was written.
 */
export async function writeIfChanged(target: string, data: string | Uint8Array): Promise<boolean> {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const current = await readFile(target).catch(() => undefined);
  if (current && current.equals(bytes)) return false;
  await mkdir(path.dirname(target), { recursive: true });
  // In the build's work folder (build/work-folder.ts): a killed build leaves nothing beside its outputs.
  const temporary = temporaryName(target);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return true;
}
