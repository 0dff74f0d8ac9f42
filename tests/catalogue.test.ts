/**
 * The message catalogue is the one list of ids: every entry is reported somewhere, every id
 * reported is an entry (report() takes a MessageId, so tsc checks that; this checks the rest),
 * and the ids that control comments and `lint.rules` accept come from it.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { catalogue, controllableIds, messageIds, ruleIds, type MessageId } from '../pipeline/diagnostics/catalogue.ts';
import { report } from '../pipeline/diagnostics/report-message.ts';
import { byCloseness, didYouMean } from '../pipeline/diagnostics/did-you-mean.ts';
import { loadConfig } from '../pipeline/config/load.ts';
import { frontmatter, lintMarkdown, ofRule } from './helpers/lint-markdown.ts';

const pipelineDir = fileURLToPath(new URL('../pipeline/', import.meta.url));

async function sources(): Promise<string> {
  const names = (await readdir(pipelineDir, { recursive: true })).filter((name) => name.endsWith('.ts') && !name.endsWith('catalogue.ts'));
  return (await Promise.all(names.map((name) => readFile(path.join(pipelineDir, name), 'utf8')))).join('\n');
}

describe('message catalogue', () => {
  it('takes a typed id: a misspelt id does not compile', () => {
    expectTypeOf(report).parameter(3).toEqualTypeOf<MessageId>();
    expectTypeOf<'pdf-page-budget'>().toExtend<MessageId>();
    expectTypeOf<'pdf-page-budjet'>().not.toExtend<MessageId>();
  });

  it('lists only ids that the pipeline reports', async () => {
    const text = await sources();
    const unused = messageIds.filter((id) => !text.includes(`'${id}'`));
    expect(unused).toEqual([]);
  });

  it('gives every id a summary sentence and a README section', () => {
    for (const id of messageIds) {
      expect(catalogue[id].summary, id).toMatch(/^[`A-Z(].*[.)]$/);
      expect(catalogue[id].section, id).toMatch(/^#[a-z0-9-]+$/);
    }
  });

  it('lets comments name rules and the stages’ article ids, not the config’s or the renderers’', () => {
    expect(controllableIds).toEqual(expect.arrayContaining([...ruleIds, 'internal-error', 'file-encoding', 'frontmatter-schema']));
    expect(controllableIds).not.toContain('config-schema');
    expect(controllableIds).not.toContain('pdf-page-budget');
  });

  it('takes `lint.rules` ids from the catalogue: rules only, with a reason for the other ids', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-catalogue-'));
    await writeFile(path.join(dir, 'pressroom.yaml'), 'lint:\n  rules:\n    spelling: off\n    pdf-page-budget: warning\n    internal-error: off\n    speling: off\n');
    const { config, file } = await loadConfig(undefined, [dir], dir);
    expect(config).toBeUndefined();
    expect(file!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)).toEqual([
      '4:5 config-schema Unexpected unknown key `lint.rules.pdf-page-budget` in the config; `pdf-page-budget` is reported by the build, not by a lint rule, so its severity is fixed; remove it',
      '5:5 config-schema Unexpected unknown key `lint.rules.internal-error` in the config; `internal-error` reports files that cannot be checked and is always an error; remove it',
      '6:5 config-schema Unexpected unknown key `lint.rules.speling` in the config; did you mean `spelling`?',
    ]);
  });

  it('refuses a renderer id in a comment, which could not hide its message, and suggests the nearest rule for a typo', async () => {
    const found = await lintMarkdown(`${frontmatter()}\n<!-- pressroom-disable pdf-page-budget -->\n\n<!-- pressroom-ignore spelng -->\nText.\n`);
    expect(ofRule(found, 'control-comment').map(({ line, column, severity, reason }) => ({ line, column, severity, reason }))).toEqual([
      {
        line: 10,
        column: 1,
        severity: 'warning',
        reason: 'Unexpected unknown rule `pdf-page-budget` in `pressroom-disable`, so nothing was turned off; use a rule id from the report or the README, such as `spelling`',
      },
      { line: 12, column: 1, severity: 'warning', reason: 'Unexpected unknown rule `spelng` in `pressroom-ignore`, so nothing was turned off; did you mean `spelling`?' },
    ]);
  });
});

describe('didYouMean', () => {
  it('suggests the closest name within a third of its length (at least 2 edits), ignoring case', () => {
    expect(didYouMean('reviwed', ['title', 'reviewed', 'summary'])).toBe('reviewed');
    expect(didYouMean('REVIEWED', ['reviewed'])).toBe('reviewed');
    expect(didYouMean('xyz', ['reviewed', 'title'])).toBeUndefined();
    expect(didYouMean('warn', ['warning', 'tip'])).toBeUndefined();
    expect(didYouMean('warn', ['warning', 'tip'], 3)).toBe('warning');
    expect(didYouMean('x', [])).toBeUndefined();
  });

  it('orders candidates by closeness, keeping the given order for ties', () => {
    expect(byCloseness('causes', ['treatment', 'cause', 'causes-of-pain', 'causes'])).toEqual(['causes', 'cause', 'treatment', 'causes-of-pain']);
  });
});
