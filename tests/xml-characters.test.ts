/**
 * Characters XML forbids never reach an XML document, and lint reports them where written (issue 9).
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { forbiddenXmlCharacters, xmlSafe, xmlSafeDocument } from '../pipeline/content/xml-characters.ts';
import { normalizeZip } from '../pipeline/render/epub/normalize-zip.ts';
import { frontmatter, lintMarkdown, ofRule } from './helpers/lint-markdown.ts';

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
});
