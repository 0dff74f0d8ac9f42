/**
 * Regression tests for rendering bugs found by probing the renderers with hostile articles
 * and books. Each `describe` is named after the bug it keeps fixed.
 */
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { transformArticle } from '../pipeline/transform/transform.ts';
import { OUTPUT_FORMATS } from '../pipeline/formats.ts';
import { severityOf } from '../pipeline/diagnostics/report-message.ts';
import { sanitizeSvg } from '../pipeline/content/svg-sanitize.ts';
import { checkLocalImage } from '../pipeline/content/image-file.ts';
import { buildFixture, fileNamed, loadFixture, testUrls, writeContent, type LoadedFixture } from './helpers/render-fixture.ts';

/** Frontmatter of 8 lines and a blank line: the body starts on line 10. */
const frontmatter = (title: string) =>
  `---\ntitle: ${JSON.stringify(title)}\nsummary: An article for a rendering regression test.\ntype: guide\nreviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n---\n\n`;

describe('UnclosedRawHtmlSwallowsEmergency: an unclosed raw tag no longer hides the Markdown after it', () => {
  /** Raw HTML that opens an element whose content is never published, and never closes it. */
  const openers: Record<string, string> = {
    template: '<template>\n\nBefore the block.',
    select: '<select>\n\nBefore the block.',
    noscript: '<noscript>\n\nBefore the block.',
    plaintext: '<plaintext>\n\nBefore the block.',
    'svg integration point': '<svg><foreignObject>\n\nBefore the block.',
    'mathml text': '<math><mtext>\n\nBefore the block.',
    'select option': '<select><option>\n\nBefore the block.',
    'inline select': 'Before <select> the block.',
    'inline template': 'Before <template> the block.',
    'inline plaintext': 'Before <plaintext> the block.',
    'inline svg description': 'Before <svg><desc> the block.',
  };
  let fixture: LoadedFixture;
  beforeAll(async () => {
    const articles = Object.fromEntries(
      Object.entries(openers).map(([name, opener], index) => [
        `case-${index}.md`,
        `${frontmatter(name)}## Start\n\n${opener}\n\n:::emergency\nCall now if your legs go numb.\n:::\n\n:::tip\nRest on your side.\n:::\n\n## After\n\nThe last words.\n`,
      ]),
    );
    fixture = await loadFixture(await writeContent(articles));
  });

  for (const [index, name] of Object.keys(openers).entries()) {
    for (const format of OUTPUT_FORMATS) {
      it(`${name} (${format}): the emergency block, the callout and the next section are all there`, () => {
        const body = transformArticle(fileNamed(fixture, `case-${index}.md`), fixture.config, { format, ...testUrls });
        const emergency = select('section.callout-emergency', body);
        expect(emergency && toString(emergency)).toBe('Get emergency careCall 911 or go to the nearest emergency room.Call now if your legs go numb.');
        expect(selectAll('aside.callout-tip', body).map(toString)).toEqual(['TipRest on your side.']);
        expect(selectAll('h2', body).map((heading) => heading.properties.id)).toEqual(['start', 'after']);
        expect(select('h2#after + p', body) && toString(select('h2#after + p', body)!)).toBe('The last words.');
        expect(toString(body)).toContain('Before');
      });
    }
  }

  it('leaves well-formed raw HTML around Markdown as it was, and still drops what it must', async () => {
    const markdown = [
      'A <a href="https://clinic.example.org/">*linked* word</a> and H<sup>*2*</sup>O.',
      '',
      '<div>',
      '',
      'Markdown **inside** a div.',
      '',
      '</div>',
      '',
      'Inline <script>alert(1)</script> script and <textarea>hidden words</textarea> gone.',
      '',
      '- item <template>template words</template> one',
    ].join('\n');
    const fixture = await loadFixture(await writeContent({ 'inline.md': `${frontmatter('Inline HTML')}${markdown}\n` }));
    const body = transformArticle(fileNamed(fixture, 'inline.md'), fixture.config, { format: 'html', ...testUrls });
    expect(select('a[href="https://clinic.example.org/"] > em', body) && toString(select('a > em', body)!)).toBe('linked');
    expect(select('sup > em', body) && toString(select('sup > em', body)!)).toBe('2');
    expect(select('div > p > strong', body) && toString(select('div > p > strong', body)!)).toBe('inside');
    const text = toString(body);
    expect(text).toContain('Inline  script and  gone.');
    for (const gone of ['alert', 'hidden words', 'template words', '</']) expect(text).not.toContain(gone);
  });
});

