/**
 * `pressroom lint --fix` and `--fix-dry-run`: apply the fixes of the messages that survived
 * the control comments, one file at a time, writing each changed file atomically (a temporary
 * file beside it, then a rename), or print the changes as a unified diff. A file whose
 * frontmatter has a YAML syntax error, or that could not be read, is never touched.
 */
import { rename, stat, writeFile, chmod, rm } from 'node:fs/promises';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { VFile } from 'vfile';
import { applyFixes } from '../lint/fixes.ts';

interface FixedFile {
  /** Path relative to the working directory. */
  path: string;
  /** Fixes applied, by rule id. */
  counts: Record<string, number>;
}

export interface FixResult {
  fixed: FixedFile[];
  /** Unified diff of every change (for the dry run). */
  diff: string;
  /** Files left alone, with the reason. */
  skipped: Array<{ path: string; reason: string }>;
}

/**
 * Write a file atomically: readers see the old or the new text, never half of it.
 *
 * @param file Path.
 * @param text New content.
 */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.pressroom-${process.pid}.tmp`);
  const { mode } = await stat(file);
  try {
    await writeFile(temporary, text, 'utf8');
    await chmod(temporary, mode);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Apply or preview the fixes of linted files.
 *
 * @param files Linted files.
 * @param options `dryRun` prints a diff instead of writing; `cwd` for relative paths.
 * @returns What was (or would be) fixed, the diff, and skipped files.
 */
export async function fixFiles(files: VFile[], options: { dryRun: boolean; cwd: string }): Promise<FixResult> {
  const result: FixResult = { fixed: [], diff: '', skipped: [] };
  for (const file of files) {
    const absolute = path.resolve(file.cwd, file.path);
    const relative = path.relative(options.cwd, absolute).split(path.sep).join('/');
    const { text, applied } = applyFixes(file);
    if (applied.length === 0) continue;
    if (file.data.stopped || file.messages.some((message) => message.ruleId === 'frontmatter-syntax')) {
      result.skipped.push({ path: relative, reason: 'its frontmatter has a YAML syntax error; fix that first' });
      continue;
    }
    const counts: Record<string, number> = {};
    for (const message of applied) counts[message.ruleId ?? 'other'] = (counts[message.ruleId ?? 'other'] ?? 0) + 1;
    if (options.dryRun) result.diff += createTwoFilesPatch(`a/${relative}`, `b/${relative}`, String(file.value), text, undefined, undefined, { context: 2 });
    else await writeAtomically(absolute, text);
    result.fixed.push({ path: relative, counts });
  }
  return result;
}

/**
 * One line per fixed file: `fixed 3 problems in a.md (typography 2, repeated-word 1)`.
 *
 * @param result Result of `fixFiles`.
 * @param dryRun Whether nothing was written.
 * @returns Text for stderr.
 */
export function describeFixes(result: FixResult, dryRun: boolean): string {
  const lines = result.fixed.map(({ path: file, counts }) => {
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const rules = Object.entries(counts).map(([id, count]) => `${id} ${count}`).join(', ');
    return `pressroom: ${dryRun ? 'would fix' : 'fixed'} ${total} problem${total === 1 ? '' : 's'} in ${file} (${rules})`;
  });
  for (const { path: file, reason } of result.skipped) lines.push(`pressroom: not fixing ${file}: ${reason}`);
  if (lines.length === 0) lines.push('pressroom: nothing to fix');
  return lines.join('\n') + '\n';
}
