/**
 * A sentence that ends with a colon promises what follows: “Call us if the swelling:” with
 * nothing after it leaves the patient without the list. A paragraph ending in “:” must be
 * followed, in the same block, by a list, a table, code, a quote, a callout, an image or more
 * text; a heading, a rule or the end of its block (section, list item, callout) is an error.
 */
import type { Nodes, Paragraph, Parents } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { exampleArticle } from '../example-article.ts';

/** Blocks that break the promise of a colon. */
const breaks = new Set(['heading', 'thematicBreak']);

export const listIntro: Rule = {
  id: 'list-intro',
  check({ tree, report }) {
    visitParents(tree, 'paragraph', (node: Paragraph, ancestors) => {
      if (node.data?.directiveLabel) return;
      const text = toString(node, { includeHtml: false }).trimEnd();
      if (!text.endsWith(':')) return;
      const parent = ancestors.at(-1) as Parents | undefined;
      if (!parent) return;
      const siblings = parent.children as Nodes[];
      const next = siblings[siblings.indexOf(node) + 1];
      // Raw HTML comments are invisible; look past them.
      let following = next;
      for (let index = siblings.indexOf(node) + 1; following?.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(following.value); index++) following = siblings[index + 1];
      if (following && !breaks.has(following.type)) return;
      const end = node.position?.end;
      const what = following ? (following.type === 'heading' ? 'a heading' : 'a thematic break') : 'the end of its block';
      report(
        `Unexpected “:” at the end of a paragraph followed by ${what}, expected the list it introduces; add the list, or end the sentence with a full stop`,
        end && { line: end.line, column: end.column - 1 },
      );
    });
  },
  examples: [
    { name: 'a colon before its list', markdown: exampleArticle('Call us if the swelling:\n\n- spreads\n- gets hot'), messages: [] },
    { name: 'a colon before a table', markdown: exampleArticle('Doses by age:\n\n| Age | Dose |\n| --- | --- |\n| 12+ | 2 tablets |'), messages: [] },
    { name: 'a colon with nothing after it', markdown: exampleArticle('## Swelling\n\nCall us if the swelling:\n\n## Pain\n\nRest.'), messages: ['12:24'] },
    { name: 'a colon ending a callout', markdown: exampleArticle(':::warning\nStop and call us if:\n:::'), messages: ['11:20'] },
  ],
};
