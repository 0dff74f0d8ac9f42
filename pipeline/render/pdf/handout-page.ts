/**
 * Handout page assembly: the article tree, poured into templates/handout.html. The template
 * is plain HTML; elements marked `data-slot` receive their content here (and `href` when
 * they are links), and a slot with no value is removed, so no template language is needed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { textDirection } from '../../languages/languages.ts';
import { HANDOUT_VARIANTS, type HandoutVariant } from './handout-variants.ts';
import { variantPageCss } from './page-css.ts';

const TEMPLATES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates');

/** Paths of the handout template and its stylesheet. */
const HANDOUT_TEMPLATE = path.join(TEMPLATES, 'handout.html');
export const HANDOUT_STYLESHEET = path.join(TEMPLATES, 'handout.css');

/** A slot's value: text, nodes, a link, or nothing (the slot is removed). */
type SlotValue = string | ElementContent[] | { text: string; href: string } | undefined;

export interface HandoutParts {
  /** BCP 47 language of the article. */
  language: string;
  /** Title of the HTML document (the PDF's Title is set again afterwards). */
  documentTitle: string;
  /** Kicker above the title. */
  kind: string;
  title: string;
  summary: string;
  /** "Reviewed by … on …" line. */
  reviewed?: ElementContent;
  /** The sanitized article body. */
  body: Root;
  /** Heading and contact details; absent when the article's `:::cta` already shows them. */
  contact?: { heading: string; details: ElementContent };
  /** The QR code element. */
  qr: Element;
  /** Text before the printed URL, beside the QR code. */
  qrCaption: string;
  /** URL the QR code opens, also printed beside it. */
  webUrl: string;
  /** The sources list, if the article has sources. */
  sources?: ElementContent;
  /** "This information does not replace advice…". */
  disclaimer: string;
  /** `file:` URLs of the font stylesheets. */
  fontStylesheets: string[];
  /** The complete stylesheet: templates/handout.css plus the per-handout page rules. */
  css: string;
  /**
   * The text of the running header (bold) and footer (regular), laid out invisibly in the page
   * so that the font chunks they need (unicode-range files of a CJK family) are loaded before
   * printing: Chromium lays out margin boxes only while printing, too late to load a font, and
   * then paints those glyphs as Type 3 shapes that text extraction and screen readers cannot read.
   */
  furnitureText?: { bold: string; regular: string };
  /** The care team's notes area, when the article or its type asks for one. */
  notes?: NotesArea;
}

/** What the care team's notes area holds. */
export interface NotesArea {
  heading: string;
  /** Ruled lines for writing. */
  lines: number;
  /** Labels of the blanks, each followed by a line to write on. */
  blanks: string[];
}

/** How to lay out one print of a handout. */
export interface PageOptions {
  /** The edition (default: regular). */
  variant?: HandoutVariant;
  /** Print the notes area (default: when the parts have one). */
  notes?: boolean;
  /** Refit: compact end matter and tighter spacing, to save a near-empty last page. */
  refit?: boolean;
}

/** Longest list item (in characters) that still fits on one line in half of a body column. */
const SHORT_ITEM = 18;

/**
 * Build the HTML document of one handout.
 *
 * @param template The parsed template (see `readHandoutTemplate`); it is not modified.
 * @param parts What goes into the slots.
 * @returns The HTML document, and the texts of its headings (for checking the PDF outline).
 */
