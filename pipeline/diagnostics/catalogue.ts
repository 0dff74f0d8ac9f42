/**
 * The message catalogue: every id pressroom can report, listed once, with what it means, its
 * default severity and the README section that explains it. Reporting takes a `MessageId`, so a
 * misspelt id fails to compile; the README's rule and message tables (`make docs`), the ids that
 * `lint.rules` and `<!-- pressroom-disable … -->` accept, all come from here.
 *
 * To add a lint rule: an entry of kind `rule` here, then its module in `lint/rules/` and a line
 * in `lint/preset.ts` (a test fails when the two lists differ).
 */
import type { MessageSeverity } from './severity.ts';

/**
 * Where a message comes from:
 * - `rule`: a lint rule (`lint/rules/`); its severity can be changed in `lint.rules`;
 * - `article`: a checking stage (load, parse, validate, lint) on an article;
 * - `config`: the config file;
 * - `render`: a renderer or the build, on an article or on the config.
 */
type MessageKind = 'rule' | 'article' | 'config' | 'render';

/** One entry of the catalogue. */
export interface MessageSpec {
  kind: MessageKind;
  /** One sentence for the README and `--help`: what is checked or what went wrong. */
  summary: string;
  /** Default severity; `graded` when the rule picks warning or error by how bad it is. */
  severity: MessageSeverity | 'graded';
  /** Anchor of the README section that explains it (checked by a test). */
  section: `#${string}`;
}

const lintRules = '#lint-rules';
const commandLine = '#the-command-line';

