/**
 * Behaviour of the rules added for real patient material beyond their examples: messages,
 * severities, config switches and the edges where false positives hide.
 */
import { describe, expect, it } from 'vitest';
import { exampleArticle } from '../../pipeline/lint/example-article.ts';
import { keywordMatches, sectionMatches } from '../../pipeline/lint/section-match.ts';
import { builtinTypes } from '../../pipeline/config/builtin-types.ts';
import { lintMarkdown, ofRule, placesOf, testConfig } from '../helpers/lint-markdown.ts';

const clinic = { name: 'Harbor Point PT', phone: '(207) 555-0142', url: 'https://harborpoint.example.org/', address: '48 Lantern Wharf Road', email: 'info@harborpoint.example.org' };

describe('section matching', () => {
  const [causes, emergency, treatment, prevention] = builtinTypes.condition.sections;
  it('matches headings as real articles write them', () => {
    for (const heading of ['Easing the pain on your own', 'Things you can do at home', 'Looking after yourself', 'How is it treated?', 'Treating shin splints']) {
      expect(sectionMatches(heading, treatment), heading).toBe(true);
    }
    for (const heading of ['Keeping it from coming back', 'How to stop back pain coming back', 'Can I prevent it?', 'Lower your risk', 'Avoiding falls']) {
      expect(sectionMatches(heading, prevention), heading).toBe(true);
    }
    for (const heading of ['Get help right away if', 'Urgent advice: call 999 or go to A&E if', 'When should I call 911?', 'Seek care right away if', 'When to get medical help', 'When to call the doctor', 'When to contact a medical professional']) {
      expect(sectionMatches(heading, emergency), heading).toBe(true);
    }
    for (const heading of ['Why it happens', 'What causes cervical spondylosis?', 'Why do ankle sprains happen?']) {
      expect(sectionMatches(heading, causes), heading).toBe(true);
    }
  });
  it('keeps false matches out', () => {
    expect(sectionMatches('Causes', treatment)).toBe(false);
    expect(sectionMatches('Symptoms', emergency)).toBe(false);
    expect(sectionMatches('What is plantar fasciitis?', causes)).toBe(false);
    expect(sectionMatches('Your first appointment', prevention)).toBe(false);
    expect(keywordMatches('Stop and rest, it will pass. Then come back', 'stop … coming back')).toBe(false);
  });
  it('lets a config add its own keywords', async () => {
    const config = testConfig({ types: { leaflet: { sections: [{ heading: 'Exercises', keywords: ['stretch'] }] } } });
    const article = (heading: string) => exampleArticle(`## ${heading}\n\nDo this daily.`).replace('type: guide', 'type: leaflet');
    expect(ofRule(await lintMarkdown(article('Stretches to try'), config), 'required-sections')).toEqual([]);
    expect(placesOf(await lintMarkdown(article('Other things'), config), 'required-sections')).toHaveLength(1);
  });
});

describe('every problem in one run', () => {
  it('checks the emergency block and sections although another frontmatter key is misspelt', async () => {
    const text = '---\ntitle: Shin splints\nsummary: Pain along the shin.\ntype: condition\nreviwed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\nsources:\n  - title: Shin splints\n    url: https://medlineplus.gov/ency/article/000654.htm\n---\n\n## Causes\n\nRunning.\n';
    const found = await lintMarkdown(text);
    expect(ofRule(found, 'frontmatter-schema').length).toBeGreaterThan(0);
    expect(ofRule(found, 'emergency-block')).toHaveLength(1);
    expect(ofRule(found, 'required-sections').map((m) => /section “([^”]+)”/.exec(m.reason)![1])).toEqual(['When to get emergency care', 'Treatment', 'Prevention']);
  });
  it('still uses a valid language when another key is wrong', async () => {
    const text = '---\ntitle: Dolor\nsummary: x\ntype: guide\nlanguage: fr\nreviewed: {by: Ana, on: 2026-06-01}\n---\n\nReposez-vous.\n';
    expect(ofRule(await lintMarkdown(text), 'spelling').map((m) => m.reason)[0]).toMatch(/^Spelling not checked for `fr`/);
  });
});

