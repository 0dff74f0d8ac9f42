/**
 * Translations linked by `translationOf`: the source exists, is fresh, and keeps its emergency
 * structure; a translation's sections may follow its source instead of the English names.
 */
import { describe, expect, it } from 'vitest';
import { frontmatter, lintFiles, placesOf, ofRule } from '../helpers/lint-markdown.ts';

const condition = (overrides: Record<string, unknown>, body: string) => `${frontmatter({ type: 'condition', sources: [{ title: 'MedlinePlus', url: 'https://medlineplus.gov/' }], ...overrides })}${body}`;

const englishBody = `
## Causes

Muscles tighten.

## When to get emergency care

:::emergency
- Loss of bladder control.
- Numb legs.
- Fever with back pain.
:::

## Treatment

Rest and heat.

## Prevention

Move often.
`;

const spanishBody = (signs: string[]) => `
## Causas

Los músculos se tensan.

## Cuándo buscar atención de emergencia

:::emergency
${signs.map((sign) => `- ${sign}`).join('\n')}
:::

## Tratamiento

Descanso y calor.

## Prevención

Muévase a menudo.
`;

const source = condition({ title: 'Lower back spasms', reviewed: { by: 'Dana Whitfield, DPT', on: '2026-06-01' } }, englishBody);
const spanish = (overrides: Record<string, unknown> = {}, signs = ['Pérdida del control de la vejiga.', 'Piernas entumecidas.', 'Fiebre con dolor de espalda.']) =>
  condition({ title: 'Espasmos en la parte baja de la espalda', language: 'es', translationOf: 'lower-back-spasms', reviewed: { by: 'Dana Whitfield, DPT', on: '2026-06-15' }, ...overrides }, spanishBody(signs));

describe('translations', () => {
  it('accept a faithful, fresh translation whose sections follow the source', async () => {
    const found = await lintFiles({ 'lower-back-spasms.md': source, 'lower-back-spasms.es.md': spanish() });
    const rules = ['translation-source', 'translation-stale', 'translation-structure', 'required-sections', 'emergency-block'];
    for (const rule of rules) expect(ofRule(found['lower-back-spasms.es.md'], rule), rule).toEqual([]);
  });

  it('translation-source: a slug that names no article is an error at the value, with the nearest slug', async () => {
    const found = await lintFiles({ 'lower-back-spasms.md': source, 'lower-back-spasms.es.md': spanish({ translationOf: 'lower-back-spasm' }) });
    const messages = ofRule(found['lower-back-spasms.es.md'], 'translation-source');
    expect(messages).toMatchObject([{ line: 12, column: 16, severity: 'error' }]);
    expect(messages[0].reason).toBe('Unexpected `translationOf: lower-back-spasm`: no article has that slug; did you mean `lower-back-spasms`?');
  });

  it('translation-source: two translations in one language are an error on each', async () => {
    const found = await lintFiles({ 'lower-back-spasms.md': source, 'a.es.md': spanish(), 'b.es-MX.md': spanish({ language: 'es-MX' }) });
    expect(placesOf(found['a.es.md'], 'translation-source')).toEqual([{ ruleId: 'translation-source', line: 12, column: 16, severity: 'error' }]);
    expect(ofRule(found['b.es-MX.md'], 'translation-source')[0].reason).toBe('Unexpected second translation of `lower-back-spasms` into `es`, also translated by a.es.md; keep one translation per language');
  });

  it('translation-source: a translation in its source language, or of a translation, is an error', async () => {
    const sameLanguage = await lintFiles({ 'lower-back-spasms.md': source, 'copy.md': spanish({ language: 'en-US' }) });
    expect(ofRule(sameLanguage['copy.md'], 'translation-source')[0].reason).toContain('in the same language as its source (`en-US`)');
    const chained = await lintFiles({ 'lower-back-spasms.md': source, 'lower-back-spasms.es.md': spanish({ slug: 'espasmos' }), 'fr.md': spanish({ language: 'fr', translationOf: 'espasmos' }) });
    expect(ofRule(chained['fr.md'], 'translation-source')[0].reason).toContain('that article is itself a translation (of `lower-back-spasms`)');
  });

  it('translation-stale: a source reviewed after its translation is a warning naming both dates', async () => {
    const newer = source.replace('on: 2026-06-01', 'on: 2026-10-14');
    const found = await lintFiles({ 'lower-back-spasms.md': newer, 'lower-back-spasms.es.md': spanish() });
    const messages = ofRule(found['lower-back-spasms.es.md'], 'translation-stale');
    expect(placesOf(found['lower-back-spasms.es.md'], 'translation-stale')).toEqual([{ ruleId: 'translation-stale', line: 7, column: 7, severity: 'warning' }]);
    expect(messages[0].reason).toContain('was reviewed on 2026-10-14, after this translation');
    expect(messages[0].reason).toContain('review on 2026-06-15');
  });

  it('translation-structure: a lost emergency sign is an error at the list, naming the source line', async () => {
    const found = await lintFiles({ 'lower-back-spasms.md': source, 'lower-back-spasms.es.md': spanish({}, ['Pérdida del control de la vejiga.', 'Piernas entumecidas.']) });
    const messages = ofRule(found['lower-back-spasms.es.md'], 'translation-structure');
    expect(messages).toMatchObject([{ line: 22, column: 1, severity: 'error' }]);
    expect(messages[0].reason).toBe('Unexpected 2 items in this emergency list, expected 3 as in the source (lower-back-spasms.md:20); translate every sign, one item each');
  });

  it('translation-structure: a missing emergency block is an error', async () => {
    const withoutBlock = spanish().replace(/:::emergency\n[\s\S]*?\n:::\n/, 'Llame al 911.\n');
    const found = await lintFiles({ 'lower-back-spasms.md': source, 'lower-back-spasms.es.md': withoutBlock });
    expect(ofRule(found['lower-back-spasms.es.md'], 'translation-structure')[0].reason).toBe(
      'Unexpected 0 `:::emergency` blocks, expected 1 as in the source lower-back-spasms.md; translate every emergency block',
    );
  });

  it('required-sections: a translation with other sections than its source still needs the type’s sections', async () => {
    const fewer = spanish().replace('## Prevención\n\nMuévase a menudo.\n', '');
    const found = await lintFiles({ 'lower-back-spasms.md': source, 'lower-back-spasms.es.md': fewer });
    expect(ofRule(found['lower-back-spasms.es.md'], 'required-sections').length).toBeGreaterThan(0);
  });
});

describe('slugs per language', () => {
  it('a translation shares its source\'s slug; two articles of one language with one slug are an error', async () => {
    const found = await lintFiles({ 'lower-back-spasms.md': source, 'lower-back-spasms.es.md': spanish() });
    expect(ofRule(found['lower-back-spasms.md'], 'duplicate-slug')).toEqual([]);
    expect(ofRule(found['lower-back-spasms.es.md'], 'duplicate-slug')).toEqual([]);
    const twice = await lintFiles({ 'lower-back-spasms.md': source, 'a.es.md': spanish({ slug: 'espasmos', translationOf: undefined }), 'b.es.md': spanish({ slug: 'espasmos', translationOf: undefined }) });
    expect(placesOf(twice['a.es.md'], 'duplicate-slug')).toEqual([{ ruleId: 'duplicate-slug', line: 1, column: 1, severity: 'error' }]);
    expect(ofRule(twice['b.es.md'], 'duplicate-slug')[0].reason).toBe('Unexpected duplicate slug `espasmos` in `es`, also used by a.es.md; give one of them another `slug:`');
  });
});
