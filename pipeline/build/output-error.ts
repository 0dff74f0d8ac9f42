/**
 * File-system failures of the output folder, in words a user can act on instead of "internal
 * error … please report": a full disk, a read-only or forbidden folder, a file where a folder
 * should be.
 */

/** A build that could not write its outputs; the message says what to do. */
export class OutputError extends Error {}

/**
 * Describe a file-system error met while writing outputs.
 *
 * @param error What was thrown.
 * @param outDir The output folder (for the message).
 * @returns An OutputError for known causes, else undefined (a real bug).
 */
export function outputError(error: unknown, outDir: string): OutputError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = (error as NodeJS.ErrnoException | undefined)?.path ?? outDir;
  const kept = 'outputs of earlier builds that could not be replaced were kept';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputError(`The disk holding ${outDir} is full (writing ${where}); free some space and build again (${kept})`);
    case 'EROFS':
      return new OutputError(`Cannot write ${where}: the output folder is on a read-only file system; build into another folder with --out`);
    case 'EACCES':
    case 'EPERM':
      return new OutputError(`Cannot write ${where}: permission denied; give this user write access to ${outDir}, or build into another folder with --out`);
    case 'ENOTDIR':
    case 'EEXIST':
    case 'EISDIR':
      return new OutputError(`Cannot write ${where}: a file stands where pressroom needs a folder (or the reverse) in ${outDir}; remove it, or build into another folder with --out`);
    default:
      return undefined;
  }
}