describe('SvgCssReferencesPublished: SVG images that load through CSS or XML entities are refused', () => {
  const refused = (svg: string) => {
    const result = sanitizeSvg(svg, 'a.svg');
    return result.ok ? 'accepted' : result.problem;
  };

  it('names what an SVG would load through its stylesheet, a style or a presentation attribute', () => {
    expect(refused('<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(http://tracker.example/a.css);</style></svg>')).toBe('`@import` in stylesheet in `<style>` at line 1 of a.svg');
    expect(refused('<svg><style>@import "https://tracker.example/b.css";</style></svg>')).toBe('`@import` in stylesheet in `<style>` at line 1 of a.svg');
    expect(refused('<svg><rect style="fill: url( \'//tracker.example/c.svg#g\' )"/></svg>')).toBe(
      '`url(//tracker.example/c.svg#g)` in attribute `style` on `<rect>` (only `url(#fragment)` is allowed) at line 1 of a.svg',
    );
    expect(refused('<svg><rect fill="url(http://tracker.example/d.svg#g)"/></svg>')).toBe(
      '`url(http://tracker.example/d.svg#g)` in attribute `fill` on `<rect>` (only `url(#fragment)` is allowed) at line 1 of a.svg',
    );
    expect(refused('<svg><style>text { font-family: x; src: url("e.woff") }</style></svg>')).toBe(
      '`url(e.woff)` in stylesheet in `<style>` (only `url(#fragment)` is allowed) at line 1 of a.svg',
    );
    expect(refused('<svg><style>.a { background: u\\72l(http://tracker.example/f.png) }</style></svg>')).toBe('a CSS escape in stylesheet in `<style>` at line 1 of a.svg');
    expect(refused('<?xml version="1.0"?>\n<!DOCTYPE svg [ <!ENTITY x SYSTEM "http://tracker.example/g"> ]>\n<svg><text>&x;</text></svg>')).toBe(
      'a DTD internal subset (entity declarations) at line 2 of a.svg',
    );
    // A `data:` URL in CSS is a document of its own: only the drawing's own parts may be named.
    expect(refused('<svg><rect filter="url(data:image/png;base64,iVBORw0KGgo=)"/></svg>')).toBe(
      '`url(data:image/png;base64,iVBORw0KGgo=)` in attribute `filter` on `<rect>` (only `url(#fragment)` is allowed) at line 1 of a.svg',
    );
  });

  it('accepts references to the drawing’s own parts', () => {
    expect(refused('<svg><defs><linearGradient id="g"/></defs><style>.a { fill: url(#g) }</style><rect class="a" style="stroke: url( \'#g\' )" fill="url(#g)"/></svg>')).toBe('accepted');
  });
});

