/**
 * Pick the report format named on the command line (`lint --format`, `build --report`).
 */
import type { VFile } from 'vfile';
import { formatHuman } from '../diagnostics/format-human.ts';
import { formatJson } from '../diagnostics/format-json.ts';
import { formatGithub } from '../diagnostics/format-github.ts';
import type { ReportOptions } from '../diagnostics/report-options.ts';
import { formatSarif } from '../diagnostics/format-sarif.ts';
import { catalogue, messageIds } from '../diagnostics/catalogue.ts';

/**
 * @param files Files checked.
 * @param format `human`, `json`, `github` or `sarif`.
 * @param options Colour (human), verbosity, and the directory SARIF paths are relative to.
 * @param outputs For `json` from `build`: the files written for each input file.
 * @returns Report text.
 */
export function formatReport(files: VFile[], format: string, options: ReportOptions, outputs?: (file: VFile) => string[] | undefined): string {
  if (format === 'json') return formatJson(files, options, outputs);
  if (format === 'github') return formatGithub(files, options);
  if (format === 'sarif') {
    // Every id of the catalogue, with its summary, default severity and README section.
    const rules = messageIds.map((id) => {
      const spec = catalogue[id];
      return { id, summary: spec.summary, defaultSeverity: spec.severity === 'graded' ? ('warning' as const) : spec.severity, anchor: spec.section.slice(1) };
    });
    return formatSarif(files, rules, options.cwd);
  }
  return formatHuman(files, options);
}
