import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { transformArticle } from '../pipeline/transform/transform.ts';
import { headingAnchors } from '../pipeline/lint/collection.ts';
import { emergencyBlocks, headingsOf, reviewedLine, sourcesList } from '../pipeline/render/article-parts.ts';
import { htmlRenderer } from '../pipeline/render/html.ts';
import { renderWith } from './helpers/build-context.ts';
import { toHtml } from 'hast-util-to-html';
import {
  bodyHtml,
  buildFixture,
  fileNamed,
  htmlFixtureDir,
  loadFixture,
  repoDir,
  testUrls,
  writeContent,
  type BuiltSite,
  type LoadedFixture,
} from './helpers/render-fixture.ts';

const frontmatter = (extra = '') =>
  `---\ntitle: Test article\nsummary: A short test article.\ntype: guide\nreviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n${extra}---\n`;

function ids(tree: Root): string[] {
  return selectAll('[id]', tree).map((node) => String(node.properties.id));
}

/** Every `href="#x"` in the tree points at an element with `id="x"`. */
function brokenFragments(tree: Root): string[] {
  const known = new Set(ids(tree));
  return selectAll('a[href^="#"]', tree)
    .map((node) => decodeURIComponent(String(node.properties.href).slice(1)))
    .filter((id) => !known.has(id));
}

