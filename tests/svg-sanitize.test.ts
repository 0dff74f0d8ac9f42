/**
 * SVG images, the logo and covers: read as XML, allow-listed, published re-serialized. Each
 * vector of active content is refused with what and where; what the allow-list drops is gone
 * from the published file; and the published files, opened in Chromium as a visitor would
 * (the page, and each SVG on its own, over real HTTP on 127.0.0.1), run no script and send no
 * request off the site. The same hostile files served as written do both, so the browser
 * check can fail.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { sanitizeSvg } from '../pipeline/content/svg-sanitize.ts';
import { checkLocalImage } from '../pipeline/content/image-file.ts';
import { logoDataUrl } from '../pipeline/render/pdf/logo-data-url.ts';
import { bookCover } from '../pipeline/render/epub/book-cover.ts';
import { launchBrowser } from '../pipeline/render/browser/launch-browser.ts';
import { frontmatter } from './helpers/lint-markdown.ts';
import { buildFixture, fileNamed, loadFixture, writeContent, type BuiltSite } from './helpers/render-fixture.ts';
import { selectAll } from 'hast-util-select';
import { handoutParts } from '../pipeline/render/pdf/handout-parts.ts';
import { transformArticle } from '../pipeline/transform/transform.ts';
import { serveSite, type ServedSite } from './helpers/serve-site.ts';

const SVG = 'xmlns="http://www.w3.org/2000/svg"';
/** Each payload calls out to this host, so a run script or a load shows as a request. */
const EVIL = 'http://evil.example';

/** One vector per class, with what the sanitizer says. */
const vectors: Array<[string, string, string]> = [
  ['script', `<svg ${SVG}>\n<rect/>\n<script>fetch('${EVIL}/script')</script>\n</svg>`, 'element `<script>` at line 3 of v.svg'],
  ['XHTML script through a prefix', `<svg ${SVG}><h:script xmlns:h="http://www.w3.org/1999/xhtml">fetch('${EVIL}/h')</h:script></svg>`, 'element `<h:script>` at line 1 of v.svg'],
  ['onload', `<svg ${SVG} onload="fetch('${EVIL}/onload')"/>`, 'event-handler attribute `onload` on `<svg>` at line 1 of v.svg'],
  ['foreignObject', `<svg ${SVG}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>`, 'element `<foreignObject>` at line 1 of v.svg'],
  [
    'external href through an XLink alias',
    `<svg ${SVG} xmlns:l="http://www.w3.org/1999/xlink"><image l:href="${EVIL}/a.png"/></svg>`,
    '`l:href="http://evil.example/a.png"` on `<image>` (only `#fragment` references are allowed) at line 1 of v.svg',
  ],
  ['url(http…)', `<svg ${SVG}><rect fill="url(${EVIL}/p#g)"/></svg>`, '`url(http://evil.example/p#g)` in attribute `fill` on `<rect>` (only `url(#fragment)` is allowed) at line 1 of v.svg'],
  ['@import', `<svg ${SVG}>\n<style>@import url(${EVIL}/a.css);</style></svg>`, '`@import` in stylesheet in `<style>` at line 2 of v.svg'],
  [
    'billion laughs',
    `<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY lol "lol">\n<!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n<svg ${SVG}><text>&lol2;</text></svg>`,
    'a DTD internal subset (entity declarations) at line 2 of v.svg',
  ],
  ['undeclared entity', `<svg ${SVG}>\n<text>&nbsp;</text></svg>`, "it is not well-formed XML: Named entity isn't defined: &nbsp; at line 2 of v.svg"],
  [
    'XInclude',
    `<svg ${SVG} xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/passwd" parse="text"/></svg>`,
    'element `<xi:include>` of namespace `http://www.w3.org/2001/XInclude`, expected SVG at line 1 of v.svg',
  ],
  ['processing instruction', `<?xml version="1.0"?>\n<?xml-stylesheet href="${EVIL}/a.css"?>\n<svg ${SVG}/>`, 'processing instruction `<?xml-stylesheet?>` at line 2 of v.svg'],
  ['CSS escape', `<svg ${SVG}><rect style="fill: u\\72l(${EVIL}/e)"/></svg>`, 'a CSS escape in attribute `style` on `<rect>` at line 1 of v.svg'],
  ['CSS escape in a presentation attribute', `<svg ${SVG}><rect fill="u\\72l(${EVIL}/e)"/></svg>`, 'a CSS escape in attribute `fill` on `<rect>` at line 1 of v.svg'],
  [
    'data: document',
    `<svg ${SVG}><image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/></svg>`,
    '`href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="` on `<image>` (only `#fragment` references are allowed) at line 1 of v.svg',
  ],
  ['javascript: link', `<svg ${SVG}><a href="javascript:fetch('${EVIL}/a')"><rect/></a></svg>`, 'element `<a>` at line 1 of v.svg'],
  ['use of an external file', `<svg ${SVG}><use href="external.svg#x"/></svg>`, '`href="external.svg#x"` on `<use>` (only `#fragment` references are allowed) at line 1 of v.svg'],
  ['animate an href', `<svg ${SVG}><rect><animate attributeName="href" to="javascript:alert(1)"/></rect></svg>`, 'element `<animate>` at line 1 of v.svg'],
  ['set', `<svg ${SVG}><set attributeName="onclick" to="alert(1)"/></svg>`, 'element `<set>` at line 1 of v.svg'],
  ['control character', `<svg ${SVG}><text>a&#x1;b</text></svg>`, 'it is not well-formed XML: Character reference resolves to an invalid character at line 1 of v.svg'],
  ['HTML parsed as SVG', `<svg ${SVG}><desc><div>x</svg>`, 'it is not well-formed XML: Missing end tag for element div at line 1 of v.svg'],
];

