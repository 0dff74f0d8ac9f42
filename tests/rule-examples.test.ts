/**
 * Rule examples are the tests: every rule's ok and not-ok examples run through the real
 * parse → validate → lint stages, in a content folder that also holds `neck-pain.md` and
 * `images/spine.jpg` (tests/fixtures/rule-examples/), and must give exactly the expected
 * `line:column` starts. The lint stage runs only the example's rule, so a new rule never
 * breaks another's examples. Each runs again through every rule with every position removed
 * from the tree: no crash.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { preset } from '../pipeline/lint/preset.ts';
import type { Rule, RuleExample } from '../pipeline/lint/rule.ts';
import { ruleIds } from '../pipeline/diagnostics/catalogue.ts';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { lintArticles } from '../pipeline/stages/lint.ts';
import { fixturesDir, testConfig } from './helpers/lint-markdown.ts';
import type { ConfigInput } from '../pipeline/config/schema.ts';

const contentDir = path.join(fixturesDir, 'rule-examples');
const companion = path.join(contentDir, 'neck-pain.md');

async function run(example: RuleExample, rules: readonly Rule[], strip: boolean): Promise<VFile> {
  const config = testConfig(example.config as Partial<ConfigInput> | undefined, contentDir);
  const file = new VFile({ path: path.join(contentDir, 'example.md'), value: example.markdown, cwd: contentDir });
  const other = new VFile({ path: companion, value: await readFile(companion, 'utf8'), cwd: contentDir });
  const files = [file, other];
  await parseArticles(files);
  await validateArticles(files, config);
  if (strip) {
    for (const each of files) {
      if (!each.data.tree) continue;
      visit(each.data.tree, (node) => void delete node.position);
    }
  }
  await lintArticles(files, config, rules);
  return file;
}

describe('rule examples', () => {
  it('every catalogued rule is in the preset, once, in catalogue order', () => {
    expect(preset.map((rule) => rule.id)).toEqual(ruleIds);
  });

  for (const rule of preset) {
    describe(rule.id, () => {
      it('has an ok and a not-ok example', () => {
        expect(rule.examples.some((example) => example.messages.length === 0), 'ok example').toBe(true);
        expect(rule.examples.some((example) => example.messages.length > 0), 'not-ok example').toBe(true);
      });
      for (const example of rule.examples) {
        it(example.name, async () => {
          const file = await run(example, [rule], false);
          const found = file.messages.filter((message) => message.ruleId === rule.id).map((message) => `${message.line}:${message.column}`);
          expect(found).toEqual(example.messages);
          // An example is a valid article: no frontmatter or file problems beside the rule's own.
          expect(file.messages.filter((message) => message.ruleId !== rule.id).map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.reason}`)).toEqual([]);
        });
        it(`${example.name}, without positions`, async () => {
          const file = await run(example, preset, true);
          expect(file.messages.filter((message) => message.ruleId === 'internal-error').map((message) => message.reason)).toEqual([]);
        });
      }
    });
  }
});
