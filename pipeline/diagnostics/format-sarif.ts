/**
 * SARIF 2.1.0 (the Static Analysis Results Interchange Format), for GitHub code scanning:
 * one run whose tool lists every rule (id, summary, default level, help pointing at the README
 * section), and one result per message with its region. Paths are relative to the working
 * directory, which in CI is the repository root that code scanning resolves them against.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { VFile } from 'vfile';
import { preset, stageRuleIds } from '../lint/preset.ts';
import { severityOf, type MessageSeverity } from './report-message.ts';
import { sortedMessages } from './sorted-messages.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; homepage?: string };

const LEVEL: Record<MessageSeverity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The README section that documents a rule, as a link text and an anchor.
 *
 * @param id Rule id.
 * @returns Anchor in the README (GitHub's heading slug for “`id`”).
 */
function readmeAnchor(id: string): string {
  return stageRuleIds.includes(id as never) ? 'lint-rules' : id;
}

/**
 * The descriptor of one rule.
 *
 * @param id Rule id.
 * @param summary One line.
 * @param level Default level.
 * @returns SARIF reporting descriptor.
 */
function descriptor(id: string, summary: string, level: Result.level): ReportingDescriptor {
  const anchor = readmeAnchor(id);
  return {
    id,
    name: id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: summary.replace(/`/g, '') },
    fullDescription: { text: summary.replace(/`/g, ''), markdown: summary },
    help: {
      text: `${summary.replace(/`/g, '')} See “${id}” in the pressroom README (section “Lint rules”).`,
      markdown: `${summary} See [\`${id}\`](README.md#${anchor}) in the pressroom README.`,
    },
    // Only a published pressroom has an absolute address for its README.
    ...(pkg.homepage ? { helpUri: `${pkg.homepage.replace(/#.*$/, '')}#${anchor}` } : {}),
    defaultConfiguration: { level },
  };
}

/**
 * @param files Files with messages.
 * @param cwd Directory that result paths are relative to.
 * @returns SARIF JSON text.
 */
export function formatSarif(files: VFile[], cwd = process.cwd()): string {
  const rules: ReportingDescriptor[] = [
    ...preset.map((rule) => descriptor(rule.id, rule.summary, LEVEL[rule.defaultSeverity])),
    ...stageRuleIds.map((id) => descriptor(id, 'Files, frontmatter and config that pressroom cannot read or that break the content contract.', 'error')),
  ];
  const index = new Map(rules.map((rule, at) => [rule.id, at]));
  const results: Result[] = [];
  for (const file of files) {
    const uri = path.relative(cwd, path.resolve(file.cwd, file.path)).split(path.sep).join('/');
    for (const message of sortedMessages(file)) {
      const ruleId = message.ruleId ?? 'internal-error';
      if (!index.has(ruleId)) {
        index.set(ruleId, rules.length);
        rules.push(descriptor(ruleId, 'A message from a stage of pressroom.', 'warning'));
      }
      const start = { line: message.line ?? 1, column: message.column ?? 1 };
      const end = message.place && 'end' in message.place ? message.place.end : undefined;
      const region: NonNullable<Result['locations']>[number]['physicalLocation'] = {
        artifactLocation: { uri },
        region: {
          startLine: start.line,
          startColumn: start.column,
          ...(end && (end.line > start.line || (end.line === start.line && end.column > start.column)) ? { endLine: end.line, endColumn: end.column } : {}),
        },
      };
      results.push({
        ruleId,
        ruleIndex: index.get(ruleId)!,
        level: LEVEL[severityOf(message)],
        message: { text: message.reason },
        locations: [{ physicalLocation: region }],
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'pressroom', version: pkg.version, semanticVersion: pkg.version, rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
