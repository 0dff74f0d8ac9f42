import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown, ofRule } from '../helpers/lint-markdown.ts';

const reason = (item: string) =>
  `Unexpected “${item}” a second time in one series, expected each item once; remove the repeat, or name the item that was meant`;

/** Lint one paragraph (line 9 of the file) and return this rule's messages. */
async function lint(text: string) {
  return ofRule(await lintMarkdown(frontmatter() + text + '\n'), 'repeated-list-item');
}

describe('repeated-list-item', () => {
  it('flags the repeated item of the source article at its second occurrence', async () => {
    const text = 'The cauda equina includes nerve roots that supply sensation and movement to the legs, bladder, perineum, and bladder.';
    expect(await lint(text)).toEqual([{ ruleId: 'repeated-list-item', line: 9, column: 110, severity: 'error', reason: reason('bladder') }]);
  });

  it('flags items of several words', async () => {
    expect(await lint('Stretch your lower back, upper back, and lower back every day.')).toMatchObject([
      { ruleId: 'repeated-list-item', line: 9, column: 42, reason: reason('lower back') },
    ]);
  });

  it('compares without case and leading articles', async () => {
    expect(await lint('Stretch the lower back, the upper back, and The Lower Back.')).toMatchObject([
      { ruleId: 'repeated-list-item', line: 9, column: 49, reason: reason('Lower Back') },
    ]);
    expect(await lint('Try a warm bath, a short walk, or a warm bath.')).toMatchObject([{ line: 9, column: 37, reason: reason('warm bath') }]);
  });

  it('flags series without the Oxford comma, ending in “or”, or going on after the last item', async () => {
    expect(await lint('It can affect the legs, bladder, perineum and bladder.')).toMatchObject([{ line: 9, column: 47 }]);
    expect(await lint('Use heat, ice, or heat.')).toMatchObject([{ line: 9, column: 19, reason: reason('heat') }]);
    expect(await lint('The legs, bladder, perineum, and bladder are supplied by these nerves.')).toMatchObject([{ line: 9, column: 34 }]);
    expect(await lint('Pain in the bladder, legs, and bladder.')).toMatchObject([{ line: 9, column: 32 }]);
  });

  it('flags a series in a list item', async () => {
    expect(ofRule(await lintMarkdown(frontmatter() + '## Signs\n\n- Numb legs, hips, or legs\n'), 'repeated-list-item')).toMatchObject([
      { line: 11, column: 23 },
    ]);
  });

  it('accepts series without repeats', async () => {
    const text = [
      'Common causes include muscle strains, spinal conditions, poor posture, and dehydration.',
      'When a spinal disc is herniated, ruptured, or bulging, it can press on nearby nerves.',
      'Drink water, coconut water, or a sports drink.',
      'Eat more fruit, more vegetables, and more fish.',
      'Sit less, move more, and sit up straight.',
      'Dehydration can upset your electrolytes, like potassium, sodium, and magnesium, all of which help muscles relax.',
    ].join(' ');
    expect(await lint(text)).toEqual([]);
  });

  it('accepts a word used twice outside a series, and “again and again”', async () => {
    const text = [
      'Heat relaxes the muscle, and heat also boosts blood flow.',
      'Rest your back, and rest again tomorrow if your back still hurts.',
      'Repeat the stretch, again and again, until the spasm eases.',
      'Stretch slowly, gently, and again and again.',
      'The pain got worse and worse.',
      'Legs; legs, arms.',
    ].join(' ');
    expect(await lint(text)).toEqual([]);
  });

  it('accepts steps that come round again in turn (Bug: exercise routines were errors)', async () => {
    const text = [
      'Bend, straighten, bend, and straighten your knee ten times.',
      'Walk for five minutes, rest, walk for five more minutes, and rest again.',
      'Tighten, hold, relax, tighten, hold, and relax.',
    ].join(' ');
    expect(await lint(text)).toEqual([]);
    // A repeat that does not come round with its neighbours is still a lost item.
    expect(await lint('Walk for five minutes, rest, swim, and rest.')).toMatchObject([{ line: 9, column: 40, reason: reason('rest') }]);
    expect(await lint('Pain in the knee, hip, knee and ankle.')).toMatchObject([{ line: 9, column: 24, reason: reason('knee') }]);
  });

  it('flags a bullet repeated in one list, but not a step repeated in a numbered list (Bug: a repeated red-flag bullet passed)', async () => {
    const body = [
      ':::emergency', // 9
      'Call 911 if you have:',
      '',
      '- numbness in your groin',
      '- weakness in both legs',
      '- Numbness in your groin.', // 14
      ':::',
      '',
      '1. Lift your leg.',
      '2. Lower your leg.',
      '3. Lift your leg.',
      '',
      '- Rest',
      '  - rest',
    ].join('\n');
    expect(ofRule(await lintMarkdown(frontmatter() + body + '\n'), 'repeated-list-item')).toEqual([
      { ruleId: 'repeated-list-item', line: 14, column: 3, severity: 'error', reason: reason('Numbness in your groin') },
    ]);
  });
});
