import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule } from '../helpers/lint-markdown.ts';

describe('directive-fence', () => {
  it('accepts nested blocks whose outer fence is longer, and fences inside code', async () => {
    const body = '\n::::emergency\nCall now.\n\n:::tip\nA tip.\n:::\n\nMore red flags.\n::::\n\n```md\n:::\n```\n';
    expect(ofRule(await lintMarkdown(frontmatter() + body), 'directive-fence')).toEqual([]);
  });

  it('flags the stray fence left when a nested block closes the outer one early (NestedFenceMovesRedFlags)', async () => {
    const body = '\n:::emergency\nCall now.\n\n:::tip\nA tip.\n:::\n\nMore red flags.\n:::\n';
    const found = ofRule(await lintMarkdown(frontmatter() + body), 'directive-fence');
    expect(found).toMatchObject([{ line: 18, column: 1, severity: 'error' }]);
    expect(found[0].reason).toContain('`::::emergency`');
  });

  it('flags a directive swallowed by a raw HTML block, once per block (HtmlBlockSwallowsEmergency)', async () => {
    const body = '\n<div>\n:::emergency\nCall now if your legs go numb.\n:::\n</div>\n\n<!--\n:::warning\nHidden.\n:::\n';
    const found = ofRule(await lintMarkdown(frontmatter() + body), 'directive-fence');
    expect(found.map((m) => [m.line, m.column])).toEqual([
      [11, 1],
      [17, 1],
    ]);
    expect(found[0].reason).toContain('inside a raw HTML block');
  });
});
