/**
 * Pick the report format named on the command line.
 */
import type { VFile } from 'vfile';
import { formatHuman } from '../diagnostics/format-human.ts';
import { formatJson } from '../diagnostics/format-json.ts';
import { formatGithub } from '../diagnostics/format-github.ts';

/**
 * @param files Files with messages.
 * @param format `human`, `json` or `github`.
 * @param color Colour for the human format.
 * @returns Report text.
 */
export function formatReport(files: VFile[], format: string, color: boolean): string {
  if (format === 'json') return formatJson(files);
  if (format === 'github') return formatGithub(files);
  return formatHuman(files, color);
}
