import { describe, expect, it } from 'vitest';
import { fixturesDir, frontmatter, lintMarkdown, ofRule, testConfig } from '../helpers/lint-markdown.ts';

describe('spelling', () => {
  it('flags a medical word that is not in the dictionary, at the word', async () => {
    expect(ofRule(await lintMarkdown(frontmatter() + 'It may be spondylolisthesis.\n'), 'spelling')).toEqual([
      {
        ruleId: 'spelling',
        line: 9,
        column: 11,
        severity: 'warning',
        reason: 'Unexpected unknown word `spondylolisthesis`; fix the spelling, or if the word is right add it to dictionary.txt',
      },
    ]);
  });

  it('accepts the clinic’s words, in any case a dictionary allows', async () => {
    const config = testConfig({}, fixturesDir, ['spondylolisthesis', 'cauda equina', 'Kestrelvale']);
    const body = 'Spondylolisthesis and spondylolisthesis. Cauda equina syndrome. Kestrelvale helps.\n';
    expect(ofRule(await lintMarkdown(frontmatter() + body, config), 'spelling')).toEqual([]);
    // The word list is part of the cached checker's key: the default list still flags it.
    expect(ofRule(await lintMarkdown(frontmatter() + body), 'spelling').map((m) => m.column)).toEqual([1, 23, 42, 48, 65]);
  });

  it('leaves capitalised names inside a sentence to the writer, and checks a word that starts one', async () => {
    const body = 'Take Nurofen or Calpol, or read MedlinePlus. Nurofen helps. Paen is common.\n';
    const found = ofRule(await lintMarkdown(frontmatter() + body), 'spelling');
    expect(found.map((m) => [m.column, /`([^`]+)`/.exec(m.reason)![1]])).toEqual([
      [46, 'Nurofen'],
      [61, 'Paen'],
    ]);
  });

  it('offers up to three suggestions', async () => {
    const found = ofRule(await lintMarkdown(frontmatter() + 'Rest for a dya.\n'), 'spelling');
    expect(found).toMatchObject([{ ruleId: 'spelling', line: 9, column: 12 }]);
    expect(found[0].reason).toMatch(/^Unexpected unknown word `dya`, expected `[^`]+`, `[^`]+` or `[^`]+`; fix the spelling/);
    expect(found[0].reason).toContain('`day`');
  });

  it('does not check URLs, emails, numbers, units or code', async () => {
    const body = [
      'Book at https://wellspringpt.example/book-now or wellspringpt.example/visit or <https://qzxv.example/abc>.',
      'Mail frontdesk@wellspringpt.example or dpt.whitfield@qzxv.example.',
      'Take 20mg or 400 mcg, 3x10 reps, 5 mL, 120/80 mmHg, 2:30pm, 10–15 mins.',
      'Run `qzxvbn --frobnicate` first.',
      '',
      '```',
      'qzxvbn wrrrd',
      '```',
      '',
      '<div title="qzxvbn"></div>',
    ].join('\n');
    expect(ofRule(await lintMarkdown(frontmatter() + body + '\n'), 'spelling')).toEqual([]);
  });

  it('places words on wrapped lines of list items and after escapes exactly', async () => {
    const body = '- Rest \\*well\\* and\n  then walk &amp; stretch dayly.\n\n> Quoted and\n> wrngly written.\n';
    expect(ofRule(await lintMarkdown(frontmatter() + body), 'spelling')).toMatchObject([
      { line: 10, column: 27 },
      { line: 13, column: 3 },
    ]);
  });

  it('checks quoted words and glossary terms before a colon (SpellingMissedBeforeColon)', async () => {
    const found = ofRule(await lintMarkdown(frontmatter() + '\n- **Spondylolistesis:** a slipped bone.\n\nSay "helo" to the desk.\n'), 'spelling');
    expect(found.map((m) => [m.line, m.column])).toEqual([
      [10, 5],
      [12, 6],
    ]);
  });

  it('can be turned off for a stretch with pressroom-disable / pressroom-enable', async () => {
    const body = [
      'First spondylolisthesis.',
      '',
      '<!-- pressroom-disable spelling -->',
      '',
      'Quoted spondylolisthesis.',
      '',
      '<!-- pressroom-enable spelling -->',
      '',
      'Last spondylolisthesis.',
    ].join('\n');
    expect(ofRule(await lintMarkdown(frontmatter() + body + '\n'), 'spelling')).toMatchObject([
      { line: 9, column: 7 },
      { line: 17, column: 6 },
    ]);
  });

  it('checks Spanish articles against the Spanish dictionary', async () => {
    const spanish = frontmatter({ language: 'es-MX', title: 'Dolor de espalda', summary: 'Cómo aliviar el dolor.' });
    expect(ofRule(await lintMarkdown(spanish + 'Descanse un día y camine un poco.\n'), 'spelling')).toEqual([]);
    const found = ofRule(await lintMarkdown(spanish + 'Descanse un dia.\n'), 'spelling');
    expect(found.map(({ line, column, severity }) => [line, column, severity])).toEqual([[10, 13, 'warning']]);
    expect(found[0].reason).toMatch(/^Unexpected unknown word `dia`/);
  });

  it('uses the dictionary of each English: British words pass in en-GB and fail in en-US', async () => {
    const body = 'Organise a check of your oesophagus if the colour of your stools changes.\n';
    expect(ofRule(await lintMarkdown(frontmatter({ language: 'en-GB' }) + body), 'spelling')).toEqual([]);
    const american = ofRule(await lintMarkdown(frontmatter({ language: 'en-US' }) + body), 'spelling');
    expect(american.map((m) => /`([^`]+)`/.exec(m.reason)![1])).toEqual(['Organise', 'oesophagus', 'colour']);
    // The config's default language applies where the article has none.
    const defaulted = ofRule(await lintMarkdown(frontmatter() + body, testConfig({ defaults: { language: 'en-GB' } })), 'spelling');
    expect(defaulted).toEqual([]);
  });

  it('says once that a language without a dictionary is not checked', async () => {
    const found = ofRule(await lintMarkdown(frontmatter({ language: 'de' }) + 'Ruhen Sie sich aus. Gehen Sie täglich spazieren.\n'), 'spelling');
    expect(found.map(({ line, column, severity }) => [line, column, severity])).toEqual([[8, 11, 'info']]);
    expect(found[0].reason).toBe('Spelling not checked for `de`: pressroom has no dictionary for this language yet; proofread this article by hand');
  });

  it('accepts medical terms with the medical dictionary on, and not without it', async () => {
    const body = 'Spondylosis and sacroiliac pain can cause paresthesia. Its name is spondylosis (spon-dee-LOH-sis).\n';
    expect(ofRule(await lintMarkdown(frontmatter() + body, testConfig({ lint: { medicalDictionary: true } })), 'spelling')).toEqual([]);
    const words = ofRule(await lintMarkdown(frontmatter() + body), 'spelling').map((m) => /`([^`]+)`/.exec(m.reason)![1]);
    expect(words).toEqual(['Spondylosis', 'paresthesia', 'spondylosis']);
    // Typos are still found beside the medical list.
    const typo = ofRule(await lintMarkdown(frontmatter() + 'Spondylossis hurts.\n', testConfig({ lint: { medicalDictionary: true } })), 'spelling');
    expect(typo.map(({ line, column }) => [line, column])).toEqual([[9, 1]]);
  });

  it('checks the title and summary at their words (Bug: a typo in the title, shown on every page and card, passed)', async () => {
    const text = frontmatter({ title: 'Knee paen at night', summary: 'What helps a sore kne. See [our page](https://example.org/knee).' }) + 'Rest.\n';
    expect(ofRule(await lintMarkdown(text), 'spelling').map(({ line, column, reason }) => ({ line, column, word: /`([^`]+)`/.exec(reason)![1] }))).toEqual([
      { line: 2, column: 13, word: 'paen' },
      { line: 3, column: 28, word: 'kne' },
    ]);
    // Quoted, the word is still found exactly; folded over lines, at the start of the value.
    const folded = '---\ntitle: "Knee paen"\nsummary: >\n  A sore\n  kne.\ntype: guide\nreviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n---\n\nRest.\n';
    expect(ofRule(await lintMarkdown(folded), 'spelling').map(({ line, column }) => [line, column])).toEqual([
      [2, 14],
      [3, 10],
    ]);
  });
});
