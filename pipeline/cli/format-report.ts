/**
 * Pick the report format named on the command line.
 */
import type { VFile } from 'vfile';
import { formatHuman } from '../diagnostics/format-human.ts';
import { formatJson } from '../diagnostics/format-json.ts';
import { formatGithub } from '../diagnostics/format-github.ts';
import { formatSarif } from '../diagnostics/format-sarif.ts';
import { preset, stageRuleIds } from '../lint/preset.ts';

/**
 * @param files Files with messages.
 * @param format `human`, `json`, `github` or `sarif`.
 * @param color Colour for the human format.
 * @param cwd Directory that SARIF paths are relative to.
 * @returns Report text.
 */
export function formatReport(files: VFile[], format: string, color: boolean, cwd?: string): string {
  if (format === 'json') return formatJson(files);
  if (format === 'github') return formatGithub(files);
  if (format === 'sarif') {
    const rules = [
      ...preset.map((rule) => ({ id: rule.id, summary: rule.summary, defaultSeverity: rule.defaultSeverity, anchor: rule.id })),
      ...stageRuleIds.map((id) => ({ id, summary: 'Files, frontmatter and config that pressroom cannot read or that break the content contract.', defaultSeverity: 'error' as const, anchor: 'lint-rules' })),
    ];
    return formatSarif(files, rules, cwd);
  }
  return formatHuman(files, color);
}
