/**
 * What an author wrote inside each `:::emergency` block, as the words a reader must see: the
 * source side of the red-flag guarantee (transform/emergency-preserved.ts compares it with the
 * rendered box). It is read from the content, not from the syntax that happened to produce it:
 * text swallowed by an unclosed HTML comment or by a raw HTML block still counts as written,
 * so a construct that makes it disappear is caught after rendering.
 */
import type { Nodes, Parents, Root } from 'mdast';
import type { Position } from 'unist';
import '../types.ts';
import { parseEntities } from 'parse-entities';
import { parseFormats } from './directives.ts';
import { onlySelects, type OutputFormat } from '../formats.ts';

/** One block of text (a paragraph, list item paragraph, heading, cell) of an emergency block. */
export interface EmergencyItem {
  /** Its letters and digits only (see `comparableText`). */
  text: string;
  /** The same words as written, for messages (whitespace collapsed, at most 80 characters). */
  excerpt: string;
  position: Position | undefined;
}

/** An `:::emergency` block with its items, in document order. */
export interface EmergencySource {
  node: ContainerDirective;
  items: EmergencyItem[];
}

/** A container directive (the type mdast-util-directive adds to mdast). */
type ContainerDirective = Extract<Nodes, { type: 'containerDirective' }>;

/** Blocks whose content is one run of text: each is one item. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'html', 'leafDirective']);

/**
 * The comparable form of text: Unicode-normalized letters, marks and digits only, so that
 * whitespace, punctuation and entities written one way or another never count as a loss.
 *
 * @param text Any text.
 * @returns Letters, marks and digits, in order.
 */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

/**
 * The emergency blocks of an article and their items for one format (content of `:::only`
 * blocks that leave this format out is not expected there).
 *
 * @param tree The article's Markdown tree.
 * @param source The article's text (for directives rendered as written).
 * @param format The format being checked.
 * @returns Outermost emergency blocks in document order.
 */
export function emergencySources(tree: Root, source: string, format: OutputFormat): EmergencySource[] {
  const found: EmergencySource[] = [];
  // Iterative walk: a deeply nested article must not overflow the stack here.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'containerDirective' && node.name === 'emergency') {
      found.push({ node, items: itemsOf(node, source, format) });
      continue;
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return found.sort((a, b) => (a.node.position?.start.offset ?? 0) - (b.node.position?.start.offset ?? 0));
}

function itemsOf(block: ContainerDirective, source: string, format: OutputFormat): EmergencyItem[] {
  const items: EmergencyItem[] = [];
  const stack: Nodes[] = [block];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'containerDirective' && node.name === 'only' && !onlySelects(parseFormats(node.attributes?.format), format)) continue;
    // Definitions render elsewhere (footnotes at the end) or not at all.
    if (node.type === 'footnoteDefinition' || node.type === 'definition') continue;
    if (TEXT_BLOCKS.has(node.type)) {
      const written = textOf(node, source);
      const text = comparableText(written);
      if (text) items.push({ text, excerpt: excerpt(written), position: node.position });
      continue;
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return items;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/**
 * The words of a text block as the renderer should show them.
 *
 * @param node A text block or inline node.
 * @param source The article's text.
 * @returns Its text.
 */
function textOf(node: Nodes, source: string): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'html':
      return htmlText(node.value);
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'break':
      return '';
    case 'textDirective':
    case 'leafDirective':
      return directiveText(node, source);
    default:
      return 'children' in node ? childrenText(node, source) : '';
  }
}

function childrenText(node: Parents, source: string): string {
  let text = '';
  for (const child of node.children) text += ` ${textOf(child as Nodes, source)}`;
  return text;
}

/** Directives outside the contract render as written (transform/directives/literal.ts), around their label. */
function directiveText(node: Nodes & { type: 'textDirective' | 'leafDirective' }, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return `${node.name} ${childrenText(node, source)}`;
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return source.slice(start, end);
  return `${source.slice(start, first)} ${childrenText(node, source)} ${source.slice(last, end)}`;
}

/**
 * The text of raw HTML: closed comments and tags removed, entities decoded. What an unclosed
 * `<!--` hides is kept: the author wrote it to be read.
 *
 * @param value Raw HTML as written.
 * @returns Its text.
 */
function htmlText(value: string): string {
  const text = value
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<!--/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/<![^>]*>|<\?[^>]*>/g, ' ');
  return parseEntities(text);
}
