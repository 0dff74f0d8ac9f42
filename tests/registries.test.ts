/**
 * The three registries (output formats, interface languages, directives): everything derived
 * from one entry agrees with it, and a missing piece fails to compile. The `@ts-expect-error`
 * lines are checked by `tsc --noEmit` (make typecheck): each fails the type check the day the
 * error it expects stops happening.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { toHtml } from 'hast-util-to-html';
import { commands } from '../pipeline/cli/flags.ts';
import { parseCliArgs, UsageError } from '../pipeline/cli/parse-args.ts';
import { DEFAULT_FORMATS, FORMATS, ONLY_NAMES, OUTPUT_FORMATS, rendererTable, type FormatSpec, type OutputFormat } from '../pipeline/formats.ts';
import { CALLOUT_DIRECTIVES, DIRECTIVE_NAMES, DIRECTIVES, type CalloutDirective, type DirectiveName } from '../pipeline/content/directives.ts';
import { DIRECTIVE_HANDLERS, type DirectiveHandlers } from '../pipeline/transform/directives/index.ts';
import { CALLOUT_CLASSES, sanitizeSchema } from '../pipeline/transform/sanitize-schema.ts';
import { transformArticle } from '../pipeline/transform/transform.ts';
import { LANGUAGES, formatDate, textDirection, wordsFor } from '../pipeline/languages/languages.ts';
import type { InterfaceWords, PageWords } from '../pipeline/languages/interface-words.ts';
import { en } from '../pipeline/languages/en.ts';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { frontmatter, lintMarkdown, ofRule, testConfig } from './helpers/lint-markdown.ts';
import { testUrls } from './helpers/render-fixture.ts';

/** Parse and validate one in-memory article, as the build does. */
async function article(markdown: string): Promise<VFile> {
  const config = testConfig();
  const file = new VFile({ path: path.join(config.contentDir, 'registry-test.md'), value: markdown, cwd: config.contentDir });
  await parseArticles([file]);
  await validateArticles([file], config);
  expect(file.messages.filter((message) => message.fatal)).toEqual([]);
  return file;
}