describe('emergency-number', () => {
  it('names the clinic’s number, as an error in the emergency box and a warning elsewhere', async () => {
    const found = ofRule(await lintMarkdown(exampleArticle('If it is not urgent, call NHS 111.\n\n:::emergency\nGo to A&E now.\n:::'), testConfig({ clinic })), 'emergency-number');
    expect(found.map(({ line, column, severity }) => [line, column, severity])).toEqual([
      [10, 31, 'warning'],
      [13, 7, 'error'],
    ]);
    expect(found[1].reason).toBe('Unexpected `A&E` (used in the UK) in an emergency block: this clinic\'s patients call 911; write “call 911” or “go to the nearest emergency room”');
  });
  it('accepts 112 in the UK, where it also works, and flags 911 there', async () => {
    const uk = testConfig({ clinic: { ...clinic, phone: '01632 960 123', emergencyNumber: '999' } });
    expect(ofRule(await lintMarkdown(exampleArticle('Call 999 or 112. Go to A&E.'), uk), 'emergency-number')).toEqual([]);
    expect(placesOf(await lintMarkdown(exampleArticle('Call 911.'), uk), 'emergency-number')).toEqual([{ ruleId: 'emergency-number', line: 10, column: 6, severity: 'warning' }]);
  });
});

describe('foreign-contact', () => {
  it('flags a tel: link that hides another number, and accepts the clinic’s domain', async () => {
    const body = 'Call [the spine line](tel:+18005550199) or [us](tel:2075550142). Write to billing@harborpoint.example.org.';
    const found = ofRule(await lintMarkdown(exampleArticle(body), testConfig({ clinic })), 'foreign-contact');
    expect(found.map(({ line, column }) => [line, column])).toEqual([[10, 6]]);
    expect(found[0].reason).toContain('`+18005550199`');
  });
  it('ignores dates, doses, ranges and years', async () => {
    const body = 'Reviewed 2026-10-14. Take 200-400 mg. Walk 10 000 steps. Between 2019-2023 it rose.';
    expect(ofRule(await lintMarkdown(exampleArticle(body), testConfig({ clinic })), 'foreign-contact')).toEqual([]);
  });
});

describe('acronym-definition', () => {
  it('says when an abbreviation is spelled out only later', async () => {
    const found = ofRule(await lintMarkdown(exampleArticle('An AAA can burst.\n\nAn abdominal aortic aneurysm (AAA) is a bulge.')), 'acronym-definition');
    expect(found.map(({ line, column }) => [line, column])).toEqual([[10, 4]]);
    expect(found[0].reason).toContain('it is spelled out only later, on line 12');
  });
  it('accepts the clinic’s known abbreviations and the built-in ones', async () => {
    const text = exampleArticle('Your PT may order an MRI. Ask about CBT.');
    expect(placesOf(await lintMarkdown(text), 'acronym-definition')).toHaveLength(1);
    expect(ofRule(await lintMarkdown(text, testConfig({ lint: { knownAbbreviations: ['CBT'] } })), 'acronym-definition')).toEqual([]);
  });
});

describe('list-intro', () => {
  it('accepts a nested list and a callout after the colon, and flags a colon ending a list item', async () => {
    const ok = exampleArticle('- Call us if:\n  - it swells\n\nSigns to watch for:\n\n:::warning\nA fever.\n:::');
    expect(ofRule(await lintMarkdown(ok), 'list-intro')).toEqual([]);
    const bad = exampleArticle('- Rest.\n- Call us if the swelling:\n- Ice it.');
    expect(placesOf(await lintMarkdown(bad), 'list-intro')).toEqual([{ ruleId: 'list-intro', line: 11, column: 26, severity: 'error' }]);
  });
});

describe('plain-language', () => {
  it('takes per-clinic additions and removals', async () => {
    const text = exampleArticle('Lumbar pain with hypertension.');
    const config = testConfig({ lint: { plainLanguage: { lumbar: 'lower back', hypertension: null } } });
    const found = ofRule(await lintMarkdown(text, config), 'plain-language');
    expect(found.map(({ line, column, severity }) => [line, column, severity])).toEqual([[10, 1, 'info']]);
    expect(found[0].reason).toContain('expected “lower back”');
  });
});

describe('typography', () => {
  it('uses a spaced en dash for British English', async () => {
    const found = ofRule(await lintMarkdown(exampleArticle('Rest -- then walk.', 'language: en-GB\n')), 'typography');
    expect(found[0].reason).toBe('Unexpected “ -- ” used as a dash, expected “–”; pressroom lint --fix replaces it');
  });
  it('leaves hyphenated words, list markers, code and HTML comments alone', async () => {
    const text = exampleArticle('- A well-known sit-to-stand test.\n\n`a -- b` <!-- note -->\n\n1. Ten reps - twice.');
    expect(placesOf(await lintMarkdown(text), 'typography')).toEqual([{ ruleId: 'typography', line: 14, column: 12, severity: 'warning' }]);
  });
});
