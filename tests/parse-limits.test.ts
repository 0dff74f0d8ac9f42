/**
 * Pathological inputs are refused before parsing, within a bounded time (issue 9): nesting
 * deeper than MAX_DEPTH in any form, and more than MAX_ELEMENTS HTML elements.
 */
import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown } from './helpers/lint-markdown.ts';
import { MAX_DEPTH, MAX_ELEMENTS, tooDeepSource, tooManyElements } from '../pipeline/content/markdown.ts';

describe('parse limits', () => {
  it('1,000 nested list levels: file-too-deep at the first line past the limit, fast', async () => {
    const list = Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n');
    const started = performance.now();
    const found = await lintMarkdown(`${frontmatter()}\n${list}\n`);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(found.map((message) => [message.ruleId, message.line])).toEqual([['file-too-deep', 10 + MAX_DEPTH]]);
  }, 30_000);

  it('counts block quotes, list markers and indentation', () => {
    expect(tooDeepSource('>'.repeat(MAX_DEPTH + 1))).toEqual({ line: 1, column: MAX_DEPTH + 1 });
    expect(tooDeepSource(`a\n${'- '.repeat(MAX_DEPTH + 1)}x`)).toMatchObject({ line: 2 });
    expect(tooDeepSource(`${'> '.repeat(10)}text\n    code\n- - - item`)).toBeUndefined();
  });

  it(`more than ${MAX_ELEMENTS} inline elements: file-too-complex at the element past the limit`, async () => {
    const spans = '<span>x</span>'.repeat(20_000);
    const found = await lintMarkdown(`${frontmatter()}\n${spans}\n`);
    expect(found.map((message) => [message.ruleId, message.line, message.column])).toEqual([['file-too-complex', 10, MAX_ELEMENTS * 14 + 1]]);
    expect(tooManyElements('<b>x</b>'.repeat(100))).toBeUndefined();
  }, 30_000);
});