describe('transformArticle on the feature fixture', () => {
  let fixture: LoadedFixture;
  beforeAll(async () => {
    fixture = await loadFixture(htmlFixtureDir);
  });

  it('renders the body of every feature (snapshot)', () => {
    expect(bodyHtml(fileNamed(fixture, 'features.md'), fixture.config)).toMatchSnapshot();
  });

  it('never changes the shared Markdown tree', () => {
    const file = fileNamed(fixture, 'features.md');
    const before = structuredClone(file.data.tree);
    for (const format of ['html', 'pdf', 'epub'] as const) transformArticle(file, fixture.config, { format, ...testUrls });
    expect(file.data.tree).toEqual(before);
  });

  it('gives headings the anchors lint checks links against', () => {
    const file = fileNamed(fixture, 'features.md');
    const body = transformArticle(file, fixture.config, { format: 'html', ...testUrls });
    const headingIds = headingsOf(body).map((heading) => heading.id);
    expect(headingIds).toEqual(['callouts', 'formats', 'tables-and-lists', 'footnotes', 'images', 'links']);
    expect(new Set(headingIds)).toEqual(headingAnchors(file.data.tree!));
  });

  it('makes footnote links and back links that resolve, and unique ids', () => {
    const body = transformArticle(fileNamed(fixture, 'features.md'), fixture.config, { format: 'html', ...testUrls });
    const refs = selectAll('a[data-footnote-ref]', body).map((node) => node.properties.href);
    expect(refs).toEqual(['#user-content-fn-heat', '#user-content-fn-cold', '#user-content-fn-heat']);
    expect(selectAll('a[data-footnote-backref]', body)).toHaveLength(3);
    expect(brokenFragments(body)).toEqual([]);
    const all = ids(body);
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps `:::only` content in the formats it names, and only there', () => {
    const file = fileNamed(fixture, 'features.md');
    const text = (format: 'html' | 'pdf' | 'epub') => toString(transformArticle(file, fixture.config, { format, ...testUrls }));
    expect(text('html')).toContain('Only the web page shows this sentence.');
    expect(text('html')).not.toContain('Only the printed handout');
    expect(text('html')).not.toContain('The handout and the e-book');
    expect(text('pdf')).toContain('Only the printed handout shows this sentence.');
    expect(text('pdf')).toContain('The handout and the e-book show this sentence.');
    expect(text('pdf')).not.toContain('Only the web page');
    expect(text('epub')).toContain('The handout and the e-book show this sentence.');
    expect(text('epub')).not.toContain('Only the printed handout');
  });

  it('keeps unknown text directives as the words they were written as', () => {
    const body = bodyHtml(fileNamed(fixture, 'features.md'), fixture.config);
    expect(body).toContain('The ratio is 3:1, the time is 10:30, and Note:this stays as written.');
    expect(body).toContain('An inline :abbr[NSAID]{title="medicine"} stays too');
  });

  it('labels every callout with its visible label', () => {
    const body = transformArticle(fileNamed(fixture, 'features.md'), fixture.config, { format: 'html', ...testUrls });
    const callouts = selectAll('.callout', body).map((node) => {
      const label = select(`#${String(node.properties.ariaLabelledBy)}`, node);
      return [node.tagName, (node.properties.className as string[]).join(' '), label ? toString(label) : undefined];
    });
    expect(callouts).toEqual([
      ['section', 'callout callout-emergency', 'Get emergency care'],
      ['section', 'callout callout-emergency', 'Call now if you cannot move your legs'],
      ['aside', 'callout callout-warning', 'Warning'],
      ['aside', 'callout callout-tip', 'Heat first'],
      ['aside', 'callout callout-note', 'Good to know'],
      ['aside', 'callout callout-cta', 'Contact us'],
    ]);
  });

  it('puts the emergency number first in every emergency block, as a phone link', () => {
    const body = transformArticle(fileNamed(fixture, 'features.md'), fixture.config, { format: 'pdf', ...testUrls });
    const blocks = emergencyBlocks(body);
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      const call = select('.emergency-call', block)!;
      expect(toString(call)).toBe('Call 911 or go to the nearest emergency room.');
      expect(select('a', call)!.properties.href).toBe('tel:911');
    }
    // Copies: changing them leaves the body alone.
    blocks[0].children = [];
    expect(emergencyBlocks(body)[0].children.length).toBeGreaterThan(0);
  });

  it('renders the clinic’s contact block after the author’s words in `:::cta`', () => {
    const body = transformArticle(fileNamed(fixture, 'features.md'), fixture.config, { format: 'html', ...testUrls });
    const cta = select('.callout-cta', body)!;
    expect(toString(select('address', cta)!)).toBe(
      'Willow Creek Physical TherapyPhone: +1 555-0100Address: 12 Alder Lane, Suite 3, Millbrook, VT 05999Website: willowcreek.example.org/libraryEmail: hello@willowcreek.example.org',
    );
    expect(selectAll('address a', cta).map((node) => node.properties.href)).toEqual([
      'tel:+15550100',
      'https://willowcreek.example.org/library/',
      'mailto:hello@willowcreek.example.org',
    ]);
  });

  it('turns titled images into figures, and asks the format for image URLs', () => {
    const seen: string[] = [];
    const body = transformArticle(fileNamed(fixture, 'features.md'), fixture.config, {
      format: 'epub',
      articleHref: testUrls.articleHref,
      articleAt: testUrls.articleAt,
      imageSrc: (absolute) => {
        seen.push(absolute);
        return `file://${absolute}`;
      },
    });
    expect(seen).toEqual(Array(3).fill(path.join(htmlFixtureDir, 'images', 'knee-to-chest.png')));
    const figure = select('figure', body)!;
    expect(toString(select('figcaption', figure)!)).toBe('Knee-to-chest stretch: hold for 20 seconds');
    expect(select('img', figure)!.properties).toEqual({ src: `file://${seen[0]}`, alt: 'A person lying on their back, pulling one knee to the chest' });
    expect(selectAll('figure', body)).toHaveLength(1);
    expect(selectAll('p > img', body).map((node) => node.properties.alt)).toEqual(['A person lying on their back', 'small stretch icon']);
  });

  it('links other articles by slug, keeps anchors and marks external links', () => {
    const body = transformArticle(fileNamed(fixture, 'features.md'), fixture.config, { format: 'html', ...testUrls });
    const links = selectAll('h2#links ~ p a', body).map((node) => [toString(node), node.properties.href, node.properties.rel ?? null]);
    expect(links).toEqual([
      ['the other guide', 'another-guide.html', null],
      ['section on rest', 'another-guide.html#rest-and-sleep', null],
      ['callouts above', '#callouts', null],
      ['MedlinePlus', 'https://medlineplus.gov/backpain.html', ['external', 'noopener', 'noreferrer']],
      ['hello@willowcreek.example.org', 'mailto:hello@willowcreek.example.org', null],
      ['the front desk', 'tel:+15550100', null],
    ]);
    // Without `fileHref` the form's words stay and the link goes.
    expect(toString(select('h2#links + p', body)!)).toContain('or fill in the intake form.');
  });

  it('renders the task list without form controls', () => {
    const body = transformArticle(fileNamed(fixture, 'features.md'), fixture.config, { format: 'html', ...testUrls });
    expect(selectAll('input', body)).toEqual([]);
    expect(selectAll('.task-box', body).map((node) => node.properties.ariaLabel)).toEqual(['Done', 'Not done']);
  });

  it('wraps tables in a labelled scroll region and replaces `align`', () => {
    const body = transformArticle(fileNamed(fixture, 'features.md'), fixture.config, { format: 'html', ...testUrls });
    const region = select('div.table-scroll', body)!;
    expect(region.properties).toMatchObject({ role: 'region', ariaLabel: 'Table 1', tabIndex: 0 });
    expect(selectAll('th', region).map((node) => node.properties.className)).toEqual([['align-left'], ['align-center'], ['align-right']]);
    expect(selectAll('[align]', body)).toEqual([]);
  });
});

