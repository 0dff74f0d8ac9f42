import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../pipeline/check.ts';
import { fixturesDir } from './helpers/lint-markdown.ts';

const root = path.resolve(fixturesDir, '..', '..');

describe('the sample content', () => {
  it('lints clean: no errors, no warnings, and for translations only the note on English-only checks', async () => {
    const result = await checkArticles({ paths: ['content'], cwd: root });
    expect(result.configFile?.messages ?? []).toEqual([]);
    expect(result.usageErrors).toEqual([]);
    expect(result.files.map((file) => file.path).sort()).toEqual([
      'content/lower-back-spasms.es.md',
      'content/lower-back-spasms.md',
      'content/preparing-for-your-visit.md',
      'content/preparing-for-your-visit.zh-Hans.md',
    ]);
    for (const file of result.files) {
      const english = file.data.article?.language.startsWith('en');
      expect(file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId}`)).toEqual(english ? [] : [`${file.path}:5:11 language-checks`]);
    }
  });

  it('links each translation to its source, with the same emergency signs', async () => {
    const result = await checkArticles({ paths: ['content'], cwd: root });
    // A translation shares its source's slug; its language keeps the outputs apart.
    const byPath = new Map(result.files.map((file) => [path.basename(file.path), file.data.article!]));
    expect(byPath.get('lower-back-spasms.es.md')).toMatchObject({ slug: 'lower-back-spasms', language: 'es-US', translationOf: 'lower-back-spasms' });
    expect(byPath.get('preparing-for-your-visit.zh-Hans.md')).toMatchObject({ slug: 'preparing-for-your-visit', language: 'zh-Hans', translationOf: 'preparing-for-your-visit' });
    const signs = (name: string) => /:::emergency\n[^\n]*\n\n((?:- [^\n]*\n)+)/.exec(String(result.files.find((file) => path.basename(file.path) === name)!.value))![1].split('\n').filter(Boolean).length;
    expect(signs('lower-back-spasms.es.md')).toBe(signs('lower-back-spasms.md'));
  });

  it('fixes the source article’s repeated series item and keeps its red flags', async () => {
    const result = await checkArticles({ paths: ['content/lower-back-spasms.md'], cwd: root });
    const text = String(result.files[0].value);
    expect(text).not.toMatch(/bladder, perineum, and bladder/);
    expect(text).toMatch(/:::emergency/);
    expect(text).toMatch(/:::cta/);
    expect(result.files[0].data.article?.type).toBe('condition');
  });
});
