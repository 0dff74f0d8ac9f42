import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { transformArticle } from '../pipeline/transform/transform.ts';
import { OUTPUT_FORMATS } from '../pipeline/formats.ts';
import { buildFixture, loadFixture, testUrls, writeContent, type LoadedFixture } from './helpers/render-fixture.ts';

const frontmatter = (title = 'Hostile article') =>
  `---\ntitle: ${JSON.stringify(title)}\nsummary: An article that tries to inject markup.\ntype: guide\nreviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n---\n\n`;

/** Each case: Markdown, and words that must survive. */
const cases: Record<string, { markdown: string; kept: string[] }> = {
  'script block': { markdown: '<script>alert(1)</script>\n\nAfter the script.', kept: ['After the script.'] },
  'inline script': { markdown: 'Hello <script>alert(1)</script> world.', kept: ['Hello', 'world.'] },
  'img onerror': { markdown: '<img src="x" onerror="alert(1)">\n\n<img src="images/knee-to-chest.png" onerror=alert(1) alt="a stretch">', kept: [] },
  'javascript links': {
    markdown: [
      '[plain](javascript:alert(1))',
      '[mixed case](JaVaScRiPt:alert(1))',
      '[reference][evil]',
      '<a href="jav&#x09;ascript:alert(1)">tab</a>',
      '<a href="&#106;avascript:alert(1)">entity</a>',
      '<a href=" javascript:alert(1)">space</a>',
      '<a href="vbscript:msgbox(1)">vbscript</a>',
      '<javascript:alert(1)>',
      '',
      '[evil]: javascript:alert(1)',
    ].join('\n'),
    kept: ['plain', 'mixed case', 'reference', 'tab', 'entity', 'space', 'vbscript'],
  },
  iframe: { markdown: '<iframe src="https://evil.example/"></iframe>\n\n<iframe srcdoc="<script>alert(1)</script>"></iframe>\n\nAfter the frames.', kept: ['After the frames.'] },
  style: { markdown: '<style>body { display: none }</style>\n\n<p style="color: red; background: url(javascript:alert(1))">Styled words.</p>', kept: ['Styled words.'] },
  'object and embed': { markdown: '<object data="movie.swf">Fallback words.</object>\n\n<embed src="movie.swf">', kept: ['Fallback words.'] },
  form: { markdown: '<form action="https://evil.example/"><label>Social security number <input name="ssn"></label><button>Send</button></form>', kept: ['Social security number', 'Send'] },
  'data URLs': {
    markdown: '![pixel](data:image/png;base64,iVBORw0KGgo=)\n\n<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">data link</a>\n\n<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" alt="svg pixel">',
    kept: ['pixel', 'data link', 'svg pixel'],
  },
  svg: { markdown: '<svg onload="alert(1)"><script>alert(1)</script><a href="javascript:alert(1)"><text>svg words</text></a></svg>\n\nAfter the SVG.', kept: ['After the SVG.'] },
  'head elements': {
    markdown: '<meta http-equiv="refresh" content="0;url=https://evil.example/">\n<base href="https://evil.example/">\n<link rel="stylesheet" href="https://evil.example/x.css">\n\nBody words.',
    kept: ['Body words.'],
  },
  'page breakout': { markdown: '</div></main></article><div>\n\nStill inside.\n\n</body></html><footer>Fake footer</footer>', kept: ['Still inside.', 'Fake footer'] },
  comments: { markdown: '<!-- --><script>alert(1)</script> -->\n\nAfter the comment.', kept: ['After the comment.'] },
  'directive label': { markdown: ':::tip[<img src=x onerror=alert(1)>Heat <script>alert(1)</script>first]\nUse heat.\n:::', kept: ['Heat', 'first', 'Use heat.'] },
  'id clobbering': { markdown: '<p id="main" name="main">Clobber.</p>\n\n<a name="user-content-fn-1">x</a>\n\n## Main', kept: ['Clobber.'] },
  'protocol-relative': { markdown: '[evil](//evil.example/) and <a href="//evil.example/">raw</a>', kept: ['evil', 'raw'] },
  'noscript and template': { markdown: '<noscript><img src=x onerror=alert(1)></noscript><template><script>alert(1)</script></template>\n\nAfter.', kept: ['After.'] },
  'allowed link with extras': { markdown: '<a href="https://clinic.example.org/" target="_blank" onclick="steal()" style="color:red">Clinic</a>', kept: ['Clinic'] },
};

