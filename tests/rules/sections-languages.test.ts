/**
 * Content types in every language: a Spanish `condition` with Spanish headings meets its
 * contract through the built-in Spanish names and keywords; a missing section is named in
 * Spanish; a config adds another language (`sectionWords`); a translation whose `##` sections
 * correspond one to one with its source's meets the contract whatever its headings say.
 */
import { describe, expect, it } from 'vitest';
import { frontmatter, lintFiles, lintMarkdown, ofRule, placesOf, testConfig } from '../helpers/lint-markdown.ts';

const sources = [{ title: 'Back pain', url: 'https://medlineplus.gov/backpain.html' }];
const condition = (language: string, body: string, extra: Record<string, unknown> = {}) =>
  `${frontmatter({ title: 'Espasmos de espalda', summary: 'Qué los causa y cómo aliviarlos.', type: 'condition', language, sources, ...extra })}${body}`;
const emergency = '\n:::emergency\n- Pierde el control de la vejiga.\n:::\n';

describe('required sections per language', () => {
  it('a Spanish condition with Spanish headings meets its contract (accents optional)', async () => {
    const body = `\n## Causas\n\nLos músculos se tensan.\n\n## Cuándo buscar atención de emergencia\n${emergency}\n## Tratamiento\n\nDescanse.\n\n## Prevención\n\nCamine.\n`;
    expect(ofRule(await lintMarkdown(condition('es-US', body)), 'required-sections')).toEqual([]);
    const phrased = `\n## Por qué ocurre\n\nLos músculos se tensan.\n\n## Llame al 911 si\n${emergency}\n## Lo que usted puede hacer en casa\n\nDescanse.\n\n## Como evitar que vuelva\n\nCamine.\n`;
    expect(ofRule(await lintMarkdown(condition('es', phrased)), 'required-sections')).toEqual([]);
  });

  it('names a missing section in Spanish, at the end of the file', async () => {
    const body = `\n## Causas\n\nLos músculos se tensan.\n\n## Señales de alarma\n${emergency}\n## Tratamiento\n\nDescanse.\n`;
    const found = await lintMarkdown(condition('es', body));
    expect(placesOf(found, 'required-sections')).toEqual([{ ruleId: 'required-sections', line: 27, column: 1, severity: 'error' }]);
    expect(ofRule(found, 'required-sections')[0].reason).toBe(
      'Missing required section “Prevención” (or “Cómo prevenir”, “Prevenir”) for type `condition`; add a `## Prevención` heading, or a `##` heading about it',
    );
  });

  it('does not take Spanish headings for another language, until the config adds that language', async () => {
    const body = `\n## Causes\n\nLes muscles se contractent.\n\n## Quand consulter en urgence\n${emergency}\n## Que faire à la maison\n\nReposez-vous.\n\n## Éviter une rechute\n\nMarchez.\n`;
    const without = await lintMarkdown(condition('fr', body));
    expect(ofRule(without, 'required-sections').map((message) => /^Missing required section “([^”]+)”/.exec(message.reason)?.[1])).toEqual([
      'When to get emergency care',
      'Treatment',
      'Prevention',
    ]);
    const config = testConfig({
      sectionWords: {
        fr: {
          'When to get emergency care': { heading: 'Quand consulter en urgence', keywords: ['urgence'] },
          Treatment: { heading: 'Traitement', keywords: ['que faire', 'à la maison'] },
          Prevention: { heading: 'Prévention', keywords: ['éviter', 'rechute'] },
        },
      },
    });
    expect(ofRule(await lintMarkdown(condition('fr', body), config), 'required-sections')).toEqual([]);
  });

  it('a translation meets the contract when its sections correspond one to one with its source’s', async () => {
    const source = `${frontmatter({ title: 'Back spasms', summary: 'What causes them and how to ease them.', type: 'condition', sources, slug: 'back-spasms' })}\n## Causes\n\nMuscles tighten.\n\n## When to get emergency care\n\n:::emergency\n- You lose bladder control.\n:::\n\n## Treatment\n\nRest.\n\n## Prevention\n\nWalk.\n`;
    // Headings no keyword knows, in a language without section names: the correspondence is enough.
    const body = `\n## Sababu\n\nMisuli hukaza.\n\n## Dharura\n${emergency}\n## Matibabu\n\nPumzika.\n\n## Kinga\n\nTembea.\n`;
    const found = await lintFiles({ 'back-spasms.md': source, 'back-spasms.sw.md': condition('sw', body, { translationOf: 'back-spasms' }) });
    expect(ofRule(found['back-spasms.sw.md'], 'required-sections')).toEqual([]);
    // One section fewer than the source: the contract applies, and names what is missing.
    const short = `\n## Sababu\n\nMisuli hukaza.\n\n## Dharura\n${emergency}\n## Matibabu\n\nPumzika.\n`;
    const shortFound = await lintFiles({ 'back-spasms.md': source, 'back-spasms.sw.md': condition('sw', short, { translationOf: 'back-spasms' }) });
    expect(ofRule(shortFound['back-spasms.sw.md'], 'required-sections').length).toBeGreaterThan(0);
  });
});