describe('transformArticle on small articles', () => {
  it('uses the configured emergency number, and 911 without a clinic', async () => {
    const article = `${frontmatter()}\n:::emergency\nChest pain.\n:::\n`;
    const withNumber = await loadFixture(
      await writeContent({ 'a.md': article }, 'clinic:\n  name: Test Clinic\n  phone: "0100"\n  url: https://clinic.example.org/\n  address: 1 Main St\n  emergencyNumber: "112"\n'),
    );
    expect(bodyHtml(withNumber.files[0], withNumber.config)).toContain('<p class="emergency-call">Call <a href="tel:112">112</a> or go to the nearest emergency room.</p>');
    const withoutClinic = await loadFixture(await writeContent({ 'a.md': article }, 'defaults:\n  language: en\n'));
    expect(bodyHtml(withoutClinic.files[0], withoutClinic.config)).toContain('<a href="tel:911">911</a>');
  });

  it('reports `:::cta` without a clinic once, at the directive, and keeps the words', async () => {
    const fixture = await loadFixture(await writeContent({ 'a.md': `${frontmatter()}\nIntro.\n\n:::cta\nCall us.\n:::\n` }, 'defaults:\n  language: en\n'));
    const file = fixture.files[0];
    for (const format of ['html', 'pdf'] as const) expect(bodyHtml(file, fixture.config, format)).toContain('<p>Call us.</p>');
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal])).toEqual([['render-cta', 12, 1, true]]);
  });

  it('writes callout labels and footnotes in the article’s language', async () => {
    const fixture = await loadFixture(await writeContent({ 'a.md': `${frontmatter('language: es\n')}\n:::warning\nNo levante peso.\n:::\n\nTexto.[^1]\n\n[^1]: Nota.\n` }));
    const body = bodyHtml(fixture.files[0], fixture.config);
    expect(body).toContain('>Advertencia</p>');
    expect(body).toContain('<h2 id="user-content-footnote-label">Notas</h2>');
    expect(body).toContain('aria-label="Volver a la referencia 1"');
  });

  it('gives callouts ids that no heading has', async () => {
    const fixture = await loadFixture(await writeContent({ 'a.md': `${frontmatter()}\n## Tip 1\n\n:::tip\nRest.\n:::\n` }));
    const body = transformArticle(fixture.files[0], fixture.config, { format: 'html', ...testUrls });
    expect(ids(body)).toEqual(['tip-1', 'tip-1-2']);
    expect(select('aside', body)!.properties.ariaLabelledBy).toEqual(['tip-1-2']);
  });

  it('matches lint’s anchors for headings with images, code and footnote calls', async () => {
    const markdown = `${frontmatter()}\n## Heat ![icon](images/knee-to-chest.png)\n\n## Use \`ice\`[^1]\n\n## Heat\n\n<h2>Heat</h2>\n\n[^1]: Note.\n`;
    const fixture = await loadFixture(await writeContent({ 'a.md': markdown }));
    const file = fixture.files[0];
    const body = transformArticle(file, fixture.config, { format: 'html', ...testUrls });
    const markdownIds = headingsOf(body).slice(0, 3).map((heading) => heading.id);
    expect(markdownIds).toEqual([...headingAnchors(file.data.tree!)]);
    expect(markdownIds).toEqual(['heat-icon', 'use-ice', 'heat']);
    // The raw HTML heading gets a unique id after the Markdown ones.
    expect(headingsOf(body)[3]).toEqual({ depth: 2, text: 'Heat', id: 'heat-1' });
  });

  it('keeps only the words of a link to a draft, with a warning', async () => {
    const fixture = await loadFixture(
      await writeContent({ 'a.md': `${frontmatter()}\nRead [the new guide](draft.md#rest) soon.\n`, 'draft.md': `${frontmatter('draft: true\n')}\n## Rest\n` }),
    );
    const file = fixture.files.find((candidate) => candidate.path.endsWith('a.md'))!;
    expect(bodyHtml(file, fixture.config)).toBe('<p>Read the new guide soon.</p>');
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal, m.reason])).toEqual([
      ['render-link', 10, 6, false, 'Unexpected link to `draft.md`, which is not published (a draft, or it has errors): the link is left out and its words kept; publish the article or remove the link'],
    ]);
  });

  it('shows the alt text of an image that is not a content file, with a warning', async () => {
    const fixture = await loadFixture(await writeContent({ 'a.md': `${frontmatter()}\nSee ![a stretch](https://cdn.example.org/x.png) here.\n` }));
    const file = fixture.files[0];
    expect(bodyHtml(file, fixture.config)).toBe('<p>See a stretch here.</p>');
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal])).toEqual([['render-image', 10, 5, false]]);
  });
});

