/**
 * Characters XML forbids (control characters, U+FFFE, U+FFFF, lone surrogates) are invisible
 * in an editor and make an e-book malformed. The renderers filter them out of every XML
 * document; this rule says where they are written, frontmatter included, so they can be deleted:
 * as raw characters, as YAML escapes in a quoted frontmatter value (`"Back\a pain"`), or as
 * Markdown character references (`&#7;`, in alt text too).
 */
import { LineCounter, parseDocument, visit as visitYaml, isScalar } from 'yaml';
import { visit } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { forbiddenReferences, forbiddenXmlCharacters, forbiddenYamlEscapes } from '../../content/xml-characters.ts';

const frontmatter = '---\ntitle: Back spasms\nsummary: How to ease back spasms.\ntype: guide\nreviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n---\n\n';

export const xmlCharacters: Rule = {
  id: 'xml-characters',
  check({ file, tree, report }) {
    const text = String(file.value ?? '');
    const at = (offset: number) => {
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
    };
    const name = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    // Frontmatter values written with YAML escapes.
    const yamlNode = tree.children[0];
    if (yamlNode?.type === 'yaml' && yamlNode.position?.start.offset !== undefined) {
      // The YAML text starts after the opening `---` and its line break.
      const start = text.indexOf('\n', yamlNode.position.start.offset) + 1;
      const doc = parseDocument(yamlNode.value, { lineCounter: new LineCounter() });
      visitYaml(doc, {
        Scalar(_, node) {
          if (!isScalar(node) || node.type !== 'QUOTE_DOUBLE' || !node.range) return;
          for (const { offset, code } of forbiddenYamlEscapes(yamlNode.value.slice(node.range[0], node.range[1]))) {
            report(`Unexpected escape for the invisible character ${name(code)}, which XML forbids: e-book readers reject the document; delete it`, at(start + node.range[0] + offset));
          }
        },
      });
    }
    // Character references in the body, alt text included (in code they stay text).
    visit(tree, (node) => {
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') return 'skip';
      if ((node.type !== 'text' && node.type !== 'image' && node.type !== 'link' && node.type !== 'definition') || node.position?.start.offset === undefined) return;
      const from = node.position.start.offset;
      // A link's text is its children's: look only at what lies outside them (its title).
      const source = node.type === 'link' ? text.slice(node.children.at(-1)?.position?.end.offset ?? from, node.position.end.offset) : text.slice(from, node.position.end.offset);
      const base = node.type === 'link' ? (node.children.at(-1)?.position?.end.offset ?? from) : from;
      for (const { offset, code } of forbiddenReferences(source)) {
        report(`Unexpected character reference to the invisible character ${name(code)}, which XML forbids: e-book readers reject the document; delete it`, at(base + offset));
      }
    });
    let line = 1;
    let lineStart = 0;
    let scanned = 0;
    for (const { offset, code } of forbiddenXmlCharacters(text)) {
      for (let index = text.indexOf('\n', scanned); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
        line += 1;
        lineStart = index + 1;
      }
      scanned = offset;
      report(`Unexpected invisible character ${name(code)}, which XML forbids: e-book readers reject the document; delete it`, { line, column: offset - lineStart + 1 });
    }
  },
  examples: [
    { name: 'ok: plain text', markdown: `${frontmatter}Rest for a day.\n`, messages: [] },
    { name: 'not-ok: a control character in a heading', markdown: `${frontmatter}## Rest\u0007 first\n\nRest for a day.\n`, messages: ['10:8'] },
    { name: 'not-ok: a character reference in alt text', markdown: `${frontmatter}![Knee&#7; to chest](knee.png)\n`, messages: ['10:7'] },
  ],
};
