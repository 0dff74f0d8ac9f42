import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, frontmatter, lintMarkdown, ofRule, placesOf, testConfig, type Found } from '../helpers/lint-markdown.ts';

const config = testConfig({}, path.join(fixturesDir, 'rules'));

const placed = (found: Found[]) => placesOf(found, 'image-alt');

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

  it('reports raw HTML images without alt text, which the renderers keep when the file is in the content folder (Bug: `<img src="x.png">` passed lint)', async () => {
    const body = [
      '<img src="images/diagram.svg" alt="A blue square">', // 9: fine
      '',
      '<img src="images/diagram.svg">', // 11
      '',
      'Inline <IMG SRC="images/photo.jpg" ALT="  "> image.', // 13
      '',
      '- <img src="images/photo.jpg" alt="">', // 15
      '',
      '<!-- pressroom-ignore image-alt -->',
      '<img src="images/diagram.svg" alt="">', // 18: a reviewed decorative image
      '',
      '<img src="images/none.png"> <img src="https://cdn.example.org/a.png">', // 20: dropped by the renderers (raw-html's business)
    ].join('\n');
    const found = await lintMarkdown(`${frontmatter()}${body}\n`, config);
    expect(placed(found)).toEqual([
      { ruleId: 'image-alt', line: 11, column: 1, severity: 'error' },
      { ruleId: 'image-alt', line: 13, column: 8, severity: 'error' },
      { ruleId: 'image-alt', line: 15, column: 3, severity: 'error' },
    ]);
    expect(ofRule(found, 'image-alt')[0].reason).toBe(
      'Missing alt text on an image, expected a description of the image for people who cannot see it; write it in the `alt` attribute, as in `<img src="images/diagram.svg" alt="What the picture shows">`',
    );
  });
});