const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'meta', 'base', 'link', 'noscript', 'template', 'frame', 'frameset'];
const SAFE_HREF = /^(https?:|mailto:|tel:|#|[\w.-]+\.html(#|$))/;

/**
 * Everything unsafe in a tree: forbidden elements, event handlers, inline styles, URLs with
 * other schemes.
 */
function unsafe(tree: Root, allowScriptJsonLd = false): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const jsonLd = allowScriptJsonLd && node.tagName === 'script' && node.properties.type === 'application/ld+json';
    if (FORBIDDEN_ELEMENTS.includes(node.tagName) && !jsonLd && !(allowScriptJsonLd && ['meta', 'link'].includes(node.tagName))) found.push(`<${node.tagName}>`);
    for (const [key, value] of Object.entries(node.properties)) {
      if (/^on/i.test(key)) found.push(`${node.tagName}[${key}]`);
      if (key === 'style') found.push(`${node.tagName}[style]`);
      if (key === 'srcDoc' || key === 'formAction' || key === 'action') found.push(`${node.tagName}[${key}]`);
      if (key === 'href' && node.tagName === 'a' && !SAFE_HREF.test(String(value))) found.push(`a[href=${String(value)}]`);
      if (key === 'src' && !/^images\/[\w.-]+$|^assets\/[\w.-]+$/.test(String(value))) found.push(`${node.tagName}[src=${String(value)}]`);
    }
  });
  return found;
}

/**
 * The site's own search box (in the header) and script are the only form and script of a page
 * besides the JSON-LD: check them exactly, then take them out so the rest is checked as before.
 */
function withoutSiteSearch(page: Root): void {
  const searchBox = select('header.site-header form.site-search', page)!;
  expect([searchBox.properties.action, searchBox.properties.method, searchBox.properties.hidden]).toEqual(['search.html', 'get', true]);
  expect(selectAll('input, button', searchBox).map((node) => `${node.tagName}:${String(node.properties.type)}`)).toEqual(['input:search', 'button:submit']);
  const ownScript = select('head script[src]', page)!;
  expect(String(ownScript.properties.src)).toMatch(/^assets\/search\.[0-9a-f]{8}\.js$/);
  visit(page, 'element', (node: Element, index, parent) => {
    if ((node === searchBox || node === ownScript) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
  });
}

describe('hostile raw HTML and URLs', () => {
  let fixture: LoadedFixture;
  beforeAll(async () => {
    const articles = Object.fromEntries(Object.entries(cases).map(([name, { markdown }], index) => [`case-${index}.md`, `${frontmatter(name)}${markdown}\n`]));
    fixture = await loadFixture(await writeContent(articles));
  });

  for (const [index, [name, { kept }]] of Object.entries(cases).entries()) {
    for (const format of OUTPUT_FORMATS) {
      it(`${name} (${format}): nothing unsafe is left, the words are`, () => {
        const file = fixture.files.find((candidate) => candidate.path.endsWith(`case-${index}.md`))!;
        expect(file.data.article?.title).toBe(name);
        const body = transformArticle(file, fixture.config, { format, ...testUrls });
        expect(unsafe(body)).toEqual([]);
        const text = toString(body);
        for (const words of kept) expect(text).toContain(words);
        expect(text).not.toContain('alert(1)</script>');
      });
    }
  }

  it('namespaces ids from raw HTML, so they cannot take the page’s or a heading’s', () => {
    const file = fixture.files.find((candidate) => candidate.data.article?.title === 'id clobbering')!;
    const body = transformArticle(file, fixture.config, { format: 'html', ...testUrls });
    expect(selectAll('[id]', body).map((node) => node.properties.id)).toEqual(['main']);
    expect(selectAll('[name]', body)).toEqual([]);
  });
});

describe('hostile pages', () => {
  it('builds pages with only the JSON-LD script besides the site search, and metadata that cannot end it', async () => {
    const title = '</script><script>alert(1)</script> & <b>bold</b>';
    const dir = await writeContent({ 'evil.md': `${frontmatter(title)}${Object.values(cases).map((c) => c.markdown).join('\n\n')}\n` });
    const site = await buildFixture(dir);
    const html = await readFile(path.join(site.htmlDir, 'evil.html'), 'utf8');
    const page = fromHtml(html);
    withoutSiteSearch(page);
    expect(unsafe(page, true)).toEqual([]);
    const scripts = selectAll('script', page);
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(toString(scripts[0])).name).toBe(title);
    // No `<` at all inside the JSON-LD, so no value can close the element early.
    expect(toString(scripts[0])).not.toContain('<');
    expect(select('meta[property="og:title"]', page)!.properties.content).toBe(title);
    expect(selectAll('h1', page).map(toString)).toEqual([title]);
    // The page structure survives unbalanced tags in the article.
    expect(selectAll('body > header, body > main, body > footer', page).map((node) => node.tagName)).toEqual(['header', 'main', 'footer']);
    expect(selectAll('[id=main]', page)).toHaveLength(1);
    const index = fromHtml(await readFile(path.join(site.htmlDir, 'index.html'), 'utf8'));
    withoutSiteSearch(index);
    expect(unsafe(index, true)).toEqual([]);
  });
});