describe('sanitizeSvg', () => {
  it.each(vectors)('refuses %s, naming what and its line', (_name, svg, problem) => {
    expect(sanitizeSvg(svg, 'v.svg')).toEqual({ ok: false, problem });
  });

  it('re-serializes what it accepts, dropping comments, DOCTYPE, editor data, metadata and unknown attributes', () => {
    const input = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
      '<!-- <script>alert(1)</script> -->',
      `<svg:svg xmlns:svg="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 9 9" inkscape:version="1.3" data-name="Layer 1">`,
      '<svg:metadata><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg:metadata>',
      '<inkscape:page><svg:script>alert(1)</svg:script></inkscape:page>',
      '<svg:defs><svg:linearGradient id="g"><svg:stop offset="0" stop-color="#39c"/></svg:linearGradient></svg:defs>',
      '<svg:style><![CDATA[.a > .b { fill: url(#g) }]]></svg:style>',
      '<svg:rect class="a" width="9" height="9" fill="url(#g)" x:title="Square"/><svg:use x:href="#g"/>',
      '<svg:text xml:lang="en">A &amp; B &lt; C</svg:text>',
      '</svg:svg>',
    ].join('\n');
    expect(sanitizeSvg(input, 'v.svg')).toEqual({
      ok: true,
      svg: [
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 9 9">\n<metadata />\n\n',
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#39c" /></linearGradient></defs>\n',
        '<style>.a > .b { fill: url(#g) }</style>\n',
        '<rect class="a" width="9" height="9" fill="url(#g)" /><use xlink:href="#g" />\n',
        '<text xml:lang="en">A &#x26; B &#x3C; C</text>\n</svg>\n',
      ].join(''),
    });
  });
});

describe('every format publishes the re-serialized SVG', () => {
  it('the handout body shows the sanitized drawing as a `data:` URL, after the sanitizer', async () => {
    const dir = await writeContent({ 'drawing.md': `${frontmatter({ title: 'Drawing' })}## Drawing\n\n![A blue square](images/drawing.svg)\n` });
    await writeFile(path.join(dir, 'images', 'drawing.svg'), NEUTRALISED);
    const fixture = await loadFixture(dir);
    const file = fileNamed(fixture, 'drawing.md');
    const parts = await handoutParts(file, fixture.config, { stylesheet: '', fontStylesheets: [], transform: transformArticle, articleAt: () => undefined });
    const expected = (sanitizeSvg(NEUTRALISED, 'images/drawing.svg') as { svg: string }).svg;
    const sources = selectAll('img', parts.body).map((image) => String(image.properties.src));
    expect(sources).toEqual([`data:image/svg+xml;base64,${Buffer.from(expected).toString('base64')}`]);
    expect(file.messages).toEqual([]);
  });

  it('the handout logo, the e-book cover and the e-book image bytes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-svg-formats-'));
    const file = path.join(dir, 'logo.svg');
    await writeFile(file, NEUTRALISED);
    const expected = (sanitizeSvg(NEUTRALISED, 'logo.svg') as { svg: string }).svg;
    expect(expected).not.toContain('script');
    expect(Buffer.from((await logoDataUrl(file)).replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString()).toBe(expected);
    const cover = await bookCover(file, dir, () => Promise.reject(new Error('not drawn')));
    expect(cover.ok && cover.cover instanceof File && (await cover.cover.text())).toBe(expected);
    const checked = await checkLocalImage(file, dir);
    expect(checked.ok && checked.bytes.toString()).toBe(expected);
    await writeFile(file, vectors[0]![1]);
    await expect(logoDataUrl(file)).rejects.toThrow(
      'Unexpected active content in the logo `logo.svg` named by `clinic.logo`: element `<script>` at line 3 of logo.svg; remove it, or export the logo as PNG',
    );
  });
});

