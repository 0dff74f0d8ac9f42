/**
 * Run one stage on one file so that anything it throws becomes a message on that file
 * (as unified-engine does) and the other files carry on.
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report-message.ts';
import '../types.ts';

/**
 * @param file The file being processed.
 * @param stage Name of the stage, for the message.
 * @param work The stage's work on this file.
 */
export async function guard(file: VFile, stage: string, work: () => void | Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const message = report(
      file,
      'error',
      `Cannot ${stage} this file: ${(error as Error).message}; fix the file or report this to the pressroom maintainers`,
      'internal-error',
    );
    message.cause = error;
    file.data.stopped = true;
  }
}