describe('EpubPublishedActiveSvg: the e-book checks SVG images like the web edition', () => {
  let contentDir: string;
  beforeAll(async () => {
    contentDir = await mkdtemp(path.join(tmpdir(), 'pressroom-epub-svg-'));
    await writeFile(path.join(contentDir, 'remote.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/a.png" width="9" height="9"/></svg>');
    await writeFile(path.join(contentDir, 'styled.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://tracker.example/b.css);</style></svg>');
    await writeFile(path.join(contentDir, 'script.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await writeFile(
      path.join(contentDir, 'exported.svg'),
      '<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: an illustration program -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n\t<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">\n]>\n<svg version="1.1" xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect width="9" height="9" fill="#39c"/></svg>\n',
    );
  });

  it('refuses an SVG that loads or runs something, saying what and what to do', async () => {
    expect(await checkLocalImage(path.join(contentDir, 'remote.svg'), contentDir)).toEqual({
      ok: false,
      reason:
        'Unexpected active content in the image `remote.svg`: `href="https://tracker.example/a.png"` on `<image>` (only `#fragment` references are allowed) at line 1 of remote.svg; remove it, or export the image as PNG',
    });
    expect(await checkLocalImage(path.join(contentDir, 'styled.svg'), contentDir)).toEqual({
      ok: false,
      reason: 'Unexpected active content in the image `styled.svg`: `@import` in stylesheet in `<style>` at line 1 of styled.svg; remove it, or export the image as PNG',
    });
    expect(await checkLocalImage(path.join(contentDir, 'script.svg'), contentDir)).toEqual({
      ok: false,
      reason: 'Unexpected active content in the image `script.svg`: element `<script>` at line 1 of script.svg; remove it, or export the image as PNG',
    });
  });

  it('refuses an exported SVG whose DOCTYPE declares entities (an XML reader would expand them), and takes one without', async () => {
    expect(await checkLocalImage(path.join(contentDir, 'exported.svg'), contentDir)).toEqual({
      ok: false,
      reason: 'Unexpected active content in the image `exported.svg`: a DTD internal subset (entity declarations) at line 3 of exported.svg; remove it, or export the image as PNG',
    });
    await writeFile(
      path.join(contentDir, 'plain.svg'),
      '<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: an illustration program -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg version="1.1" xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect width="9" height="9" fill="#39c"/></svg>\n',
    );
    const plain = await checkLocalImage(path.join(contentDir, 'plain.svg'), contentDir);
    expect(plain).toMatchObject({ ok: true, mediaType: 'image/svg+xml' });
    // The re-serialized drawing, not the bytes as written: no declaration, comment or DOCTYPE.
    expect(plain.ok && plain.bytes.toString()).toBe('<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="9" height="9"><rect width="9" height="9" fill="#39c" /></svg>\n');
  });
});

describe('IndexSlugOverwritten: an article with the slug `index` no longer replaces the list of articles', () => {
  it('is refused when checked (as lint refuses it), and index.html stays the list of the others', async () => {
    const dir = await writeContent({
      'index.md': `${frontmatter('Start here')}## Welcome\n\nWords of the start page.\n`,
      'heat.md': `${frontmatter('Heat and cold')}## Heat\n\nUse heat first.\n`,
    });
    const site = await buildFixture(dir);
    const article = fileNamed(site, 'index.md');
    expect(article.messages.map((message) => [message.ruleId, severityOf(message), message.line, message.reason])).toEqual([
      [
        'slug-reserved',
        'error',
        1,
        "Unexpected slug `index`: the web edition has its own `index.html`, so this article's page cannot be published; set another `slug:` in the frontmatter, or rename the file",
      ],
    ]);
    expect(article.data.outputs?.html).toBeUndefined();
    const index = fromHtml(await readFile(path.join(site.htmlDir, 'index.html'), 'utf8'));
    expect(toString(select('h1', index)!)).toBe('Patient library');
    expect(selectAll('main a[href$=".html"]', index).map((link) => link.properties.href)).toEqual(['heat.html']);
    await expect(stat(path.join(site.htmlDir, 'heat.html'))).resolves.toBeDefined();
  });
});

describe('UnsafeSvgReportedAtFileStart: a refused SVG image is reported at its own line', () => {
  it('places the web edition’s message on the image', async () => {
    const dir = await writeContent({ 'chart.md': `${frontmatter('Chart')}## Chart\n\nSee the chart.\n\n![A chart of the exercises](images/chart.svg)\n` });
    await writeFile(path.join(dir, 'images', 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/p.png"/></svg>');
    const site = await buildFixture(dir);
    expect(fileNamed(site, 'chart.md').messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toEqual([
      [
        'render-image',
        14,
        1,
        'Unexpected active content in the image `images/chart.svg`: `href="https://tracker.example/p.png"` on `<image>` (only `#fragment` references are allowed) at line 1 of images/chart.svg; remove it, or export the image as PNG',
      ],
    ]);
    const page = await readFile(path.join(site.htmlDir, 'chart.html'), 'utf8');
    expect(page).not.toContain('chart.svg');
    expect(page).toContain('A chart of the exercises');
  });
});

describe('EmptyHeadingId: a heading without words gets an id, and no empty entry in the contents', () => {
  const markdown = [
    '## ![Knee to chest](images/knee-to-chest.png)',
    '',
    '## Heat[^1] first',
    '',
    '##',
    '',
    '## <span></span>',
    '',
    '## Section',
    '',
    '[^1]: For 15 minutes.',
  ].join('\n');

  it('never writes id="" and lists each heading by its words, alt text included, note calls left out', async () => {
    const site = await buildFixture(await writeContent({ 'headings.md': `${frontmatter('Headings')}${markdown}\n` }));
    expect(fileNamed(site, 'headings.md').messages).toEqual([]);
    const page = fromHtml(await readFile(path.join(site.htmlDir, 'headings.html'), 'utf8'));
    expect(selectAll('.article-body h2', page).map((heading) => heading.properties.id)).toEqual([
      'knee-to-chest',
      'heat-first',
      'section-1',
      'spanspan',
      'section',
      'user-content-footnote-label',
    ]);
    expect(selectAll('nav.toc a', page).map((link) => [link.properties.href, toString(link)])).toEqual([
      ['#knee-to-chest', 'Knee to chest'],
      ['#heat-first', 'Heat first'],
      ['#section', 'Section'],
    ]);
  });
});

describe('RtlPageLeftToRight: a right-to-left article gets a right-to-left page', () => {
  it('sets `dir` with `lang` on the article’s page, and leaves left-to-right pages alone', async () => {
    const arabic = `---\ntitle: آلام الظهر\nsummary: ما الذي يسبب آلام الظهر.\ntype: guide\nlanguage: ar\nreviewed:\n  by: Layla Haddad, DPT\n  on: 2026-06-01\n---\n\n## الأسباب\n\nرفع الأشياء الثقيلة.\n`;
    const site = await buildFixture(await writeContent({ 'ar.md': arabic, 'en.md': `${frontmatter('Back pain')}## Causes\n\nLifting.\n` }));
    const html = (page: string) => select('html', fromHtml(page))!.properties;
    expect(html(await readFile(path.join(site.htmlDir, 'ar', 'ar.html'), 'utf8'))).toMatchObject({ lang: 'ar', dir: 'rtl' });
    const english = html(await readFile(path.join(site.htmlDir, 'en.html'), 'utf8'));
    expect(english.lang).toBe('en-US');
    expect(english.dir).toBeUndefined();
  });
});
