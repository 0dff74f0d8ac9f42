import { describe, expect, it } from 'vitest';
import { lintMarkdown } from './helpers/lint-markdown.ts';

const schemaErrors = async (markdown: string) =>
  (await lintMarkdown(markdown)).filter((m) => m.ruleId === 'frontmatter-schema' || m.ruleId === 'frontmatter-syntax');

const valid = `---
title: Back pain
summary: What helps.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Body.
`;

describe('frontmatter schema', () => {
  it('accepts a valid article', async () => {
    expect(await schemaErrors(valid)).toEqual([]);
  });

  it('points at an unknown key and suggests the near miss', async () => {
    const found = await schemaErrors(valid.replace('reviewed:', 'reviwed:'));
    const unknown = found.find((m) => m.reason.includes('reviwed'));
    expect(unknown).toMatchObject({ line: 5, column: 1, severity: 'error' });
    expect(unknown!.reason).toContain('did you mean `reviewed`?');
    // One problem, one message: the key it replaced is not also reported as missing.
    expect(found).toHaveLength(1);
  });

  it('points at a nested unknown key', async () => {
    const found = await schemaErrors(valid.replace('  on: 2026-06-01', '  on: 2026-06-01\n  bye: x'));
    expect(found).toMatchObject([{ line: 8, column: 3 }]);
  });

  it('points at the offending value', async () => {
    const found = await schemaErrors(valid.replace('type: guide', 'type: recipe'));
    expect(found).toMatchObject([{ line: 4, column: 7 }]);
    expect(found[0].reason).toContain('`condition`, `guide`');
  });

  it('checks dates, credentials and languages', async () => {
    const found = await schemaErrors(
      valid.replace('on: 2026-06-01', 'on: 2026-13-01').replace('by: Dana Whitfield, DPT', 'by: Dana').replace('type: guide', 'type: guide\nlanguage: not a tag'),
    );
    expect(found.map((m) => [m.line, m.column])).toEqual([
      [5, 11],
      [7, 7],
      [8, 7],
    ]);
  });

  it('points a missing nested key at its parent', async () => {
    const found = await schemaErrors(valid.replace('  on: 2026-06-01\n', ''));
    expect(found).toMatchObject([{ line: 5, column: 1 }]);
    expect(found[0].reason).toContain('`reviewed.on`');
  });

  it('requires sources for clinical types', async () => {
    const found = await schemaErrors(valid.replace('type: guide', 'type: condition'));
    expect(found[0].reason).toContain('need at least one source');
  });

  it('keeps YAML syntax errors at their own position', async () => {
    // The yaml parser notices the unclosed flow sequence where the next key starts.
    const found = await schemaErrors(valid.replace('summary: What helps.', 'summary: [unclosed'));
    expect(found[0]).toMatchObject({ ruleId: 'frontmatter-syntax', line: 4, column: 1 });
    expect(found[0].reason).toContain('end with a ]');
  });

  it('names YAML nested too deeply to read (Bug: “Invalid YAML: Maximum call stack size exceeded”)', async () => {
    const found = await schemaErrors(valid.replace('title: Back pain', `title: ${'['.repeat(3000)}${']'.repeat(3000)}`));
    expect(found).toMatchObject([{ ruleId: 'frontmatter-syntax', line: 2 }]);
    expect(found[0].reason).toBe('Unexpected YAML nested too deeply to read (lists or mappings inside each other), expected a flatter structure; fix the YAML syntax');
  });

  it('reports duplicate keys', async () => {
    const found = await schemaErrors(valid.replace('type: guide', 'type: guide\ntitle: Again'));
    expect(found[0]).toMatchObject({ ruleId: 'frontmatter-syntax', line: 5, column: 1 });
  });

  it('rejects frontmatter that is not a mapping', async () => {
    const found = await schemaErrors('---\n- a\n- b\n---\n\nBody.\n');
    expect(found).toMatchObject([{ ruleId: 'frontmatter-schema', line: 1, column: 1 }]);
    expect(found[0].reason).toContain('expected a mapping');
  });

  it('reports missing and unclosed frontmatter at 1:1', async () => {
    expect((await schemaErrors('Just text.\n'))[0].reason).toContain('Missing frontmatter');
    expect((await schemaErrors('---\ntitle: x\n\nBody.\n'))[0].reason).toContain('Unclosed frontmatter');
  });

  it('says what to write for bad dates, empty text and small numbers (Bug: zod’s “Invalid ISO date” and “Too small: expected string to have >=1 characters”)', async () => {
    const text = valid
      .replace('title: Back pain', 'title: ""')
      .replace('  on: 2026-06-01\n', '  on: 2026-06-01\nsources:\n  - title: Back pain\n    url: https://medlineplus.gov/backpain.html\n    accessed: 06/01/2026\nhandout:\n  maxPages: 0\n');
    const found = await schemaErrors(text);
    expect(found.map(({ line, column, reason }) => ({ line, column, reason }))).toEqual([
      { line: 2, column: 8, reason: 'Unexpected value for `title` in the frontmatter: expected some text, not an empty value' },
      { line: 11, column: 15, reason: 'Unexpected value for `sources[0].accessed` in the frontmatter: expected a date written YYYY-MM-DD' },
      { line: 13, column: 13, reason: 'Unexpected value for `handout.maxPages` in the frontmatter: expected a number ≥ 1' },
    ]);
  });

  it('needs a slug when the file name gives none (Bug: `腰痛.md` and `---.md` both became `.html`)', async () => {
    const found = await lintMarkdown({ '腰痛.md': valid });
    expect(found).toEqual([
      {
        ruleId: 'frontmatter-schema',
        line: 1,
        column: 1,
        severity: 'error',
        reason: 'Missing slug: the file name `腰痛.md` has no letters a–z or digits to make one; add `slug:` to the frontmatter, such as `slug: back-pain`, or rename the file',
      },
    ]);
    expect(await lintMarkdown({ '腰痛.md': valid.replace('type: guide', 'type: guide\nslug: back-pain') })).toEqual([]);
  });
});
