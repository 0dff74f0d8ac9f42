import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule, testConfig } from '../helpers/lint-markdown.ts';

const easy = `Back spasms hurt, but most get better in a few days. Rest for a day or two. Then walk a little each day.
Use heat to help the muscles relax. Drink lots of water. Call us if the pain does not get better in a week.
`;

// 31 words in two sentences, grade 18.8.
const hard = `Degenerative disc disease is a chronic spinal condition involving the gradual deterioration of intervertebral discs.
Similar to herniated discs, discs affected by degenerative disc disease can compress spinal nerves and precipitate painful musculoskeletal spasms.
`;

describe('reading-grade', () => {
  it('accepts plain prose', async () => {
    expect(ofRule(await lintMarkdown(frontmatter() + easy), 'reading-grade')).toEqual([]);
  });

  it('flags a hard article at the first line of the body, and its hard paragraph', async () => {
    const found = ofRule(await lintMarkdown(frontmatter() + hard), 'reading-grade');
    expect(found).toEqual([
      {
        ruleId: 'reading-grade',
        line: 9,
        column: 1,
        severity: 'warning',
        reason: 'Unexpected reading grade 18.8 for the whole article, expected 8 or lower; use shorter sentences and plainer, shorter words',
      },
      {
        ruleId: 'reading-grade',
        line: 9,
        column: 1,
        severity: 'warning',
        reason: 'Unexpected reading grade 18.8 in this paragraph, expected 10 or lower; split long sentences and use plainer, shorter words',
      },
    ]);
  });

  it('flags one hard paragraph among easy ones at that paragraph', async () => {
    const body = `## What to do\n\n${easy}\n${hard}\nWalk a bit each day. Keep your back warm. Sleep on a firm bed. Lift with your legs, not your back.\n`;
    const found = ofRule(await lintMarkdown(frontmatter() + body), 'reading-grade');
    expect(found).toMatchObject([{ ruleId: 'reading-grade', line: 14, column: 1, severity: 'warning' }]);
    expect(found[0].reason).toContain('in this paragraph');
  });

  it('uses the configured targets', async () => {
    const config = testConfig({ lint: { readingGrade: 19, paragraphGrade: 19 } });
    expect(ofRule(await lintMarkdown(frontmatter() + hard, config), 'reading-grade')).toEqual([]);
    const paragraphOnly = testConfig({ lint: { readingGrade: 19, paragraphGrade: 18 } });
    expect(ofRule(await lintMarkdown(frontmatter() + hard, paragraphOnly), 'reading-grade')).toEqual([
      {
        ruleId: 'reading-grade',
        line: 9,
        column: 1,
        severity: 'warning',
        reason: 'Unexpected reading grade 18.8 in this paragraph, expected 18 or lower; split long sentences and use plainer, shorter words',
      },
    ]);
    const longer = testConfig({ lint: { paragraphMinWords: 40 } });
    expect(ofRule(await lintMarkdown(frontmatter() + hard, longer), 'reading-grade')).toEqual([]);
  });

  it('leaves headings out of the grade', async () => {
    const heading = '## Degenerative intervertebral musculoskeletal considerations regarding osteoarthritic deterioration and inflammatory spondyloarthropathies\n\n';
    expect(ofRule(await lintMarkdown(frontmatter() + heading + easy), 'reading-grade')).toEqual([]);
  });

  it('counts a list item without a full stop as a sentence', async () => {
    // Read as one sentence, these 40 words would grade above 12.
    const list = `Things that can bring on a spasm:

- Holding one pose for too long
- Lifting a heavy box the wrong way
- Working out without a warm-up first
- Pushing on when your muscles are tired
- Working out when it is very hot
- Sitting in a soft chair all day
- Not drinking enough water
`;
    expect(ofRule(await lintMarkdown(frontmatter() + list), 'reading-grade')).toEqual([]);
  });

  it('does not grade paragraphs or articles shorter than paragraphMinWords', async () => {
    const short = 'Degenerative intervertebral osteoarthritic deterioration precipitates musculoskeletal spasms.\n';
    expect(ofRule(await lintMarkdown(frontmatter() + short), 'reading-grade')).toEqual([]);
  });

  it('skips languages it has no formula for (Spanish has its own: see the rule examples)', async () => {
    expect(ofRule(await lintMarkdown(frontmatter({ language: 'fr' }) + hard), 'reading-grade')).toEqual([]);
    expect(ofRule(await lintMarkdown(frontmatter({ language: 'en-US' }) + hard), 'reading-grade')).toHaveLength(2);
  });
});
