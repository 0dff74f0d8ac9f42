/**
 * Every rule's examples are tests: each example article, linted with its config overrides,
 * yields exactly the listed `line:column` starts for that rule, in order.
 */
import { describe, expect, it } from 'vitest';
import { preset } from '../../pipeline/lint/preset.ts';
import type { RuleExample } from '../../pipeline/lint/rule.ts';
import { lintMarkdown, ofRule, testConfig } from '../helpers/lint-markdown.ts';

const withExamples = preset.filter((rule) => rule.examples && rule.examples.length > 0);

describe('rule examples', () => {
  for (const rule of withExamples) {
    describe(rule.id, () => {
      it('has an ok and a not-ok example', () => {
        expect(rule.examples!.some((example) => example.messages.length === 0)).toBe(true);
        expect(rule.examples!.some((example) => example.messages.length > 0)).toBe(true);
      });
      for (const example of rule.examples! as RuleExample[]) {
        it(example.name, async () => {
          const found = await lintMarkdown(example.markdown, testConfig(example.config ?? {}));
          expect(ofRule(found, rule.id).map((m) => `${m.line}:${m.column}`)).toEqual(example.messages);
        });
      }
    });
  }
});
