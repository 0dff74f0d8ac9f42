import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preset, stageRuleIds } from '../pipeline/lint/preset.ts';
import { fixturesDir } from './helpers/lint-markdown.ts';

describe('README', () => {
  it('documents every rule id with its default severity', async () => {
    const readme = await readFile(path.resolve(fixturesDir, '..', '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    for (const rule of preset) {
      expect(table, rule.id).toMatch(new RegExp(`\\| \`${rule.id}\` \\| ${rule.defaultSeverity}`));
    }
    for (const id of stageRuleIds) expect(table, id).toContain(`\`${id}\``);
  });
  it('shows the two commands first', async () => {
    const readme = await readFile(path.resolve(fixturesDir, '..', '..', 'README.md'), 'utf8');
    const firstBlock = readme.slice(readme.indexOf('```sh'), readme.indexOf('```', readme.indexOf('```sh') + 5));
    expect(firstBlock).toContain('make build');
    expect(firstBlock).toContain('make test');
  });
});
