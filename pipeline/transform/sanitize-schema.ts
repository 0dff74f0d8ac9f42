/**
 * The sanitizer's allow-list: exactly the markup the article pipeline produces (Markdown,
 * GFM, footnotes, directives, figures, table wrappers, task boxes), nothing more. Raw HTML
 * in an article goes through the same list, so what an author writes by hand can never be
 * more than what Markdown could have produced. The raw-html lint rule reads this schema to
 * warn about everything it drops.
 *
 * Ids: every `id` and `aria-describedby` that exists when the sanitizer runs (raw HTML's and
 * the footnotes') gets the `user-content-` prefix, so nothing an author writes can take an id
 * of the page template or of a heading. Heading ids and callout label ids are set after the
 * sanitizer (see transform/transform.ts), and footnote links are pointed at the prefixed ids.
 */
import type { Options as Schema } from 'rehype-sanitize';
import { CALLOUT_DIRECTIVES } from '../content/directives.ts';

export const CLOBBER_PREFIX = 'user-content-';

/** The classes of the callouts the directive handlers make (transform/directives/callout.ts), from the contract. */
export const CALLOUT_CLASSES = ['callout', ...CALLOUT_DIRECTIVES.map((name) => `callout-${name}`)];
const callouts = CALLOUT_CLASSES;
const align: [string, ...string[]] = ['className', 'align-left', 'align-center', 'align-right'];

export const sanitizeSchema: Schema = {
  allowComments: false,
  allowDoctypes: false,
  clobber: ['id', 'ariaDescribedBy'],
  clobberPrefix: CLOBBER_PREFIX,
  ancestors: {
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tr: ['table'],
    figcaption: ['figure'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    // `file:` is for renderers whose `imageSrc` points at the disk (PDF, EPUB); every `img`
    // has been rewritten by rehype-images before this runs, so authors cannot set it.
    src: ['http', 'https', 'file'],
  },
  // Removed together with their content: code, styles, or text meant for other contexts.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes', 'textarea', 'select', 'title', 'xmp', 'svg', 'math'],
  tagNames: [
    'a',
    'address',
    'aside',
    'blockquote',
    'br',
    'code',
    'del',
    'div',
    'em',
    'figcaption',
    'figure',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'img',
    'li',
    'ol',
    'p',
    'pre',
    'section',
    'span',
    'strong',
    'sup',
    'table',
    'tbody',
    'td',
    'th',
    'thead',
    'tr',
    'ul',
  ],
  attributes: {
    a: [
      'href',
      ['rel', 'external', 'noopener', 'noreferrer'],
      // GFM footnotes: the call (`id`, `aria-describedby`) and the way back (`aria-label`).
      'id',
      'ariaDescribedBy',
      'ariaLabel',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['className', 'data-footnote-backref'],
    ],
    address: [['className', 'contact']],
    aside: [['className', ...callouts]],
    code: [['className', /^language-[\w+-]+$/]],
    div: [['className', 'table-scroll'], ['role', 'region'], 'ariaLabel', ['tabIndex', 0]],
    h2: ['id'],
    img: ['src', 'alt'],
    li: ['id', ['className', 'task-list-item']],
    ol: ['start', ['className', 'contains-task-list']],
    p: [['className', 'callout-label', 'emergency-call', 'contact-name']],
    section: ['dataFootnotes', ['className', 'footnotes', ...callouts]],
    span: [['className', 'task-box', 'task-box-checked', 'contact-key', 'contact-value', 'visually-hidden'], ['role', 'img'], 'ariaLabel'],
    td: [align],
    th: [align],
    ul: [['className', 'contains-task-list']],
  },
};
