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
export function handoutPage(template: Root, parts: HandoutParts): { html: string; headings: string[] } {
  const tree = structuredClone(template);
  // The template's comment is for its editors, not for the page.
  tree.children = tree.children.filter((child) => child.type !== 'comment');
  const html = select('html', tree);
  if (html) {
    html.properties.lang = parts.language;
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
  columnShortLists(body);
  fillSlots(tree, {
    'document-title': parts.documentTitle,
    style: parts.css,
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
  });
  if (!parts.contact) moveQrIntoCta(tree);
  const headings = selectAll('h1, h2, h3, h4, h5, h6', tree).map((heading) => toString(heading).replace(/\s+/g, ' ').trim());
  return { html: toHtml(tree), headings };
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
 * When the article's `:::cta` already shows the contact details, the QR code joins it there,
 * after its label and floated beside the text, and the separate contact block goes.
 */
function moveQrIntoCta(tree: Root): void {
  const cta = select('.handout-body aside.callout-cta:has(address.contact)', tree);
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

/** URL text with a `<wbr>` after each `/`, so a narrow caption breaks it between its parts. */
function breakableUrl(text: string): ElementContent[] {
  return text.split(/(?<=\/)/).flatMap((part, index): ElementContent[] => (index === 0 ? [{ type: 'text', value: part }] : [h('wbr'), { type: 'text', value: part }]));
}

/** A URL as printed: no scheme, no trailing slash (what people type). */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
