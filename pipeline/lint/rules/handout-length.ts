/**
 * The printed handout fits its pages (`handout.maxPages`, default 2). Before the PDF exists,
 * estimate from the words that get printed: the body, with tables, lists, code and callouts
 * (and a callout's heading), but without `:::only` blocks for other formats. The budget is
 * `handout.maxPages × lint.wordsPerPage`. Images are not counted, so this is a lower bound;
 * the PDF build measures the real page count.
 *
 * ok: 600 words with `handout.maxPages: 2` and 450 words per page (budget 900).
 * not-ok: 1,200 printed words with the same budget → warning at the first line of the body.
 */
import type { Nodes } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { CALLOUT_DIRECTIVES, parseFormats } from '../../content/directives.ts';
import { onlySelects } from '../../formats.ts';
import type { PageWords } from '../../languages/interface-words.ts';
import { wordsFor } from '../../languages/languages.ts';

export const handoutLength: Rule = {
  id: 'handout-length',
  check({ tree, article, config, report }) {
    if (!article) return;
    const words = printedWords(tree, wordsFor(article.language, config.words).page.directiveLabels);
    const { maxPages } = article.handout;
    const { wordsPerPage } = config.lint;
    const budget = maxPages * wordsPerPage;
    if (words <= budget) return;
    const first = tree.children.find((node) => node.type !== 'yaml');
    const pages = `${maxPages} ${maxPages === 1 ? 'page' : 'pages'}`;
    report(
      `Unexpected handout length of about ${format(words)} words, expected at most ${format(budget)} (${pages} × ${format(wordsPerPage)} words, from \`handout.maxPages\` and \`lint.wordsPerPage\`); shorten the article, move web-only detail into \`:::only{format="html"}\`, or raise \`handout.maxPages\`. This is an estimate: the PDF build measures the real page count`,
      first?.position?.start ?? { line: 1, column: 1 },
    );
  },
  examples: [
    {
      name: 'ok: fits one page of 50 words',
      config: { lint: { wordsPerPage: 50 } },
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
handout:
  maxPages: 1
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for a day or two. Then walk a little each day.
`,
      messages: [],
    },
    {
      name: 'not-ok: more words than one page of 50',
      config: { lint: { wordsPerPage: 50 } },
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
handout:
  maxPages: 1
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for a day or two. Then walk a little each day. Walk a bit more each day after that. Stop if the pain gets worse. Call us if it does not get better. Keep a note of what helps and bring it to your next visit. Ask us which stretches suit you best.
`,
      messages: ['12:1'],
    },
  ],
};

/**
 * Count the words the PDF prints.
 *
 * @param tree Article tree.
 * @param labels Default callout labels in the article's language.
 * @returns The number of words.
 */
function printedWords(tree: Nodes, labels: PageWords['directiveLabels']): number {
  let words = 0;
  visit(tree, (node) => {
    switch (node.type) {
      // Not printed: frontmatter, raw HTML, link definitions (their text is in the links).
      case 'yaml':
      case 'html':
      case 'definition':
        return SKIP;
      case 'containerDirective': {
        const directive = node as ContainerDirective;
        if (directive.name === 'only' && !onlySelects(parseFormats(directive.attributes?.format), 'pdf')) return SKIP;
        // A callout without its own label is printed under its default heading ("Warning").
        const labelled = directive.children[0]?.type === 'paragraph' && directive.children[0].data?.directiveLabel;
        const callout = CALLOUT_DIRECTIVES.find((name) => name === directive.name);
        const heading = directive.attributes?.title ?? (labelled || !callout ? '' : labels[callout]);
        words += countWords(heading);
        return undefined;
      }
      case 'text':
      case 'inlineCode':
      case 'code':
        words += countWords(node.value);
        return undefined;
      default:
        return undefined;
    }
  });
  return words;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}
