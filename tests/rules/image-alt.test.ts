import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, frontmatter, lintMarkdown, ofRule, testConfig, type Found } from '../helpers/lint-markdown.ts';

const config = testConfig({}, path.join(fixturesDir, 'rules'));

function placed(found: Found[]) {
  return ofRule(found, 'image-alt').map(({ ruleId, line, column, severity }) => ({ ruleId, line, column, severity }));
}

describe('image-alt', () => {
  it('accepts images and image references with a description', async () => {
    const body = ['![A blue square](images/diagram.svg)', '', 'Inline ![Blue square][square] and ![square].', '', '[square]: images/diagram.svg'].join('\n');
    expect(placed(await lintMarkdown(`${frontmatter()}${body}\n`, config))).toEqual([]);
  });

  it('reports empty and blank alt text on images and image references', async () => {
    const body = [
      '![](images/diagram.svg)', // 9
      '',
      'Text then ![   ](images/photo.jpg).', // 11: blank
      '',
      '![][square]', // 13: a full reference with an empty label
      '',
      '[square]: images/diagram.svg',
    ].join('\n');
    const found = await lintMarkdown(`${frontmatter()}${body}\n`, config);
    expect(placed(found)).toEqual([
      { ruleId: 'image-alt', line: 9, column: 1, severity: 'error' },
      { ruleId: 'image-alt', line: 11, column: 11, severity: 'error' },
      { ruleId: 'image-alt', line: 13, column: 1, severity: 'error' },
    ]);
    const reasons = ofRule(found, 'image-alt').map((m) => m.reason);
    expect(reasons[0]).toBe(
      'Missing alt text on an image, expected a description of the image for people who cannot see it; write it between the brackets, as in `![What the picture shows](images/diagram.svg)`',
    );
    expect(reasons[2]).toContain('`![What the picture shows][square]`');
  });
});
