import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { select } from 'hast-util-select';
import { frontmatter, testConfig, type Found } from '../helpers/lint-markdown.ts';
import { parseArticles } from '../../pipeline/stages/parse.ts';
import { validateArticles } from '../../pipeline/stages/validate.ts';
import { lintArticles } from '../../pipeline/stages/lint.ts';
import { severityOf } from '../../pipeline/diagnostics/report-message.ts';
import { rawHtml } from '../../pipeline/lint/rules/raw-html.ts';
import { transformArticle } from '../../pipeline/transform/transform.ts';
import { testUrls } from '../helpers/render-fixture.ts';

const config = testConfig();

/** Lint a body (it starts on line 9, after the 8 lines of frontmatter) with raw-html only. */
async function lintBody(body: string): Promise<{ found: Found[]; file: VFile }> {
  const file = new VFile({ path: path.join(config.contentDir, 'article.md'), value: `${frontmatter()}${body}\n`, cwd: config.contentDir });
  await parseArticles([file]);
  await validateArticles([file], config);
  await lintArticles([file], config, [rawHtml]);
  const found = file.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, severity: severityOf(m), reason: m.reason }));
  return { found: found.sort((a, b) => a.line! - b.line! || a.column! - b.column!), file };
}

const places = (found: Found[]) => found.map(({ ruleId, line, column, severity }) => `${ruleId} ${line}:${column} ${severity}`);

