/**
 * The build's one work folder, `<outDir>/.pressroom-work/`: every temporary file of a build (an
 * output before its rename, the handout pages Chromium prints, the e-book cover page) lives
 * there and nowhere else. It sits in the output folder, so a rename from it is atomic (same file
 * system), but outside the published folders (`html/`, `pdf/`, `epub/`), so a build killed with
 * SIGKILL leaves no debris in what is deployed, and no page naming this machine's paths. The
 * build that holds the output lock empties it when it starts (what a killed build left, with the
 * lint cache's and lock's own temporary files beside it) and removes it when it ends.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

export const WORK_NAME = '.pressroom-work';

/** Output folders whose build holds its work folder, in this process. */
const open = new Set<string>();
let counter = 0;

/**
 * The work folder of an output folder.
 *
 * @param outDir Absolute output folder.
 * @returns Absolute path of its work folder.
 */
export function workFolder(outDir: string): string {
  return path.join(outDir, WORK_NAME);
}

/**
 * Empty and create the work folder; call with the output lock held.
 *
 * @param outDir Absolute output folder.
 * @returns A function that removes the folder again (call it in `finally`).
 */
export async function openWorkFolder(outDir: string): Promise<() => Promise<void>> {
  const dir = workFolder(outDir);
  await rm(dir, { recursive: true, force: true });
  // The build's own files beside it (lint cache, lock) are written through `<name>.<pid>.tmp` in
  // the output folder itself: a killed build may have left one.
  for (const name of await readdir(outDir).catch(() => [])) {
    if (/^\.pressroom.*\.\d+\.tmp$/.test(name)) await rm(path.join(outDir, name), { force: true });
  }
  await mkdir(dir, { recursive: true });
  open.add(outDir);
  return async () => {
    open.delete(outDir);
    await rm(dir, { recursive: true, force: true });
  };
}

/**
 * A fresh temporary name for an output about to be written: in its build's work folder when the
 * output lies in an output folder being built, else beside it (a dot file, for writes outside a build).
 *
 * @param target Absolute path of the output.
 * @returns Absolute path of the temporary file (its folder exists when it is the work folder).
 */
export function temporaryName(target: string): string {
  counter += 1;
  const name = `${process.pid}-${counter}-${path.basename(target)}.tmp`;
  for (const outDir of open) {
    if (target.startsWith(outDir + path.sep)) return path.join(workFolder(outDir), name);
  }
  return path.join(path.dirname(target), `.${name}`);
}
