/**
 * The summary is shown as it is written in search results, link cards, the page's meta
 * description and the EPUB description: short (`lint.maxSummaryLength`, 200 characters),
 * at most two sentences, and plain text, since no Markdown or HTML is rendered there.
 * Sentences are found by parse-english, which knows abbreviations such as "Dr." and "e.g.".
 * A bare web address is plain text; a Markdown link is not.
 *
 * ok: `summary: Why back muscles spasm, and what helps. When to get care.`
 * not-ok: `summary: Call *now* if …` → warning at the `summary:` value: markup.
 * not-ok: a three-sentence summary → warning at the value.
 */
import type { Root, RootContent } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { frontmatterPosition } from '../frontmatter-position.ts';
import { textLength } from '../text-length.ts';

const MAX_SENTENCES = 2;

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/** How to name each kind of markup in a message. */
const markupNames: Record<string, string> = {
  emphasis: 'emphasis',
  strong: 'bold text',
  delete: 'strikethrough',
  inlineCode: 'code',
  link: 'a link',
  linkReference: 'a link',
  image: 'an image',
  imageReference: 'an image',
  html: 'HTML',
  break: 'a hard line break',
  footnoteReference: 'a footnote',
  heading: 'a heading',
  list: 'a list',
  blockquote: 'a block quote',
  code: 'a code block',
  thematicBreak: 'a horizontal rule',
  table: 'a table',
  definition: 'a link definition',
  text: 'a character reference or backslash escape',
};

export const summaryLength: Rule = {
  id: 'summary-length',
  check({ tree, article, config, report }) {
    if (!article) return;
    const summary = article.summary;
    const place = frontmatterPosition(tree, ['summary']);
    const length = textLength(summary);
    const limit = config.lint.maxSummaryLength;
    if (length > limit) {
      report(`Unexpected summary of ${length} characters, expected at most ${limit} so it is not cut off in search results and link cards; shorten it and leave the details to the article`, place);
    }
    const sentences = countSentences(new ParseEnglish().parse(summary));
    if (sentences > MAX_SENTENCES) {
      report(`Unexpected summary of ${sentences} sentences, expected at most ${MAX_SENTENCES}; say what the article covers and leave the rest to the body`, place);
    }
    const markup = findMarkup(summary);
    if (markup) {
      report(`Unexpected markup in the summary: ${markupNames[markup.type] ?? markup.type} (${asCode(markup.source)}), expected plain text: search results, link cards and e-book readers show the summary as written; remove the markup`, place);
    }
  },
  examples: [
    {
      name: 'ok: two plain sentences',
      markdown: `---
title: Easing a stiff back
summary: Why back muscles spasm, and what helps. When to get care.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for a day.
`,
      messages: [],
    },
    {
      name: 'not-ok: markup in the summary',
      markdown: `---
title: Easing a stiff back
summary: Call *now* if your legs go numb.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for a day.
`,
      messages: ['3:10'],
    },
    {
      name: 'not-ok: three sentences',
      markdown: `---
title: Easing a stiff back
summary: Why back muscles spasm. What helps. When to get care.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Rest for a day.
`,
      messages: ['3:10'],
    },
  ],
};

/**
 * Text as Markdown inline code, with a fence longer than any run of backticks inside it.
 *
 * @param text Source text.
 * @returns The code span.
 */
function asCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ');
}

function countSentences(tree: NlcstRoot): number {
  let count = 0;
  visit(tree, 'SentenceNode', () => {
    count += 1;
  });
  return count;
}

/**
 * The first Markdown or HTML construct in `text`, if any.
 *
 * @param text The summary.
 * @returns The node type and its source text.
 */
function findMarkup(text: string): { type: string; source: string } | undefined {
  const tree: Root = markdown.parse(text);
  const sourceOf = (node: RootContent) => text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? text.length);
  for (const block of tree.children) {
    if (block.type !== 'paragraph') return { type: block.type, source: sourceOf(block) };
    for (const inline of block.children) {
      // What a character reference or escape turns into differs from what was written.
      if (inline.type === 'text') {
        if (collapse(inline.value) === collapse(sourceOf(inline))) continue;
        const written = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|\\[!-/:-@[-`{-~]/i.exec(sourceOf(inline));
        return { type: 'text', source: written?.[0] ?? sourceOf(inline) };
      }
      // A bare address (`www.example.org`, GFM autolink literal) reads the same as plain text.
      if (inline.type === 'link' && !/^[[<]/.test(sourceOf(inline))) continue;
      return { type: inline.type, source: sourceOf(inline) };
    }
  }
  return undefined;
}
