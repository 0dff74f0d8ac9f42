import { readFile } from 'node:fs/promises';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { catalogue, messageIds } from '../pipeline/diagnostics/catalogue.ts';
import { updateReadme } from '../pipeline/docs/readme-tables.ts';
import { preset } from '../pipeline/lint/preset.ts';
import { fixturesDir } from './helpers/lint-markdown.ts';

const readmePath = path.resolve(fixturesDir, '..', '..', 'README.md');

describe('README', () => {
  it('is up to date with the message catalogue and the rule examples (run `make docs`)', async () => {
    const readme = await readFile(readmePath, 'utf8');
    expect(updateReadme(readme) === readme, 'README.md is out of date: run `make docs`').toBe(true);
  });

  it('lists every rule with its default severity, and every other id in the message table', async () => {
    const readme = await readFile(readmePath, 'utf8');
    const rules = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    const messages = readme.slice(readme.indexOf('<!-- messages:start -->'), readme.indexOf('<!-- messages:end -->'));
    expect(rules).toContain('| [`review-age`](#rule-review-age) | warning / error |');
    expect(rules).toContain('| [`spelling`](#rule-spelling) | warning |');
    for (const rule of preset) expect(rules, rule.id).toContain(`<details id="rule-${rule.id}">`);
    expect(messages).toContain('| `internal-error` | error | an article |');
    expect(messages).toContain('| `pdf-page-budget` | error | an article or the config |');
    for (const id of messageIds) expect(catalogue[id].kind === 'rule' ? rules : messages, id).toContain(`\`${id}\``);
  });

  it('has the section each catalogue entry links to', async () => {
    const readme = await readFile(readmePath, 'utf8');
    const slugger = new GithubSlugger();
    const anchors = new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map((match) => `#${slugger.slug(match[1])}`));
    for (const id of messageIds) expect(anchors, `${id} → ${catalogue[id].section}`).toContain(catalogue[id].section);
  });

  it('shows the two commands first', async () => {
    const readme = await readFile(readmePath, 'utf8');
    const firstBlock = readme.slice(readme.indexOf('```sh'), readme.indexOf('```', readme.indexOf('```sh') + 5));
    expect(firstBlock).toContain('make build');
    expect(firstBlock).toContain('make test');
  });
});
