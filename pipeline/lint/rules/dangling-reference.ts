/**
 * “Read more about…”, “See also…”, “see our leaflet on…” or “covered in a separate article”
 * promise another page; without a link in the same sentence (or list item) the patient cannot
 * find it, and in a printed handout the promise is all that is left.
 */
import type { Link, LinkReference, ListItem, Nodes, Paragraph, Parents } from 'mdast';
import { visit, visitParents } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { proseSentences } from '../prose-sentences.ts';
import { exampleArticle } from '../example-article.ts';

const DOCUMENT = '(?:leaflets?|articles?|pages?|guides?|handouts?|fact ?sheets?|booklets?)';

/** Phrases that promise another document. */
const PROMISE = new RegExp(
  [
    '\\bread more\\b',
    '\\bsee also\\b',
    // “See our leaflet on…”, but not “see the leaflet that comes with your medicine”.
    `\\bsee our (?:separate )?${DOCUMENT}\\b`,
    `\\bsee (?:the|a|another) separate ${DOCUMENT}\\b`,
    `\\b(?:covered|explained|described) in (?:a|another|our) (?:separate )?${DOCUMENT}\\b`,
    `\\bthere is a separate ${DOCUMENT}\\b`,
    '\\bfor more (?:information|details|advice),? (?:see|read)\\b',
  ].join('|'),
  'i',
);

export const danglingReference: Rule = {
  id: 'dangling-reference',
  check({ tree, prose, report }) {
    const links: Array<[number, number]> = [];
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'linkReference') && (node as Link | LinkReference).position) {
        links.push([node.position!.start.offset!, node.position!.end.offset!]);
      }
    });
    // A list item's paragraphs share its links: “Read more about sciatica.” then the link.
    const itemOf = new Map<Paragraph, ListItem>();
    // “See also:” introducing a list of links: the list holds them.
    const followedBy = new Map<Paragraph, Nodes>();
    visitParents(tree, 'paragraph', (node: Paragraph, ancestors) => {
      const parent = ancestors.at(-1) as Parents | undefined;
      if (parent?.type === 'listItem') itemOf.set(node, parent);
      const siblings = (parent?.children ?? []) as Nodes[];
      const next = siblings[siblings.indexOf(node) + 1];
      if (next) followedBy.set(node, next);
    });
    const linkIn = (start: number, end: number) => links.some(([from, to]) => from < end && to > start);
    for (const sentence of proseSentences(prose(), tree)) {
      if (!sentence.block || sentence.block.type === 'heading' || !sentence.position) continue;
      // Walk the leaves to map the sentence's text back to source places.
      const leaves: Array<{ from: number; node: { position?: typeof sentence.position } }> = [];
      let text = '';
      const walk = (node: { value?: unknown; children?: unknown[]; position?: typeof sentence.position }) => {
        if (typeof node.value === 'string') {
          leaves.push({ from: text.length, node });
          text += node.value;
        } else for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(sentence.node);
      const match = PROMISE.exec(text.trimStart());
      if (!match) continue;
      const index = match.index + (text.length - text.trimStart().length);
      const start = sentence.position.start.offset!;
      const end = sentence.position.end.offset!;
      const item = itemOf.get(sentence.block as Paragraph);
      if (linkIn(start, end) || (item?.position && linkIn(item.position.start.offset!, item.position.end.offset!))) continue;
      const next = followedBy.get(sentence.block as Paragraph);
      if (text.trimEnd().endsWith(':') && next?.type === 'list' && next.position && linkIn(next.position.start.offset!, next.position.end.offset!)) continue;
      const leaf = [...leaves].reverse().find((entry) => entry.from <= index);
      report(
        `Unexpected “${match[0]}” without a link: patients cannot find what it refers to; link the page (\`[title](url)\`) in the same sentence, or remove the reference`,
        leaf?.node.position?.start ?? sentence.position.start,
      );
    }
  },
  examples: [
    { name: 'a reference with its link', markdown: exampleArticle('Read more about [sciatica](https://medlineplus.gov/sciatica.html).\n\n- See also: our [knee guide](https://example.org/knee).\n\nSee also:\n\n- [Hip pain](https://example.org/hip)'), messages: [] },
    { name: 'references without links', markdown: exampleArticle('Rest your knee. Read more about sciatica.\n\nStretching is covered in a separate leaflet.'), messages: ['10:17', '12:15'] },
  ],
};