export function handoutPage(template: Root, parts: HandoutParts, options: PageOptions = {}): { html: string; headings: string[]; links: Map<string, string> } {
  const variant = options.variant ?? HANDOUT_VARIANTS[0];
  const notes = options.notes === false ? undefined : parts.notes;
  const tree = structuredClone(template);
  // The template's comment is for its editors, not for the page.
  tree.children = tree.children.filter((child) => child.type !== 'comment');
  const html = select('html', tree);
  if (html) {
    html.properties.lang = parts.language;
    html.properties.className = [variant.className, ...(options.refit ? ['handout-refit'] : [])];
    if (textDirection(parts.language) === 'rtl') html.properties.dir = 'rtl';
  }
  const head = select('head', tree);
  const style = select('style[data-slot="style"]', tree);
  if (head && style) {
    // Fonts first, so the handout's own rules come later in the cascade.
    const links = parts.fontStylesheets.map((href) => h('link', { rel: 'stylesheet', href }));
    head.children.splice(head.children.indexOf(style), 0, ...links);
  }
  const body = structuredClone(parts.body);
  if (variant.listColumns) columnShortLists(body);
  if (variant.emergencyFirst) moveEmergencyFirst(body);
  markIntroductions(body);
  fillSlots(tree, {
    'document-title': parts.documentTitle,
    style: `${parts.css}\n${variantPageCss(variant)}`,
    kind: parts.kind,
    title: parts.title,
    summary: parts.summary,
    reviewed: parts.reviewed && [parts.reviewed],
    body: body.children as ElementContent[],
    'contact-text': parts.contact && 'keep',
    'contact-heading': parts.contact?.heading,
    contact: parts.contact && [parts.contact.details],
    qr: [parts.qr],
    'qr-caption': parts.qrCaption,
    'web-url': { text: displayUrl(parts.webUrl), href: parts.webUrl },
    sources: parts.sources && [parts.sources],
    disclaimer: parts.disclaimer,
    notes: notes && notesArea(notes),
  });
  liftClosingCta(tree);
  if (!parts.contact) moveQrIntoCta(tree);
  const documentBody = select('body', tree);
  if (documentBody && parts.furnitureText) {
    documentBody.children.push(
      h('div', { className: ['furniture-glyphs'], ariaHidden: 'true' }, [h('span', { className: ['furniture-bold'] }, parts.furnitureText.bold), h('span', parts.furnitureText.regular)]),
    );
  }
  const headings = selectAll('h1, h2, h3, h4, h5, h6', tree).map((heading) => toString(heading).replace(/\s+/g, ' ').trim());
  return { html: toHtml(tree), headings, links: linkTexts(tree) };
}

/**
 * Read and parse the handout template.
 *
 * @param file Template path (default templates/handout.html).
 * @returns The template tree.
 */
export async function readHandoutTemplate(file = HANDOUT_TEMPLATE): Promise<Root> {
  return fromHtml(await readFile(file, 'utf8'));
}

/**
 * Put values into the `data-slot` elements. `'keep'` leaves a slot's own content in place
 * (a wrapper around an inner slot); `undefined` removes the slot element.
 */
function fillSlots(tree: Root, values: Record<string, SlotValue | 'keep'>): void {
  const empty = new Set<Element>();
  for (const element of selectAll('[data-slot]', tree)) {
    const name = String(element.properties.dataSlot);
    if (!(name in values)) throw new Error(`The handout template has a slot \`${name}\` that pressroom does not fill`);
    const value = values[name];
    delete element.properties.dataSlot;
    if (value === 'keep') continue;
    if (value === undefined) {
      empty.add(element);
      continue;
    }
    if (typeof value === 'string') element.children = [{ type: 'text', value }];
    else if (Array.isArray(value)) element.children = value;
    else {
      element.children = breakableUrl(value.text);
      element.properties.href = value.href;
    }
  }
  if (empty.size > 0) removeElements(tree, empty);
}

/**
 * The article's closing `:::cta` leaves the two-column body and follows it at full width. In
 * the body it would have to span the columns, and Chromium 156 then moves the whole column set
 * before it to the next page when that set is taller than what is left of the first page,
 * leaving page 1 with nothing but the title.
 */
function liftClosingCta(tree: Root): void {
  const body = select('.handout-body', tree);
  const article = select('article.handout', tree);
  if (!body || !article) return;
  const last = [...body.children].reverse().find((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''));
  if (!last || last.type !== 'element' || last.tagName !== 'aside' || !String(last.properties.className ?? '').includes('callout-cta')) return;
  body.children.splice(body.children.indexOf(last), 1);
  article.children.splice(article.children.indexOf(body) + 1, 0, last);
}

/**
 * When the article's `:::cta` already shows the contact details, the QR code joins it there,
 * after its label and floated beside the text, and the separate contact block goes.
 */
function moveQrIntoCta(tree: Root): void {
  const cta = select('article.handout aside.callout-cta:has(address.contact)', tree);
  const qr = select('.handout-contact .contact-qr', tree);
  const block = select('aside.handout-contact', tree);
  if (!cta || !qr || !block) return;
  removeElements(tree, new Set([block]));
  const label = cta.children.findIndex((child) => child.type === 'element' && child.tagName === 'p');
  cta.children.splice(label + 1, 0, qr);
}

