/**
 * A failed render never deletes the previous good output. When an article (or a book) fails to
 * render, whatever it had from the last good build stays in place, is claimed for this build (so
 * pruning keeps it) and is reported stale on the file: the exit code still says the build failed,
 * and the warning says which file is out of date and why.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report-message.ts';
import '../types.ts';

/** What keepStale needs of the build. */
export interface StaleContext {
  cwd: string;
  own(file: string): void;
}

/**
 * Keep the previous outputs of a file whose render failed in this build.
 *
 * @param file The article or book whose render failed (its error is already on it).
 * @param format The format rendered (`pdf`, `html`, `epub`); keys `format` and `format-*` count.
 * @param previous The file's outputs recorded by the last good build, by output key.
 * @param context Working directory (for the names in the warning) and `own`.
 * @param reported Outputs already reported stale in this build (a book shared by its chapters is reported once, on the first file).
 * @returns Whether any output was kept.
 */
export async function keepStale(file: VFile, format: string, previous: Record<string, string> | undefined, context: StaleContext, reported = new Set<string>()): Promise<boolean> {
  let kept = false;
  for (const [key, output] of Object.entries(previous ?? {})) {
    if (key !== format && !key.startsWith(`${format}-`)) continue;
    if (file.data.outputs?.[key]) continue;
    const found = await stat(output).catch(() => undefined);
    if (!found?.isFile()) continue;
    context.own(output);
    // Pages that link this output (the web edition links handouts) keep linking the kept file.
    file.data.outputs = { ...file.data.outputs, [key]: output };
    kept = true;
    if (reported.has(output)) continue;
    reported.add(output);
    const name = path.relative(context.cwd, output) || output;
    report(
      file,
      'warning',
      `The \`${name}\` of an earlier build is kept, but it is stale: this build could not make it again (see the error on this file), so it shows the content as it was then. Fix the error and build again; delete the file if the old version must not be handed out`,
      'stale-output',
    );
  }
  return kept;
}