describe('article parts', () => {
  let fixture: LoadedFixture;
  beforeAll(async () => {
    fixture = await loadFixture(htmlFixtureDir);
  });

  it('writes the review line with a machine-readable date', () => {
    const article = fileNamed(fixture, 'features.md').data.article!;
    expect(toHtml(reviewedLine(article))).toBe(
      '<p class="reviewed">Reviewed by <span class="reviewer">Dana Whitfield, DPT</span> on <time datetime="2026-06-01">June 1, 2026</time>.</p>',
    );
    expect(toHtml(reviewedLine({ ...article, language: 'es' }))).toBe(
      '<p class="reviewed">Revisado por <span class="reviewer">Dana Whitfield, DPT</span> el <time datetime="2026-06-01">1 de junio de 2026</time>.</p>',
    );
  });

  it('lists the sources, with access dates where given', () => {
    const article = fileNamed(fixture, 'features.md').data.article!;
    expect(toHtml(sourcesList(article)!)).toBe(
      '<section class="sources"><h2>Sources</h2><ol>' +
        '<li><a href="https://medlineplus.gov/backpain.html" rel="external noopener noreferrer">Back pain (MedlinePlus)</a> (accessed <time datetime="2026-05-20">May 20, 2026</time>)</li>' +
        '<li><a href="https://www.ninds.nih.gov/health-information/disorders/back-pain" rel="external noopener noreferrer">Low back pain fact sheet</a></li>' +
        '</ol></section>',
    );
    expect(sourcesList(fileNamed(fixture, 'other.md').data.article!)).toBeUndefined();
  });

  it('lists headings without the footnotes heading', () => {
    const body = transformArticle(fileNamed(fixture, 'features.md'), fixture.config, { format: 'epub', ...testUrls });
    expect(headingsOf(body).map(({ depth, text }) => `${depth} ${text}`)).toEqual(['2 Callouts', '2 Formats', '2 Tables and lists', '2 Footnotes', '2 Images', '2 Links']);
  });
});

describe('the sample article', () => {
  const sample = path.join(repoDir, 'content', 'lower-back-spasms.md');

  it.runIf(existsSync(sample))('renders its body (snapshot), with working links and lint’s anchors', async () => {
    const fixture = await loadFixture(path.dirname(sample));
    const file = fileNamed(fixture, 'lower-back-spasms.md');
    expect(file.data.article).toBeDefined();
    const body = transformArticle(file, fixture.config, { format: 'html', ...testUrls });
    expect(toHtml(body)).toMatchSnapshot();
    expect(brokenFragments(body)).toEqual([]);
    expect(new Set(headingsOf(body).map((h) => h.id))).toEqual(headingAnchors(file.data.tree!));
    expect(emergencyBlocks(body).length).toBeGreaterThan(0);
  });
});

