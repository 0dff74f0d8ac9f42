import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../pipeline/cli.ts';
import { fixturesDir } from './helpers/lint-markdown.ts';

// Raw HTML is untrusted in every format: nothing that runs code, loads from elsewhere or restyles the page survives.
const forbidden = [/<script(?![^>]*application\/ld\+json)/i, /\bon[a-z]+\s*=/i, /javascript:/i, /<iframe/i, /<style/i, /<object/i, /<form/i, /<input/i, /evil\.example/i, /data:text\/html/i, /\sstyle=/i];

describe('a hostile article, built in every format', () => {
  let out: string;
  let code: number;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-hostile-'));
    await cp(path.join(fixturesDir, 'hostile'), dir, { recursive: true });
    out = path.join(dir, 'out');
    code = await main(['build', dir, '--out', out], { cwd: dir, color: false, stdout: () => {}, stderr: () => {} });
  }, 180_000);

  it('builds (warnings only) and keeps the emergency text', async () => {
    expect(code).toBe(0);
    const html = await readFile(path.join(out, 'html', 'hostile.html'), 'utf8');
    expect(html).toContain('Call now if your legs go numb');
    const pdfText = execFileSync('pdftotext', [path.join(out, 'pdf', 'hostile.pdf'), '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Call now if your legs go numb');
  });

  it('drops scripts, handlers, script and data URLs, frames, styles, objects and forms from the web page', async () => {
    const html = await readFile(path.join(out, 'html', 'hostile.html'), 'utf8');
    const body = html.slice(html.indexOf('<body'));
    // The hostile tags are shown as topics, as text (`&#x3C;img src=x onerror=…>`): check the markup
    // without its text, so that words cannot pass for attributes.
    // The site's own search box is the one form: check it exactly, then leave it out.
    const tree = fromHtml(body, { fragment: true });
    visit(tree, 'element', (node, index, parent) => {
      if (!node.properties.className?.toString().includes('site-search') || !parent || index === undefined) return;
      expect([node.tagName, node.properties.action, node.properties.hidden]).toEqual(['form', 'search.html', true]);
      parent.children.splice(index, 1);
      return index;
    });
    visit(tree, 'text', (node) => {
      node.value = '';
    });
    const markup = toHtml(tree);
    for (const pattern of forbidden) expect(markup, String(pattern)).not.toMatch(pattern);
    expect(body).not.toMatch(/evil\.example|javascript:/i);
    // The head carries the hostile title and tags only as text: the scripts are the JSON-LD and the site's own.
    const scripts = selectAll('script', fromHtml(html));
    expect(scripts.map((script) => script.properties.type ?? String(script.properties.src).replace(/\.[0-9a-f]{8}\./, '.#.'))).toEqual(['assets/search.#.js', 'application/ld+json']);
    expect(toString(scripts[1]!)).toContain('\\u003cimg src=x onerror=alert(1)\\u003e');
    expect(toString(select('title', fromHtml(html))!)).toContain('Hostile <script>alert(1)</script> title');
  });

  it('drops them from the e-book chapter too', async () => {
    const zip = await JSZip.loadAsync(await readFile(path.join(out, 'epub', 'hostile-book.epub')));
    const chapter = Object.keys(zip.files).find((name) => /chapter.*hostile.*\.xhtml$/.test(name));
    expect(chapter).toBeDefined();
    const xhtml = await zip.file(chapter!)!.async('string');
    for (const pattern of forbidden) expect(xhtml, String(pattern)).not.toMatch(pattern);
    expect(xhtml).toContain('Call now if your legs go numb');
  });
});