describe('output formats registry', () => {
  const buildFlag = commands.find((command) => command.name === 'build')!.flags.find((flag) => flag.name === 'format')!;

  it('gives the CLI its --format choices and default', () => {
    expect(buildFlag.choices).toEqual(OUTPUT_FORMATS);
    expect(buildFlag.default).toBe(DEFAULT_FORMATS.join(','));
    expect(OUTPUT_FORMATS).toEqual(Object.keys(FORMATS));
    for (const format of OUTPUT_FORMATS) expect(buildFlag.description).toContain(`${format} (${FORMATS[format].summary})`);
    expect(parseCliArgs(['build', '--format', OUTPUT_FORMATS.join(',')]).values.format).toBe(OUTPUT_FORMATS.join(','));
    expect(() => parseCliArgs(['build', '--format', 'docx'])).toThrow(new UsageError(`Unexpected value \`docx\` for --format, expected a comma-separated list of ${OUTPUT_FORMATS.join(', ')}`));
  });

  it('gives the build one renderer per format, which renders that format', async () => {
    const table = rendererTable();
    expect(Object.keys(table)).toEqual(OUTPUT_FORMATS);
    for (const format of OUTPUT_FORMATS) {
      const renderer = await table[format]();
      expect(renderer.format).toBe(format);
      expect(renderer.perArticle).toBe(FORMATS[format].perArticle);
      expect(typeof renderer.render).toBe('function');
    }
  });

  it('gives `:::only` exactly the names of the registry, and each shows its content in its own format only', async () => {
    expect(ONLY_NAMES).toEqual(OUTPUT_FORMATS.flatMap((format) => FORMATS[format].only));
    for (const name of ONLY_NAMES) {
      expect(ofRule(await lintMarkdown(`${frontmatter()}\n:::only{format="${name}"}\nText.\n:::\n`), 'directive-attributes')).toEqual([]);
    }
    expect(ofRule(await lintMarkdown(`${frontmatter()}\n:::only{format="docx"}\nText.\n:::\n`), 'directive-attributes')).toMatchObject([
      { line: 10, column: 1, severity: 'error', reason: `Unexpected format \`docx\` in \`:::only\`, expected ${ONLY_NAMES.map((name) => `\`${name}\``).join(', ')}` },
    ]);
    const config = testConfig();
    for (const shown of OUTPUT_FORMATS) {
      const file = await article(`${frontmatter()}\n:::only{format="${FORMATS[shown].only[0]}"}\nOnly here.\n:::\n`);
      for (const format of OUTPUT_FORMATS) {
        expect(toHtml(transformArticle(file, config, { format, ...testUrls })).includes('Only here.'), `${shown} content in ${format}`).toBe(format === shown);
      }
    }
  });

  it('names each edition that would lose an emergency block inside `:::only`', async () => {
    const [first, ...rest] = OUTPUT_FORMATS;
    const found = ofRule(await lintMarkdown(`${frontmatter()}\n::::only{format="${first}"}\n:::emergency\n- Chest pain.\n:::\n::::\n`), 'emergency-block');
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain(`the ${rest.map((format) => FORMATS[format].edition).join(' and ')} would lose`);
  });

  it('types: a format record needs a renderer loader, and tables keyed by format cover every format', () => {
    // @ts-expect-error a record without `load` is not a format.
    const noLoader: FormatSpec = { summary: 's', edition: 'e', perArticle: false, byDefault: true, only: ['x'] };
    // @ts-expect-error a table keyed by format (like the build's renderer table) misses `epub`.
    const partial: Record<OutputFormat, true> = { html: true, pdf: true };
    expect([noLoader, partial]).toHaveLength(2);
  });
});

describe('directives registry', () => {
  it('has one handler per directive of the contract', () => {
    expect(Object.keys(DIRECTIVE_HANDLERS).sort()).toEqual([...DIRECTIVE_NAMES].sort());
  });

  it('lets the sanitizer keep each callout class, and each callout renders with it', async () => {
    expect(CALLOUT_CLASSES).toEqual(['callout', ...CALLOUT_DIRECTIVES.map((name) => `callout-${name}`)]);
    expect(sanitizeSchema.attributes?.aside).toEqual([['className', ...CALLOUT_CLASSES]]);
    const config = testConfig({ clinic: { name: 'Harbor Point', phone: '(207) 555-0142', url: 'https://example.org/', address: '1 Main St' } });
    for (const name of CALLOUT_DIRECTIVES) {
      const file = await article(`${frontmatter()}\n:::${name}\nBody text.\n:::\n`);
      const html = toHtml(transformArticle(file, config, { format: 'html', ...testUrls }));
      expect(html).toMatch(new RegExp(`^<(aside|section) class="callout callout-${name}"`));
      expect(html).toContain(`>${en.page.directiveLabels[name]}</p>`);
    }
  });

  it('builds the unknown-directive message from the contract', async () => {
    const found = ofRule(await lintMarkdown(`${frontmatter()}\n:::sidebar-box\nText.\n:::\n`), 'unknown-directive');
    expect(found).toMatchObject([
      {
        line: 10,
        column: 1,
        reason: `Unexpected unknown directive \`:::sidebar-box\`; expected one of ${DIRECTIVE_NAMES.map((name) => `\`:::${name}\` (${DIRECTIVES[name].summary})`).join(', ')}`,
      },
    ]);
  });

  it('types: a new directive needs a handler and a label in every language', () => {
    // @ts-expect-error the handler table misses `cta`.
    const missing: DirectiveHandlers = { emergency: DIRECTIVE_HANDLERS.emergency, warning: DIRECTIVE_HANDLERS.warning, tip: DIRECTIVE_HANDLERS.tip, note: DIRECTIVE_HANDLERS.note, only: DIRECTIVE_HANDLERS.only };
    // @ts-expect-error with a directive `video` added to the contract, today's handlers would not do.
    const withVideo: Record<DirectiveName | 'video', DirectiveHandlers[DirectiveName]> = DIRECTIVE_HANDLERS;
    // @ts-expect-error with a callout `video` added to the contract, today's labels would not do.
    const labels: Record<CalloutDirective | 'video', string> = en.page.directiveLabels;
    expect([missing, withVideo, labels]).toHaveLength(3);
  });
});

describe('languages registry', () => {
  /** The shape of a value, for comparing languages: keys, tuple lengths and function arities. */
  const shape = (value: unknown): unknown => {
    if (typeof value === 'function') return `function/${value.length}`;
    if (Array.isArray(value)) return value.map(shape);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => [key, shape(item)]));
    return typeof value;
  };

  it('gives every language every word, none empty', () => {
    for (const [tag, words] of Object.entries(LANGUAGES) as Array<[string, InterfaceWords]>) {
      const { formatDate: _own, ...comparable } = words;
      const { formatDate: _none, ...english } = en as InterfaceWords;
      expect(shape(comparable), tag).toEqual(shape(english));
      const strings = JSON.stringify([words.page, words.handout, words.book]);
      expect(strings, tag).not.toMatch(/""/);
      expect(['ltr', 'rtl']).toContain(words.direction);
    }
  });

  it('falls back along the tag: es-MX → es → en', () => {
    expect(wordsFor('es-MX').tag).toBe('es');
    expect(wordsFor('es-MX').page.sources).toBe(LANGUAGES.es.page.sources);
    expect(wordsFor('ES').tag).toBe('es');
    expect(wordsFor('de-AT').tag).toBe('en');
    expect(wordsFor('not a tag').tag).toBe('en');
    expect(textDirection('es-MX')).toBe('ltr');
    expect(textDirection('he')).toBe('rtl');
    expect(formatDate('2026-10-14', 'es-MX')).toBe('14 de octubre de 2026');
    expect(formatDate('2026-10-14', 'en-US')).toBe('October 14, 2026');
  });

  it('puts the language words in the web page, the handout text and the e-book labels', async () => {
    const file = await article(`${frontmatter({ language: 'es-MX' })}\n:::tip\nBeba agua.\n:::\n`);
    const html = toHtml(transformArticle(file, testConfig(), { format: 'pdf', ...testUrls }));
    expect(html).toContain(`>${LANGUAGES.es.page.directiveLabels.tip}</p>`);
    expect(wordsFor('es-MX').handout.headerEmergency('911')).toBe('En una emergencia, llame al 911');
  });

  it('types: a language without a word does not compile', () => {
    const { sources: _dropped, ...withoutSources } = en.page;
    // @ts-expect-error `sources` is missing.
    const page: PageWords = withoutSources;
    // @ts-expect-error a language needs its direction.
    const noDirection: InterfaceWords = { name: 'X', page: en.page, handout: en.handout, book: en.book };
    // @ts-expect-error the direction is `ltr` or `rtl`.
    const badDirection: InterfaceWords = { ...en, direction: 'ttb' };
    expect([page, noDirection, badDirection]).toHaveLength(3);
  });
});
