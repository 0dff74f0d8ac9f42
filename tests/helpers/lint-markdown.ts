/**
 * Test helpers: lint Markdown held in memory through the real parse → validate → lint stages.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { VFile } from 'vfile';
import { configSchema, type ConfigInput } from '../../pipeline/config/schema.ts';
import { resolveConfig, type ResolvedConfig } from '../../pipeline/config/resolve.ts';
import { parseArticles } from '../../pipeline/stages/parse.ts';
import { validateArticles } from '../../pipeline/stages/validate.ts';
import { lintArticles } from '../../pipeline/stages/lint.ts';
import { severityOf } from '../../pipeline/diagnostics/report-message.ts';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface Found {
  ruleId: string | undefined;
  line: number | undefined;
  column: number | undefined;
  severity: string;
  reason: string;
}

/**
 * Frontmatter for a valid `guide` article (no required sections), with overrides.
 *
 * @param overrides Keys to set or replace; `undefined` removes a key.
 * @returns `---\n…---\n`, 8 lines long by default (so a body starts on line 9).
 */
export function frontmatter(overrides: Record<string, unknown> = {}): string {
  const data: Record<string, unknown> = {
    title: 'Test article',
    summary: 'A short test article.',
    type: 'guide',
    reviewed: { by: 'Dana Whitfield, DPT', on: '2026-06-01' },
    ...overrides,
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return `---\n${stringify(data)}---\n`;
}

/**
 * Build a resolved config for tests.
 *
 * @param input Config keys (merged over a fixed `lint.today`).
 * @param contentDir Content folder.
 * @param dictionary Clinic word list.
 * @returns Resolved config.
 */
export function testConfig(input: Partial<ConfigInput> = {}, contentDir = fixturesDir, dictionary: string[] = []): ResolvedConfig {
  const parsed = configSchema.parse({ ...input, lint: { today: '2026-11-25', ...input.lint } });
  return resolveConfig(parsed, contentDir, undefined, dictionary);
}

/**
 * Lint one or more in-memory articles.
 *
 * @param files Markdown by file name (relative to `contentDir`), or one Markdown string (as `article.md`).
 * @param config Resolved config.
 * @returns Messages of the first file (or of all files, keyed by name, via `lintFiles`).
 */
export async function lintMarkdown(files: string | Record<string, string>, config: ResolvedConfig = testConfig()): Promise<Found[]> {
  const all = await lintFiles(typeof files === 'string' ? { 'article.md': files } : files, config);
  return Object.values(all)[0];
}

/**
 * Lint several in-memory articles together (for cross-file rules).
 *
 * @param files Markdown by file name, relative to the content folder.
 * @param config Resolved config.
 * @returns Messages per file name.
 */
export async function lintFiles(files: Record<string, string>, config: ResolvedConfig = testConfig()): Promise<Record<string, Found[]>> {
  const vfiles = Object.entries(files).map(([name, value]) => new VFile({ path: path.join(config.contentDir, name), value, cwd: config.contentDir }));
  await parseArticles(vfiles);
  await validateArticles(vfiles, config);
  await lintArticles(vfiles, config);
  return Object.fromEntries(
    vfiles.map((file, index) => [
      Object.keys(files)[index],
      file.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, severity: severityOf(m), reason: m.reason })),
    ]),
  );
}

/**
 * Only the messages of one rule.
 *
 * @param found Messages.
 * @param ruleId Rule id.
 * @returns Matching messages.
 */
export function ofRule(found: Found[], ruleId: string): Found[] {
  return found.filter((m) => m.ruleId === ruleId);
}

/**
 * Only the place and severity of one rule's messages, for compact assertions.
 *
 * @param found Messages.
 * @param ruleId Rule id.
 * @returns `{ruleId, line, column, severity}` of each.
 */
export function placesOf(found: Found[], ruleId: string): Array<Omit<Found, 'reason'>> {
  return ofRule(found, ruleId).map(({ ruleId: id, line, column, severity }) => ({ ruleId: id, line, column, severity }));
}
