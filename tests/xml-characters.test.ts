/**
 * Characters XML forbids never reach an XML document, and lint reports them where written (issue 9).
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { forbiddenXmlCharacters, xmlSafe, xmlSafeDocument } from '../pipeline/content/xml-characters.ts';
import { normalizeZip } from '../pipeline/render/epub/normalize-zip.ts';
import { frontmatter, lintMarkdown, ofRule } from './helpers/lint-markdown.ts';
import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromXml } from 'xast-util-from-xml';
import { buildFixture, htmlFixtureDir } from './helpers/render-fixture.ts';
import { buildFixtureBooks, EPUBCHECK_TIMEOUT, openEpub } from './epub-helpers.ts';

/** An article with a forbidden character in its title, summary, tags and alt text, raw and escaped. */
const HOSTILE = [
  '---',
  'title: "Back\\a pain"',
  'summary: Ease\u0001 back pain at home.',
  'type: guide',
  'tags: [back, "sp\\x01ine"]',
  'reviewed:',
  '  by: Dana Whitfield, DPT',
  '  on: 2026-06-01',
  '---',
  '',
  '## Rest',
  '',
  'Rest for a day.',
  '',
  '![Knee&#7; to chest](images/knee-to-chest.png) ![Heat\uFFFF pack](images/knee-to-chest.png)',
  '',
].join('\n');


describe('xml-characters', () => {
  it('removes controls, U+FFFE/U+FFFF, lone surrogates and references to them; keeps tabs, newlines, emoji, Hangul', () => {
    expect(xmlSafe('a\u0001b\u000Bc\uFFFFd\uD800e\t\n\r😀')).toBe('abcde\t\n\r😀');
    expect(xmlSafeDocument('<p>a&#1;b&#x1F;c&#xFFFF;d&#65535;e&#55300;f&#9;g&#55000;&#x41;</p>')).toBe('<p>abcdef&#9;g&#55000;&#x41;</p>');
    expect(forbiddenXmlCharacters('ok\u0007!')).toEqual([{ offset: 2, code: 7 }]);
  });

  it('lint reports each character at its line and column, frontmatter included', async () => {
    const text = frontmatter({ title: 'Back\u0007 pain' }).replace('\\a', '\u0007') + '\n## Rest\u0001 first\n\nText\uFFFF.\n';
    const found = ofRule(await lintMarkdown(text), 'xml-characters');
    expect(found.map((message) => [message.line, message.column])).toEqual([
      [2, 13],
      [10, 8],
      [12, 5],
    ]);
  });

  it('the e-book post-pass filters every XML document of the archive', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/epub+zip');
    zip.file('OEBPS/content.opf', '<dc:title>Back\u0001 pain&#x1;</dc:title>');
    zip.file('OEBPS/chapter.xhtml', '<h1>Rest\uFFFF first</h1>');
    const out = await JSZip.loadAsync(await normalizeZip(await zip.generateAsync({ type: 'uint8array' }), new Date(0)));
    expect(await out.file('OEBPS/content.opf')!.async('string')).toBe('<dc:title>Back pain</dc:title>');
    expect(await out.file('OEBPS/chapter.xhtml')!.async('string')).toBe('<h1>Rest first</h1>');
  });

  it('lint reports them in title, summary, tags and alt text, raw, as YAML escapes and as references, at line:column', async () => {
    const found = ofRule(await lintMarkdown(HOSTILE), 'xml-characters');
    const places = found.map((message) => [message.line!, message.column!, message.reason.split(',')[0]] as const);
    expect([...places].sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual([
      [2, 13, 'Unexpected escape for the invisible character U+0007'],
      [3, 14, 'Unexpected invisible character U+0001'],
      [5, 17, 'Unexpected escape for the invisible character U+0001'],
      [15, 7, 'Unexpected character reference to the invisible character U+0007'],
      [15, 54, 'Unexpected invisible character U+FFFF'],
    ]);
  });

  it(
    'the feed, the sitemap and the e-book built from such an article are well-formed XML',
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-xml-'));
      await cp(path.join(htmlFixtureDir, 'images'), path.join(dir, 'images'), { recursive: true });
      const yaml = await readFile(path.join(htmlFixtureDir, 'pressroom.yaml'), 'utf8');
      await writeFile(
        path.join(dir, 'pressroom.yaml'),
        `${yaml}books:\n  - id: back\n    title: Back care\n    authors: [Willow Creek Physical Therapy]\n    identifier: urn:uuid:1b671a64-40d5-491e-99b0-da01ff1f3341\n    description: Back care at home.\n    date: 2026-06-01\n    chapters: [back-pain]\n`,
      );
      await writeFile(path.join(dir, 'back-pain.md'), HOSTILE);
      const site = await buildFixture(dir);
      for (const name of ['feed.xml', 'sitemap.xml']) {
        const text = await readFile(path.join(site.htmlDir, name), 'utf8');
        expect(() => fromXml(text), name).not.toThrow();
      }
      expect(await readFile(path.join(site.htmlDir, 'feed.xml'), 'utf8')).toContain('<title type="html"><![CDATA[Back pain]]></title>');
      const books = await buildFixtureBooks(dir);
      const book = await openEpub(books.epub('back'));
      const documents = book.names.filter((name) => /\.(xhtml|opf|ncx)$/.test(name));
      expect(documents.length).toBeGreaterThan(3);
      for (const name of documents) {
        const text = await book.text(name);
        expect(() => fromXml(text), name).not.toThrow();
      }
      expect(await book.text('OEBPS/chapter-back-pain.xhtml')).toContain('alt="Heat pack"');
      expect(await readFile(path.join(site.htmlDir, 'feed.xml'), 'utf8')).toContain('<category label="spine" term="spine"/>');
    },
    EPUBCHECK_TIMEOUT,
  );
});