describe('htmlRenderer', () => {
  let site: BuiltSite;
  let page: Root;
  beforeAll(async () => {
    site = await buildFixture(htmlFixtureDir);
    page = fromHtml(await readFile(path.join(site.htmlDir, 'features.html'), 'utf8'));
  });

  it('writes a page per article, the index, one stylesheet, fonts and images', async () => {
    expect((await readdir(site.htmlDir)).sort()).toEqual(
      ['404.html', 'another-guide.html', 'assets', 'features.html', 'feed.xml', 'index.html', 'pagefind', 'robots.txt', 'search.html', 'sitemap.xml', 'topics'],
    );
    const assets = (await readdir(path.join(site.htmlDir, 'assets'))).sort();
    expect(assets.filter((name) => name.endsWith('.css'))).toEqual([expect.stringMatching(/^style\.[0-9a-f]{8}\.css$/)]);
    expect(assets.filter((name) => name.endsWith('.woff2'))).toHaveLength(8);
    const image = assets.find((name) => name.startsWith('knee-to-chest.'))!;
    expect(image).toMatch(/^knee-to-chest\.[0-9a-f]{8}\.png$/);
    expect(await readFile(path.join(site.htmlDir, 'assets', image))).toEqual(await readFile(path.join(htmlFixtureDir, 'images', 'knee-to-chest.png')));
    expect(selectAll('img', page).map((node) => node.properties.src)).toEqual(Array(3).fill(`assets/${image}`));
    expect(fileNamed(site, 'features.md').data.outputs).toEqual({ html: path.join(site.htmlDir, 'features.html') });
  });

  it('loads the bundled font from the stylesheet', async () => {
    const stylesheet = String(select('link[rel=stylesheet]', page)!.properties.href);
    const css = await readFile(path.join(site.htmlDir, stylesheet), 'utf8');
    const urls = [...css.matchAll(/url\('([^']+)'\)/g)].map((match) => match[1]);
    expect(urls).toHaveLength(8);
    for (const url of urls) expect(existsSync(path.join(site.htmlDir, path.dirname(stylesheet), url))).toBe(true);
    expect(css).toContain("font-family: 'Atkinson Hyperlegible'");
    expect(css).toContain('@media print');
  });

  it('fills the head: language, title, description, canonical URL and Open Graph', () => {
    const meta = (selector: string, key = 'content') => select(selector, page)?.properties[key];
    expect(select('html', page)!.properties.lang).toBe('en-US');
    expect(toString(select('title', page)!)).toBe('Every feature of an article | Willow Creek Physical Therapy');
    expect(meta('meta[name=description]')).toBe('A test article that uses every directive, GFM tables, task lists, footnotes, images and links.');
    expect(meta('link[rel=canonical]', 'href')).toBe('https://willowcreek.example.org/library/features.html');
    expect(meta('meta[property="og:url"]')).toBe('https://willowcreek.example.org/library/features.html');
    expect(meta('meta[property="og:title"]')).toBe('Every feature of an article');
    expect(meta('meta[property="og:type"]')).toBe('article');
    expect(meta('meta[property="og:locale"]')).toBe('en_US');
    expect(meta('meta[property="og:site_name"]')).toBe('Willow Creek Physical Therapy');
  });

  it('describes the page as a schema.org MedicalWebPage', () => {
    // Besides the JSON-LD, the page's one script: the search box's.
    expect(selectAll('script[src]', page).map((node) => String(node.properties.src))).toEqual([expect.stringMatching(/^assets\/search\.[0-9a-f]{8}\.js$/)]);
    const scripts = selectAll('script:not([src])', page);
    expect(scripts).toHaveLength(1);
    expect(scripts[0].properties.type).toBe('application/ld+json');
    expect(JSON.parse(toString(scripts[0]))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: 'Every feature of an article',
      headline: 'Every feature of an article',
      description: 'A test article that uses every directive, GFM tables, task lists, footnotes, images and links.',
      inLanguage: 'en-US',
      url: 'https://willowcreek.example.org/library/features.html',
      lastReviewed: '2026-06-01',
      reviewedBy: { '@type': 'Person', name: 'Dana Whitfield, DPT' },
      medicalAudience: { '@type': 'Patient' },
      keywords: 'testing, every feature',
      citation: [
        { '@type': 'CreativeWork', name: 'Back pain (MedlinePlus)', url: 'https://medlineplus.gov/backpain.html' },
        { '@type': 'CreativeWork', name: 'Low back pain fact sheet', url: 'https://www.ninds.nih.gov/health-information/disorders/back-pain' },
      ],
      publisher: {
        '@type': 'MedicalClinic',
        name: 'Willow Creek Physical Therapy',
        url: 'https://willowcreek.example.org/library/',
        telephone: '+1 555-0100',
        email: 'hello@willowcreek.example.org',
        address: '12 Alder Lane, Suite 3, Millbrook, VT 05999',
      },
    });
  });

  it('has a skip link, landmarks, the review line, a table of contents and the sources', () => {
    const skip = select('body > a.skip-link', page)!;
    expect(select(String(skip.properties.href), page)!.tagName).toBe('main');
    expect(selectAll('body > header, body > main, body > footer', page).map((node) => node.tagName)).toEqual(['header', 'main', 'footer']);
    expect(toString(select('main .reviewed', page)!)).toBe('Reviewed by Dana Whitfield, DPT on June 1, 2026.');
    expect(selectAll('nav.toc li a', page).map((node) => node.properties.href)).toEqual(['#callouts', '#formats', '#tables-and-lists', '#footnotes', '#images', '#links']);
    expect(select('nav.toc', page)!.properties.ariaLabelledBy).toEqual(['contents']);
    expect(selectAll('.sources li', page)).toHaveLength(2);
    expect(brokenFragments(page)).toEqual([]);
    expect(selectAll('h1', page).map(toString)).toEqual(['Every feature of an article']);
  });

  it('leaves out the table of contents of a short article', async () => {
    const other = fromHtml(await readFile(path.join(site.htmlDir, 'another-guide.html'), 'utf8'));
    expect(select('nav.toc', other)).toBeUndefined();
    expect(select('.sources', other)).toBeUndefined();
  });

  it('publishes linked documents under a hashed name', async () => {
    const form = select('a[href$=".pdf"]', page)!;
    expect(form.properties.href).toMatch(/^assets\/intake\.[0-9a-f]{8}\.pdf$/);
    expect(existsSync(path.join(site.htmlDir, String(form.properties.href)))).toBe(true);
  });

  it('lists every article on the index, sorted by title, with summary, topics and review date', async () => {
    const index = fromHtml(await readFile(path.join(site.htmlDir, 'index.html'), 'utf8'));
    const cards = selectAll('.article-card', index).map((card) => ({
      link: select('h2 a', card)!.properties.href,
      title: toString(select('h2', card)!),
      summary: toString(select('.summary', card)!),
      tags: selectAll('.tags li', card).map(toString),
      reviewed: select('time', card)!.properties.dateTime,
    }));
    expect(cards).toEqual([
      { link: 'another-guide.html', title: 'Another guide', summary: 'A second article, with its own slug, that the first one links to.', tags: ['testing'], reviewed: '2026-06-01' },
      {
        link: 'features.html',
        title: 'Every feature of an article',
        summary: 'A test article that uses every directive, GFM tables, task lists, footnotes, images and links.',
        tags: ['testing', 'every feature'],
        reviewed: '2026-06-01',
      },
    ]);
    expect(select('link[rel=canonical]', index)!.properties.href).toBe('https://willowcreek.example.org/library/index.html');
    expect(JSON.parse(toString(select('script[type="application/ld+json"]', index)!))['@type']).toBe('CollectionPage');
  });

  it('gives byte-identical output for the same input, and rewrites nothing', async () => {
    const again = await buildFixture(htmlFixtureDir);
    const list = async (dir: string) => (await readdir(dir, { recursive: true })).sort();
    const names = await list(site.htmlDir);
    expect(await list(again.htmlDir)).toEqual(names);
    for (const name of names) {
      const file = path.join(site.htmlDir, name);
      if ((await stat(file)).isDirectory()) continue;
      expect(await readFile(path.join(again.htmlDir, name)), name).toEqual(await readFile(file));
    }
    const before = await stat(path.join(site.htmlDir, 'features.html'));
    await buildFixture(htmlFixtureDir, site.outDir);
    expect((await stat(path.join(site.htmlDir, 'features.html'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('reports a render failure on the article and goes on with the others', async () => {
    const fixture = await loadFixture(htmlFixtureDir);
    const broken = fileNamed(fixture, 'other.md');
    // A tree no parser makes: a heading without children.
    broken.data.tree = { type: 'root', children: [{ type: 'heading', depth: 2, children: null as never }] };
    const out = await mkdtemp(path.join(tmpdir(), 'pressroom-html-'));
    await renderWith(htmlRenderer, fixture.files, { config: fixture.config, outDir: out, cwd: htmlFixtureDir });
    expect(broken.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['render-html', true]]);
    expect(broken.messages[0].reason).toMatch(/^Cannot render the web page \(.+\); please report this to the pressroom maintainers$/);
    expect(broken.data.outputs).toBeUndefined();
    expect(fileNamed(fixture, 'features.md').data.outputs?.html).toBe(path.join(out, 'html', 'features.html'));
    expect(await readdir(path.join(out, 'html'))).not.toContain('another-guide.html');
  });
});
