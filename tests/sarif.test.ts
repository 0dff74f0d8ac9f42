import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type AjvDraft04 from 'ajv-draft-04';
import type addFormatsType from 'ajv-formats';
import { main } from '../pipeline/cli.ts';
import { preset } from '../pipeline/lint/preset.ts';
import { fixturesDir } from './helpers/lint-markdown.ts';

// The SARIF 2.1.0 JSON schema as Microsoft's SARIF tooling ships it (a draft-04 schema).
const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// Both are CommonJS modules whose default export is the class or function.
const Ajv = require('ajv-draft-04') as typeof AjvDraft04.default;
const addFormats = require('ajv-formats') as typeof addFormatsType.default;

async function run(args: string[], cwd: string) {
  let stdout = '';
  const code = await main(args, { cwd, color: false, stdout: (t) => void (stdout += t), stderr: () => undefined });
  return { code, stdout };
}

describe('--format sarif', () => {
  it('writes SARIF 2.1.0 that validates against the schema, with rules, help and regions', async () => {
    const cwd = path.join(fixturesDir, 'cli');
    const { code, stdout } = await run(['lint', 'mixed', '--format', 'sarif'], cwd);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);

    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('pressroom');
    const ids = run0.tool.driver.rules.map((rule: { id: string }) => rule.id);
    for (const rule of preset) expect(ids).toContain(rule.id);
    const typography = run0.tool.driver.rules.find((rule: { id: string }) => rule.id === 'typography');
    expect(typography.help.markdown).toContain('(README.md#typography)');
    expect(typography.defaultConfiguration.level).toBe('warning');
    expect(run0.results.length).toBeGreaterThan(0);
    for (const result of run0.results) {
      expect(run0.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^mixed\/[^/]+\.md$/);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it('a schema-breaking log fails validation (the check can fail)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal', message: {} }] }] })).toBe(false);
  });
});
