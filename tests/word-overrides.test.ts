/**
 * A clinic's own interface words (`words:` in pressroom.yaml) replace the shipped ones, per
 * language tag, in every format; a misspelt or non-text word is a config error.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { toHtml } from 'hast-util-to-html';
import { configSchema } from '../pipeline/config/schema.ts';
import { wordsFor } from '../pipeline/languages/languages.ts';
import { LANGUAGES } from '../pipeline/languages/languages.ts';
import { transformArticle } from '../pipeline/transform/transform.ts';
import { reviewedLine } from '../pipeline/render/article-parts.ts';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { frontmatter, testConfig } from './helpers/lint-markdown.ts';
import { testUrls } from './helpers/render-fixture.ts';

const words = {
  es: { page: { disclaimer: 'Hable con su terapeuta.', emergencyCall: ['Llame ya al ', '.'], directiveLabels: { tip: 'Truco' } } },
  'es-MX': { page: { disclaimer: 'Consulte a su terapeuta.' }, handout: { kind: 'Hoja para pacientes' } },
} as const;

describe('the clinic’s own words', () => {
  it('replace the shipped words, the most specific tag last', () => {
    const mexico = wordsFor('es-MX', words);
    expect(mexico.page.disclaimer).toBe('Consulte a su terapeuta.');
    expect(mexico.page.directiveLabels).toEqual({ ...LANGUAGES.es.page.directiveLabels, tip: 'Truco' });
    expect(mexico.handout.kind).toBe('Hoja para pacientes');
    expect(wordsFor('es', words).page.disclaimer).toBe('Hable con su terapeuta.');
    expect(wordsFor('es', words).handout.kind).toBe(LANGUAGES.es.handout.kind);
    expect(wordsFor('en', words).page.disclaimer).toBe(LANGUAGES.en.page.disclaimer);
    expect(wordsFor('es-MX').page.disclaimer).toBe(LANGUAGES.es.page.disclaimer);
  });

  it('reach the rendered article: callout labels, the emergency call and the review line', async () => {
    const config = testConfig({ words });
    const file = new VFile({ path: path.join(config.contentDir, 'consejo.md'), value: `${frontmatter({ language: 'es-MX' })}\n:::tip\nUse calor.\n:::\n\n:::emergency\n- Dolor de pecho.\n:::\n`, cwd: config.contentDir });
    await parseArticles([file]);
    await validateArticles([file], config);
    const html = toHtml(transformArticle(file, config, { format: 'html', ...testUrls }));
    expect(html).toContain('>Truco</p>');
    expect(html).toContain('<p class="emergency-call">Llame ya al <a href="tel:911">911</a>.</p>');
    expect(toHtml(reviewedLine(file.data.article!, config.words))).toContain(LANGUAGES.es.page.reviewedBy[0]);
  });

  it('are checked like the rest of the config: a misspelt word, a non-text word or a bad tag is an error at its path', () => {
    const issues = (input: unknown) => {
      const result = configSchema.safeParse({ words: input });
      return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`);
    };
    expect(issues({ es: { page: { disclaimr: 'x' } } })).toEqual(['words.es.page: unrecognized_keys']);
    expect(issues({ es: { page: { table: 'Tabla' } } })).toEqual(['words.es.page: unrecognized_keys']);
    expect(issues({ es: { page: { emergencyCall: ['only one part'] } } })).toEqual(['words.es.page.emergencyCall: too_small']);
    expect(issues({ 'not a tag': {} })).toEqual(['words.not a tag: invalid_key']);
    expect(issues({ es: { page: { directiveLabels: { danger: 'Peligro' } } } })).toEqual(['words.es.page.directiveLabels: unrecognized_keys']);
  });
});