/** Drop the slots that had no value, so nothing empty reaches the structure tree. */
function removeElements(parent: Root | Element, remove: Set<Element>): void {
  parent.children = parent.children.filter((child) => !(child.type === 'element' && remove.has(child))) as typeof parent.children;
  for (const child of parent.children as RootContent[]) if (child.type === 'element') removeElements(child, remove);
}

/**
 * The large-print edition puts the red flags first, right after the title: the reader who
 * struggles most to find them gets them without searching. A heading whose section held only
 * the emergency block goes with it, so no empty section is left behind.
 */
function moveEmergencyFirst(body: Root): void {
  const blocks = selectAll('.callout-emergency', body);
  if (blocks.length === 0) return;
  const moved = new Set<Element>();
  const elements = (body.children as RootContent[]).filter((child): child is Element => child.type === 'element');
  for (const block of blocks) {
    const index = elements.indexOf(block);
    const heading = elements[index - 1];
    const next = elements[index + 1];
    const level = (element: Element | undefined) => (element && /^h[1-6]$/.test(element.tagName) ? Number(element.tagName[1]) : undefined);
    const headingLevel = level(heading);
    if (index > 0 && headingLevel !== undefined && (next === undefined || (level(next) ?? 7) <= headingLevel)) moved.add(heading);
    moved.add(block);
  }
  removeElements(body, moved);
  // Insertion order is document order: each heading went in just before its block.
  body.children.unshift(...moved);
}

/**
 * A paragraph that ends with a colon introduces the list or table after it ("Look for:"); it
 * is marked so the stylesheet keeps the two together in one column.
 */
function markIntroductions(body: Root): void {
  const visit = (parent: Root | Element) => {
    const elements = (parent.children as RootContent[]).filter((child): child is Element => child.type === 'element');
    elements.forEach((element, index) => {
      const next = elements[index + 1];
      if (element.tagName === 'p' && next && ['ul', 'ol', 'table', 'figure'].includes(next.tagName) && /:\s*$/.test(toString(element))) {
        const classes = Array.isArray(element.properties.className) ? element.properties.className : [];
        element.properties.className = [...classes, 'introduces'];
      }
      visit(element);
    });
  };
  visit(body);
}

/** The notes area's content: a heading, the labelled blanks, then ruled lines (drawn, not text). */
function notesArea(notes: NotesArea): ElementContent[] {
  const content: ElementContent[] = [h('h2', { id: 'care-team-notes', className: ['notes-heading'] }, notes.heading)];
  for (const label of notes.blanks) content.push(h('p', { className: ['notes-blank'] }, [h('span', { className: ['notes-label'] }, label), h('span', { className: ['notes-line'] })]));
  if (notes.lines > 0) content.push(h('div', { className: ['notes-lines'], style: `height: ${notes.lines * 2}em` }));
  return content;
}

/**
 * Lists of four or more short items (outside the emergency block, which stays one plain column
 * to be read at a glance) print in two columns: the reading order in the tags stays the same.
 */
function columnShortLists(body: Root): void {
  const emergency = new Set(selectAll('.callout-emergency ul', body));
  for (const list of selectAll('ul', body)) {
    if (emergency.has(list)) continue;
    const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
    if (items.length < 4 || !items.every((item) => toString(item).trim().length <= SHORT_ITEM)) continue;
    const classes = Array.isArray(list.properties.className) ? list.properties.className : [];
    list.properties.className = [...classes, 'list-columns'];
  }
}

/** The text of each link by `href` (the first link wins), for the PDF's link descriptions. */
function linkTexts(tree: Root): Map<string, string> {
  const links = new Map<string, string>();
  for (const link of selectAll('a[href]', tree)) {
    const href = String(link.properties.href);
    const text = toString(link).replace(/\s+/g, ' ').trim();
    if (text && !links.has(href)) links.set(href, text);
  }
  return links;
}

/** URL text with a `<wbr>` after each `/`, so a narrow caption breaks it between its parts. */
function breakableUrl(text: string): ElementContent[] {
  return text.split(/(?<=\/)/).flatMap((part, index): ElementContent[] => (index === 0 ? [{ type: 'text', value: part }] : [h('wbr'), { type: 'text', value: part }]));
}

/** A URL as printed: no scheme, no trailing slash (what people type). */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
