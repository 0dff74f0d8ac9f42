import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../pipeline/check.ts';
import { fixturesDir } from './helpers/lint-markdown.ts';

const root = path.resolve(fixturesDir, '..', '..');

describe('the sample content', () => {
  it('lints clean: no errors, no warnings, no info', async () => {
    const result = await checkArticles({ paths: ['content'], cwd: root });
    expect(result.configFile?.messages ?? []).toEqual([]);
    expect(result.usageErrors).toEqual([]);
    expect(result.files.map((file) => file.path).sort()).toEqual(['content/lower-back-spasms.md', 'content/preparing-for-your-visit.md']);
    for (const file of result.files) {
      expect(file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([]);
    }
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