describe('raw-html', () => {
  it('accepts Markdown and the raw HTML Markdown itself would make', async () => {
    const { found } = await lintBody('Some **bold** text with a <br> break, <strong>strong</strong> and <a href="https://clinic.example.org/">a link</a>.\n\n<!-- a comment -->');
    expect(found).toEqual([]);
  });

  it('warns at a script, and says it goes with its content', async () => {
    const { found } = await lintBody('Intro.\n\n<script>alert(1)</script>');
    expect(found).toEqual([
      {
        ruleId: 'raw-html',
        line: 11,
        column: 1,
        severity: 'warning',
        reason: 'Unexpected `<script>` in raw HTML: it is removed with its content from every format; pages carry no scripts; remove it',
      },
    ]);
  });

  it('warns at the line of the offending tag inside a multi-line block', async () => {
    const { found } = await lintBody('<div>\n<p>Fine.</p>\n  <iframe src="https://evil.example/"></iframe>\n<style>p { color: red }</style>\n</div>');
    expect(places(found)).toEqual(['raw-html 11:3 warning', 'raw-html 12:1 warning']);
    expect(found[0].reason).toBe('Unexpected `<iframe>` in raw HTML: it is removed with its content from every format; embedded content is not published; link to it instead');
    expect(found[1].reason).toBe("Unexpected `<style>` in raw HTML: it is removed with its content from every format; pages use the site's stylesheet; remove it");
  });

  it('warns at event handlers and inline styles, on the line where each is written', async () => {
    const { found } = await lintBody('Text <img src="images/x.png" alt="x" onerror="alert(1)"> more.\n\n<p\n  style="color: red"\n  onclick="go()">Words</p>');
    expect(places(found)).toEqual(['raw-html 9:38 warning', 'raw-html 12:3 warning', 'raw-html 13:3 warning']);
    expect(found.map((m) => m.reason)).toEqual([
      'Unexpected event-handler attribute `onerror` on `<img>` in raw HTML: scripts are removed from every format; remove it',
      "Unexpected `style` attribute on `<p>` in raw HTML: inline styles are removed from every format, the site's stylesheet applies; remove it",
      'Unexpected event-handler attribute `onclick` on `<p>` in raw HTML: scripts are removed from every format; remove it',
    ]);
  });

  it('warns at javascript: and data: URLs, however they are disguised', async () => {
    const { found } = await lintBody(
      '<a href="javascript:alert(1)">a</a> <a href="jav&#x09;ascript:alert(1)">b</a> <a href="&#106;avascript:alert(1)">c</a>\n\n<img src="data:image/png;base64,AAAA" alt="d">',
    );
    expect(places(found)).toEqual(['raw-html 9:4 warning', 'raw-html 9:40 warning', 'raw-html 9:82 warning', 'raw-html 11:6 warning']);
    expect(found[0].reason).toBe(
      'Unexpected `javascript:` URL `javascript:alert(1)` in `href` on `<a>` in raw HTML: it is removed from every format; link to an `https:` page or to a file of the content folder instead',
    );
    expect(found[1].reason).toContain('`javascript:` URL `jav\\tascript:alert(1)`');
    expect(found[2].reason).toContain('`javascript:` URL `javascript:alert(1)`');
    expect(found[3].reason).toContain('`data:` URL `data:image/png;base64,AAAA` in `src` on `<img>`');
  });

  it('warns at forms and unknown elements, whose text is kept', async () => {
    const { found } = await lintBody('<form action="/x"><input name="q"><button>Go</button></form>\n\nH<sub>2</sub>O and <marquee>news</marquee>.');
    expect(places(found)).toEqual(['raw-html 9:1 warning', 'raw-html 9:19 warning', 'raw-html 9:35 warning', 'raw-html 11:2 warning', 'raw-html 11:20 warning']);
    expect(found.map((m) => m.reason)).toEqual([
      'Unexpected `<form>` in raw HTML: the element is removed from every format (its text is kept); forms are not published; link to a form page or a printable PDF instead',
      'Unexpected `<input>` in raw HTML: the element is removed from every format; forms are not published; link to a form page or a printable PDF instead',
      'Unexpected `<button>` in raw HTML: the element is removed from every format (its text is kept); forms are not published; link to a form page or a printable PDF instead',
      'Unexpected `<sub>` in raw HTML: the element is removed from every format (its text is kept); write it in Markdown instead',
      'Unexpected `<marquee>` in raw HTML: the element is removed from every format (its text is kept); write it in Markdown instead',
    ]);
  });

  it('warns at object and embed, and at remote images', async () => {
    const { found } = await lintBody('<object data="a.swf">Fallback.</object>\n\n<embed src="a.swf">\n\n<img src="https://tracker.example/p.gif" alt="">');
    expect(places(found)).toEqual(['raw-html 9:1 warning', 'raw-html 11:1 warning', 'raw-html 13:1 warning']);
    expect(found[0].reason).toBe('Unexpected `<object>` in raw HTML: the element is removed from every format (its text is kept); embedded content is not published; link to it instead');
    expect(found[1].reason).toBe('Unexpected `<embed>` in raw HTML: the element is removed from every format; embedded content is not published; link to it instead');
    expect(found[2].reason).toBe(
      'Unexpected image source `https://tracker.example/p.gif` in raw HTML, expected an image file inside the content folder, by relative path: the image is not published, its alt text is shown instead',
    );
  });

  it('finds the column inside block quotes and list items', async () => {
    const { found } = await lintBody('> <div>\n> <script>x()</script>\n> </div>\n\n- item\n\n  <p style="x">y</p>');
    expect(places(found)).toEqual(['raw-html 10:3 warning', 'raw-html 15:6 warning']);
  });

  it('warns about exactly what the renderer drops', async () => {
    const body = '<p class="lead" style="x" onclick="y()" title="t">Kept words</p> <a href="https://ok.example/" target="_blank">ok</a>';
    const { found, file } = await lintBody(body);
    expect(found.map((m) => /`(class|style|onclick|title|target)`/.exec(m.reason)?.[1])).toEqual(['class', 'style', 'onclick', 'title', 'target']);
    const rendered = transformArticle(file, config, { format: 'html', ...testUrls });
    expect(toString(rendered)).toBe('Kept words ok');
    expect(select('p', rendered)!.properties).toEqual({});
    expect(select('a', rendered)!.properties).toEqual({ href: 'https://ok.example/', rel: ['external', 'noopener', 'noreferrer'] });
  });

  it('can be switched off with a comment', async () => {
    const { found } = await lintBody('<!-- pressroom-disable raw-html -->\n\n<script>x()</script>');
    expect(found).toEqual([]);
  });
});
