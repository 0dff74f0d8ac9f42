/**
 * Characters XML forbids (control characters, U+FFFE, U+FFFF, lone surrogates) are invisible
 * in an editor and make an e-book malformed. The renderers filter them out of every XML
 * document; this rule says where they are written, frontmatter included, so they can be deleted.
 */
import type { Rule } from '../rule.ts';
import { forbiddenXmlCharacters } from '../../content/xml-characters.ts';

const frontmatter = '---\ntitle: Back spasms\nsummary: How to ease back spasms.\ntype: guide\nreviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n---\n\n';

export const xmlCharacters: Rule = {
  id: 'xml-characters',
  check({ file, report }) {
    const text = String(file.value ?? '');
    let line = 1;
    let lineStart = 0;
    let scanned = 0;
    for (const { offset, code } of forbiddenXmlCharacters(text)) {
      for (let index = text.indexOf('\n', scanned); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
        line += 1;
        lineStart = index + 1;
      }
      scanned = offset;
      const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      report(`Unexpected invisible character ${name}, which XML forbids: e-book readers reject the document; delete it`, { line, column: offset - lineStart + 1 });
    }
  },
  examples: [
    { name: 'ok: plain text', markdown: `${frontmatter}Rest for a day.\n`, messages: [] },
    { name: 'not-ok: a control character in a heading', markdown: `${frontmatter}## Rest\u0007 first\n\nRest for a day.\n`, messages: ['10:8'] },
  ],
};