/** What the same kind of payload does in a file the allow-list neutralises instead of refusing. */
const NEUTRALISED = [
  '<?xml version="1.0"?>',
  '<!-- a drawing program wrote this -->',
  `<svg ${SVG} xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 9 9" width="90" height="90">`,
  `<metadata><h:script xmlns:h="http://www.w3.org/1999/xhtml">fetch('${EVIL}/metadata'); alert(1)</h:script></metadata>`,
  `<sodipodi:namedview><script>fetch('${EVIL}/editor'); alert(2)</script></sodipodi:namedview>`,
  '<rect width="9" height="9" fill="#39c"/>',
  '</svg>',
].join('\n');

describe('published SVGs opened in Chromium as a visitor would', () => {
  let site: BuiltSite;
  let served: ServedSite;
  let raw: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    const refused = vectors.slice(0, 7);
    const body = ['See the drawing.', '', '![A blue square](images/drawing.svg)', '', ...refused.map((_, index) => `![Vector ${index}](images/v${index}.svg)\n`)].join('\n');
    const dir = await writeContent({ 'drawing.md': `${frontmatter({ title: 'Drawing' })}## Drawing\n\n${body}\n` });
    await writeFile(path.join(dir, 'images', 'drawing.svg'), NEUTRALISED);
    for (const [index, [, svg]] of refused.entries()) await writeFile(path.join(dir, 'images', `v${index}.svg`), svg);
    site = await buildFixture(dir);
    served = await serveSite(site.htmlDir);
    // The files as written, served the same way: the control that shows the check can fail.
    const rawDir = await mkdtemp(path.join(tmpdir(), 'pressroom-raw-svg-'));
    await writeFile(path.join(rawDir, 'drawing.svg'), NEUTRALISED);
    await writeFile(path.join(rawDir, '404.html'), '');
    raw = await serveSite(rawDir);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await raw?.close();
  });

  /** Open a URL and record every request and dialog (requests off 127.0.0.1 are aborted, after being recorded). */
  async function visit(url: string): Promise<{ requests: string[]; dialogs: string[] }> {
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    try {
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        requests.push(request.url());
        if (new URL(request.url()).hostname === '127.0.0.1') void request.continue();
        else void request.abort();
      });
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(url, { waitUntil: 'networkidle0' });
    } finally {
      await page.close();
    }
    return { requests, dialogs };
  }

  it('the hostile file as written runs its script and calls out (control)', async () => {
    const { requests, dialogs } = await visit(`${raw.url}drawing.svg`);
    expect(requests.filter((url) => url.startsWith(EVIL))).not.toEqual([]);
    expect(dialogs).not.toEqual([]);
  });

  it('publishes only the neutralised drawing, re-serialized; the refused ones are reported at their lines', async () => {
    const assets = (await readdir(path.join(site.htmlDir, 'assets'))).filter((name) => name.endsWith('.svg'));
    expect(assets).toEqual([expect.stringMatching(/^drawing\.[0-9a-f]{8}\.svg$/)]);
    expect(await readFile(path.join(site.htmlDir, 'assets', assets[0]!), 'utf8')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9" width="90" height="90">\n<metadata />\n\n<rect width="9" height="9" fill="#39c" />\n</svg>\n',
    );
    const source = (await readFile(path.join(site.config.contentDir, 'drawing.md'), 'utf8')).split('\n');
    const lineOf = (index: number) => source.findIndex((line) => line.includes(`(images/v${index}.svg)`)) + 1;
    const messages = fileNamed(site, 'drawing.md').messages.map((message) => [message.ruleId, message.line, message.column, message.reason]);
    expect(messages).toEqual(
      vectors.slice(0, 7).map(([, , problem], index) => ['render-image', lineOf(index), 1, `Unexpected active content in the image \`images/v${index}.svg\`: ${problem.replace('v.svg', `images/v${index}.svg`)}; remove it, or export the image as PNG`]),
    );
  });

  it('the page and each published SVG opened on its own run nothing and request nothing off the site', async () => {
    const assets = (await readdir(path.join(site.htmlDir, 'assets'))).filter((name) => name.endsWith('.svg'));
    for (const url of [`${served.url}drawing.html`, ...assets.map((name) => `${served.url}assets/${name}`)]) {
      const { requests, dialogs } = await visit(url);
      expect(dialogs, url).toEqual([]);
      expect(requests, url).toContain(`${served.url}assets/${assets[0]}`);
      expect(requests.filter((request) => !request.startsWith(served.url)), url).toEqual([]);
    }
  });
});

describe('SvgNestedTooDeeply: a pathological SVG is refused, not a crash', () => {
  it('refuses 100,000 nested groups within a second', () => {
    const started = performance.now();
    const result = sanitizeSvg(`<svg ${SVG}>${'<g>'.repeat(100_000)}${'</g>'.repeat(100_000)}</svg>`, 'deep.svg');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toMatch(/^(elements nested more than 200 deep at line 1|elements nested too deeply to read) /);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(sanitizeSvg(`<svg ${SVG}>${'<g>'.repeat(300)}${'</g>'.repeat(300)}</svg>`, 'deep.svg')).toEqual({ ok: false, problem: 'elements nested more than 200 deep at line 1 of deep.svg' });
  });
});