/** Every message id, in the order the README lists them. */
export const catalogue = {
  // Stages, on articles: they cannot be turned off in the config, but comments can hide them.
  'file-too-large': { kind: 'article', severity: 'error', section: commandLine, summary: 'The file is over 1 MiB, too large to be an article.' },
  'file-name': { kind: 'article', severity: 'error', section: commandLine, summary: 'The file name is not UTF-8, or the extension is `.markdown` (or another) instead of `.md`.' },
  'file-unreadable': { kind: 'article', severity: 'error', section: commandLine, summary: 'The file cannot be read (permissions, a broken link, a folder named `.md`).' },
  'file-encoding': { kind: 'article', severity: 'error', section: commandLine, summary: 'The file is binary or not UTF-8 (the line of the first bad byte is given).' },
  'file-empty': { kind: 'article', severity: 'error', section: commandLine, summary: 'The file is empty.' },
  'file-too-deep': { kind: 'article', severity: 'error', section: commandLine, summary: 'Quotes, lists or indentation nest deeper than 64 levels (checked before parsing).' },
  'file-too-complex': { kind: 'article', severity: 'error', section: commandLine, summary: 'The article holds more than 10,000 HTML elements (checked before parsing).' },
  'file-outside': { kind: 'article', severity: 'error', section: commandLine, summary: 'A symbolic link leads to a file outside the content folder.' },
  'frontmatter-syntax': { kind: 'article', severity: 'error', section: '#the-content-contract', summary: 'YAML syntax of the frontmatter.' },
  'frontmatter-schema': { kind: 'article', severity: 'error', section: '#the-content-contract', summary: 'Frontmatter against the content contract (unknown keys, types, required keys).' },
  'slug-reserved': { kind: 'article', severity: 'error', section: '#the-content-contract', summary: 'No article takes the name of one of the web edition’s own pages: `index`, `search`, `search-<lang>`, `404`, `feed`, `sitemap`, `robots`.' },
  'file-too-long-paragraph': { kind: 'article', severity: 'error', section: commandLine, summary: 'One paragraph, heading or table cell holds more than 30,000 characters (checked after parsing, before any rule reads it).' },
  'time-budget': { kind: 'article', severity: 'error', section: commandLine, summary: 'Linting or transforming this article took longer than its budget (`budget.lint`, `budget.transform`); the rest of its stage is skipped, the other articles go on.' },
  'slug-changed': { kind: 'article', severity: 'warning', section: '#stable-addresses', summary: 'A slug recorded in `published-slugs.json` (an address published before) is no article’s slug and not in its `formerSlugs`: the old address would be “page not found”. Lint and build both warn.' },
  'internal-error': { kind: 'article', severity: 'error', section: commandLine, summary: 'A stage or rule failed on this file; the others carry on. Please report it (`--verbose` shows the stack).' },
  'control-comment': { kind: 'article', severity: 'warning', section: lintRules, summary: 'A `pressroom-disable`, `-enable` or `-ignore` comment names an id that does not exist, so it changes nothing.' },
  // The config file (exit code 2).
  'config-syntax': { kind: 'config', severity: 'error', section: '#configuration-pressroomyaml', summary: 'YAML syntax of `pressroom.yaml`.' },
  'config-path': { kind: 'config', severity: 'error', section: '#configuration-pressroomyaml', summary: 'A file the config names (logo, cover, word list) is outside the content folder (also through a symbolic link), missing or of the wrong type.' },
  'config-schema': { kind: 'config', severity: 'error', section: '#configuration-pressroomyaml', summary: '`pressroom.yaml` against its schema (unknown keys, types, required keys, rule ids).' },
  // Lint rules, in the order of lint/preset.ts.
  'duplicate-slug': { kind: 'rule', severity: 'error', section: lintRules, summary: 'Each article has its own slug (from `slug:` or the file name).' },
  'no-body-title': { kind: 'rule', severity: 'error', section: lintRules, summary: 'No `#` heading in the body: the title comes from the frontmatter; sections are `##`.' },
  'heading-increment': { kind: 'rule', severity: 'error', section: lintRules, summary: 'Heading levels do not skip (`##` → `####`); the first section heading is `##`.' },
  'required-sections': { kind: 'rule', severity: 'error', section: '#the-content-contract', summary: 'Articles have the `##` sections their content type requires (by heading, alias or keywords; a section one level too deep is named).' },
  'emergency-block': { kind: 'rule', severity: 'error', section: lintRules, summary: 'Types that require it have an `:::emergency` block; it is not empty and not inside `:::only`.' },
  'unknown-directive': { kind: 'rule', severity: 'error', section: lintRules, summary: 'Container directives are the ones of the content contract (`:::emergency`, `:::tip`…), and are closed with `:::`.' },
  'directive-attributes': { kind: 'rule', severity: 'error', section: lintRules, summary: 'Directives have only the attributes they accept; `:::only{format}` names output formats (`html`, `pdf`…).' },
  'directive-fence': { kind: 'rule', severity: 'error', section: lintRules, summary: 'Every `:::` line opens or closes a block; none is swallowed by raw HTML or closes the wrong block.' },
  'emergency-preserved': { kind: 'rule', severity: 'error', section: lintRules, summary: 'Every item of an `:::emergency` block is shown, visible and in order, inside the rendered emergency box of every format.' },
  'cta-contact': { kind: 'rule', severity: 'error', section: lintRules, summary: 'A `:::cta` block has the clinic’s contact details to show: `clinic` is set in `pressroom.yaml`.' },
  'list-intro': { kind: 'rule', severity: 'error', section: '#list-intro', summary: 'A paragraph ending in “:” is followed by the list, table or text it introduces.' },
  'emergency-number': { kind: 'rule', severity: 'graded', section: '#emergency-number', summary: 'No emergency number or service of another country (999, 112, 000, 111, A&E…) beside the clinic’s own.' },
  'foreign-contact': { kind: 'rule', severity: 'warning', section: '#foreign-contact', summary: 'Phone numbers and email addresses in the body are the clinic’s, or listed in `lint.allowedContacts`.' },
  'dangling-reference': { kind: 'rule', severity: 'warning', section: '#dangling-reference', summary: 'References to another page (“Read more about…”, “See also…”, “see our leaflet on…”) have a link in the same sentence or list item.' },
  'reading-grade': { kind: 'rule', severity: 'warning', section: lintRules, summary: 'The article, and each paragraph, reads at or below the target Flesch–Kincaid grade (English), or at or above the target Szigriszt–Pazos reading ease on the INFLESZ scale (Spanish).' },
  'long-sentence': { kind: 'rule', severity: 'warning', section: lintRules, summary: 'Sentences have at most `lint.maxSentenceWords` words (default 25).' },
  'acronym-definition': { kind: 'rule', severity: 'warning', section: '#acronym-definition', summary: 'Abbreviations patients may not know are spelled out at their first use (“abdominal aortic aneurysm (AAA)”).' },
  'plain-language': { kind: 'rule', severity: 'info', section: '#plain-language', summary: 'Medical and bureaucratic words that have an everyday alternative (“hypertension” → “high blood pressure”; in Spanish “cefalea” → “dolor de cabeza”).' },
  'passive-voice': { kind: 'rule', severity: 'info', section: '#passive-voice', summary: 'Sentences in the active voice (“take the tablets”, not “the tablets should be taken”).' },
  'repeated-word': { kind: 'rule', severity: 'error', section: lintRules, summary: 'No word is written twice in a row (“the the”).' },
  'repeated-list-item': { kind: 'rule', severity: 'error', section: lintRules, summary: 'No item is named twice in one series (“legs, bladder, perineum, and bladder”) or bulleted list.' },
  'indefinite-article': { kind: 'rule', severity: 'warning', section: lintRules, summary: '`a` before a consonant sound, `an` before a vowel sound (“an hour”, “a union”).' },
  spelling: { kind: 'rule', severity: 'warning', section: '#languages-and-spelling', summary: 'Words of the body, title and summary are in the dictionary of the article’s language, the medical word list (if on) or the clinic’s `dictionary.txt`.' },
  typography: { kind: 'rule', severity: 'warning', section: '#typography', summary: 'Real dashes and degree signs, one style of double quotes, single spaces between words (fixable).' },
  'link-scheme': { kind: 'rule', severity: 'error', section: lintRules, summary: 'Links use http:, https:, mailto:, tel: or a relative path; never javascript:, data:, file: or `//host`.' },
  'internal-link': { kind: 'rule', severity: 'error', section: lintRules, summary: 'Relative links and `#anchors` lead to an article, heading or file inside the content folder.' },
  'image-alt': {
    kind: 'rule',
    severity: 'error',
    section: lintRules,
    summary: 'Every image has alt text that describes it. A purely decorative image is a reviewed exception: put `<!-- pressroom-ignore image-alt -->` before it and it renders with `alt=""`.',
  },
  'image-source': { kind: 'rule', severity: 'error', section: lintRules, summary: 'Images are PNG, JPEG, GIF, WebP or SVG files inside the content folder, linked by relative path.' },
  'raw-html': {
    kind: 'rule',
    severity: 'warning',
    section: lintRules,
    summary: 'Raw HTML that the renderers drop (scripts, styles, frames, forms, event handlers, unsafe URLs, unknown tags) is flagged where it is written.',
  },
  'review-age': { kind: 'rule', severity: 'graded', section: lintRules, summary: 'The clinical review (`reviewed.on`) is recent: a warning after 12 months, an error after 24; not in the future.' },
  'title-length': { kind: 'rule', severity: 'warning', section: lintRules, summary: 'The title is at most `lint.maxTitleLength` (70) characters.' },
  'summary-length': { kind: 'rule', severity: 'warning', section: lintRules, summary: 'The summary is plain text of at most two sentences and `lint.maxSummaryLength` (200) characters.' },
  'handout-length': { kind: 'rule', severity: 'warning', section: lintRules, summary: 'The printed words fit `handout.maxPages` pages at `lint.wordsPerPage` words a page (an estimate; the PDF build measures).' },
  'translation-source': {
    kind: 'rule',
    severity: 'error',
    section: '#languages-and-translations',
    summary: 'A translation (`translationOf`) names an existing article in another language, and a source has one translation per language.',
  },
  'translation-stale': { kind: 'rule', severity: 'warning', section: '#languages-and-translations', summary: 'A translation is reviewed again after its source is (`reviewed.on` of the translation not before the source’s).' },
  'translation-structure': { kind: 'rule', severity: 'error', section: '#languages-and-translations', summary: 'A translation has as many `:::emergency` blocks as its source, each list with as many items.' },
  'language-checks': { kind: 'rule', severity: 'info', section: '#languages-and-translations', summary: 'Says once per article which checks do not run in its language (English-only word lists and formulas).' },
  placeholder: { kind: 'rule', severity: 'error', section: lintRules, summary: 'No placeholder text from `pressroom new` ("Fill this in: …") is left.' },
  'xml-characters': { kind: 'rule', severity: 'error', section: lintRules, summary: 'No invisible character that XML forbids (control characters, U+FFFE, U+FFFF) is written anywhere in the file.' },
  // The web edition.
  'render-html': { kind: 'render', severity: 'error', section: '#the-web-edition', summary: 'A page cannot be rendered; please report it (`--verbose` shows the cause).' },
  'render-image': { kind: 'render', severity: 'error', section: '#the-web-edition', summary: 'An image cannot be published: it lies outside the content folder or an SVG holds active content.' },
  'render-emergency': { kind: 'render', severity: 'error', section: '#directives-rendered', summary: 'A red flag of an `:::emergency` block is missing from the rendered box (or the e-book appendix): the article is not published in that format.' },
  'render-link': { kind: 'render', severity: 'warning', section: '#the-web-edition', summary: 'A link is left out (its words kept): it leads to a draft or to a file type the web edition does not publish.' },
  'render-cta': { kind: 'render', severity: 'error', section: '#directives-rendered', summary: '`:::cta` needs the clinic’s contact details (`clinic` in `pressroom.yaml`).' },
  'render-logo': { kind: 'render', severity: 'warning', section: '#the-web-edition', summary: 'The clinic logo cannot be published; pages are shown without it.' },
  'render-search': { kind: 'render', severity: 'error', section: '#the-web-edition-as-a-patient-library', summary: 'The search index cannot be written (the folder, or Pagefind for this platform); the search pages would find nothing.' },
  'former-slug': { kind: 'render', severity: 'warning', section: '#stable-addresses', summary: 'A `formerSlugs` entry is the name of another page of the web edition, so it cannot redirect.' },
  'stale-output': { kind: 'render', severity: 'warning', section: '#the-command-line', summary: 'A render failed, so the output of the last good build is kept in place, out of date: the build still fails, and the warning names the file.' },
  // PDF handouts.
  'pdf-browser': { kind: 'render', severity: 'error', section: '#pdf-handouts', summary: 'No Chromium could be started, or it crashed twice.' },
  'pdf-config': { kind: 'render', severity: 'error', section: '#pdf-handouts', summary: 'The config lacks what a handout needs (`clinic`).' },
  'pdf-logo': { kind: 'render', severity: 'error', section: '#pdf-handouts', summary: 'The clinic logo cannot be used in the handouts.' },
  'pdf-render': { kind: 'render', severity: 'error', section: '#pdf-handouts', summary: 'A handout cannot be built or printed; please report it (`--verbose` shows the cause).' },
  'pdf-timeout': { kind: 'render', severity: 'error', section: '#pdf-handouts', summary: 'A handout took longer than `pdf.timeout` to print.' },
  'pdf-blocked-request': { kind: 'render', severity: 'error', section: '#pdf-handouts', summary: 'The handout asked for a file outside the build’s folders or for a network address; it was refused.' },
  'pdf-request-failed': { kind: 'render', severity: 'error', section: '#pdf-handouts', summary: 'A file the handout needs could not be loaded.' },
  'pdf-console': { kind: 'render', severity: 'warning', section: '#pdf-handouts', summary: 'The handout page reported an error while printing.' },
  'pdf-structure': { kind: 'render', severity: 'error', section: '#pdf-handouts', summary: 'The printed PDF lacks its tags or outline.' },
  'pdf-ua': { kind: 'render', severity: 'error', section: '#pdf-handouts', summary: 'A handout fails a PDF/UA-1 condition the built-in checker knows (the README lists them); please report it.' },
  'pdf-page-budget': { kind: 'render', severity: 'error', section: '#pdf-handouts', summary: 'The handout has more pages than `handout.maxPages` (the large-print edition: `handout.largePrint.maxPages`).' },
  'pdf-notes-omitted': { kind: 'render', severity: 'info', section: '#pdf-handouts', summary: 'The care team’s notes area was left out: it does not fit in the space left on the last page.' },
  'pdf-write': { kind: 'render', severity: 'error', section: '#pdf-handouts', summary: 'The handout cannot be written to the output folder.' },
  // E-books.
  'epub-book': { kind: 'render', severity: 'error', section: '#the-e-book', summary: 'A book cannot be built: a duplicate book id (reported by lint), or the e-book library failed.' },
  'epub-chapter': { kind: 'render', severity: 'error', section: '#the-e-book', summary: 'A chapter slug does not exist, is a draft, is listed twice or has errors (reported by lint, on the config); a partial build skips the book (info).' },
  'epub-cover': { kind: 'render', severity: 'error', section: '#the-e-book', summary: 'The book’s cover image cannot be used (reported by lint) or drawn.' },
  'epub-image': { kind: 'render', severity: 'error', section: '#the-e-book', summary: 'An image of a chapter cannot be put in the book.' },
  'epub-identifier': { kind: 'render', severity: 'warning', section: '#the-e-book', summary: 'The book’s `identifier` is not a `urn:uuid:` or a valid ISBN.' },
} as const satisfies Record<string, MessageSpec>;

/** Every id pressroom reports: a typo fails to compile. */
export type MessageId = keyof typeof catalogue;

/** Ids of the lint rules. */
export type RuleId = { [Id in MessageId]: (typeof catalogue)[Id]['kind'] extends 'rule' ? Id : never }[MessageId];

/** All ids, in catalogue order. */
export const messageIds = Object.keys(catalogue) as MessageId[];

/** Ids of the lint rules, in catalogue order (the order of the preset). */
export const ruleIds = messageIds.filter((id): id is RuleId => catalogue[id].kind === 'rule');

/**
 * Ids that `<!-- pressroom-disable|enable|ignore … -->` accepts: the rules and the stages'
 * messages on articles (renderers report after comments are applied, so theirs cannot be hidden).
 */
export const controllableIds: readonly MessageId[] = messageIds.filter((id) => catalogue[id].kind === 'rule' || catalogue[id].kind === 'article');

/**
 * @param id Any string.
 * @returns Whether it is a catalogued id.
 */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(catalogue, id);
}
