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
import { severityOf, type MessageSeverity } from './report-message.ts';
import { sortedMessages } from './sorted-messages.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; homepage?: string };

const LEVEL: Record<MessageSeverity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** What SARIF says about a rule; the CLI passes the preset's rules and the stages' ids. */
export interface SarifRule {
  id: string;
  summary: string;
  defaultSeverity: MessageSeverity;
  /** Anchor of the rule's section in the README. */
  anchor: string;
}

/**
 * The descriptor of one rule.
 *
 * @param rule The rule.
 * @returns SARIF reporting descriptor.
 */
function descriptor({ id, summary, defaultSeverity, anchor }: SarifRule): ReportingDescriptor {
  const level = LEVEL[defaultSeverity];
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
 * @param known Every rule and stage id, in order.
 * @param cwd Directory that result paths are relative to.
 * @returns SARIF JSON text.
 */
export function formatSarif(files: VFile[], known: readonly SarifRule[], cwd = process.cwd()): string {
  const rules: ReportingDescriptor[] = known.map(descriptor);
  const index = new Map(rules.map((rule, at) => [rule.id, at]));
  const results: Result[] = [];
  for (const file of files) {
    const uri = path.relative(cwd, path.resolve(file.cwd, file.path)).split(path.sep).join('/');
    for (const message of sortedMessages(file)) {
      const ruleId = message.ruleId ?? 'internal-error';
      if (!index.has(ruleId)) {
        index.set(ruleId, rules.length);
        rules.push(descriptor({ id: ruleId, summary: 'A message from a stage of pressroom.', defaultSeverity: 'warning', anchor: 'lint-rules' }));
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
