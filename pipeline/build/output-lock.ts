/**
 * One build at a time per output folder. Two builds writing one folder deleted each other's
 * print pages and handouts, and both claimed success; now the second is refused with a clear
 * message. The lock is a file holding the owner's process id, created exclusively; a lock left
 * by a process that no longer runs (killed, crashed) is taken over.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const LOCK_NAME = '.pressroom.lock';

/** Thrown when another live build holds the folder. */
export class OutputLocked extends Error {}

/** A held lock. */
export interface OutputLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take the output folder's lock (creating the folder).
 *
 * @param outDir Absolute output folder.
 * @returns The lock, to release in `finally`.
 * @throws OutputLocked when another running build holds it; file-system errors as they come.
 */
export async function lockOutput(outDir: string): Promise<OutputLock> {
  await mkdir(outDir, { recursive: true });
  const lock = path.join(outDir, LOCK_NAME);
  const mine = `${process.pid}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lock, mine, { flag: 'wx' });
      return { release: () => releaseIfMine(lock, mine) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      throw new OutputLocked(
        `Another pressroom build (process ${owner}) is writing to ${outDir}; wait for it to finish, or build into another folder with --out`,
      );
    }
    // A stale lock: replace it atomically, then check that we won a race with another taker.
    const temporary = `${lock}.${process.pid}.tmp`;
    await writeFile(temporary, mine);
    await rename(temporary, lock);
    if ((await readFile(lock, 'utf8').catch(() => '')) === mine) return { release: () => releaseIfMine(lock, mine) };
  }
  throw new OutputLocked(`Cannot take the lock of ${outDir}: other builds keep taking it; build again when they are done`);
}

async function releaseIfMine(lock: string, mine: string): Promise<void> {
  if ((await readFile(lock, 'utf8').catch(() => '')) === mine) await rm(lock, { force: true });
}
