/**
 * Pick the report format named on the command line (`lint --format`, `build --report`).
 */
import type { VFile } from 'vfile';
import { formatHuman } from '../diagnostics/format-human.ts';
import { formatJson } from '../diagnostics/format-json.ts';
import { formatGithub } from '../diagnostics/format-github.ts';
import type { ReportOptions } from '../diagnostics/report-options.ts';

/**
 * @param files Files checked.
 * @param format `human`, `json` or `github`.
 * @param options Colour (human) and verbosity.
 * @param outputs For `json` from `build`: the files written for each input file.
 * @returns Report text.
 */
export function formatReport(files: VFile[], format: string, options: ReportOptions, outputs?: (file: VFile) => string[] | undefined): string {
  if (format === 'json') return formatJson(files, options, outputs);
  if (format === 'github') return formatGithub(files, options);
  return formatHuman(files, options);
}
