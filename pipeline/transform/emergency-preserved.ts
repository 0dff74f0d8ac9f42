/**
 * The red-flag guarantee: after the transform, every item of every `:::emergency` block is in
 * the rendered emergency box, visible, in the order written. It compares what was written
 * (content/emergency-items.ts) with the words the box shows, whatever construct caused a
 * difference (a fence nested at an odd indentation, an unclosed comment, raw HTML that a
 * parser reparents, a hiding class, a forged box). Lint runs it for every format, and each
 * renderer runs it on the body it is about to publish; any loss refuses the article.
 */
import type { Element, ElementContent, RootContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { Position } from 'unist';
import { comparableText, emergencySources, type EmergencyItem } from '../content/emergency-items.ts';
import type { OutputFormat } from '../formats.ts';

/** A difference between the written emergency blocks and the rendered boxes. */
export interface EmergencyLoss {
  reason: string;
  position: Position | undefined;
}

/** Classes and attributes that hide an element from sighted readers. */
const HIDING_CLASSES = new Set(['visually-hidden', 'sr-only', 'hidden']);

function classes(node: Element): string[] {
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/**
 * The emergency boxes of a rendered body, outermost first, in document order.
 *
 * @param body A transformed body (or any hast tree).
 * @returns The `section.callout-emergency` elements.
 */
export function emergencyBoxes(body: HastRoot | Element): Element[] {
  const found: Element[] = [];
  const stack: (HastRoot | Element | RootContent)[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element' && classes(node).includes('callout-emergency')) {
      found.push(node);
      continue;
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]);
  }
  return found;
}

/**
 * The words of a box a sighted reader sees: hidden elements and footnote calls left out.
 *
 * @param box A rendered emergency box.
 * @returns Its visible text, comparable form.
 */
function visibleText(box: Element): string {
  let text = '';
  const stack: ElementContent[] = [...box.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') text += node.value;
    if (node.type !== 'element') continue;
    if (node.properties.hidden !== undefined && node.properties.hidden !== false) continue;
    if (classes(node).some((name) => HIDING_CLASSES.has(name))) continue;
    if (node.properties.dataFootnoteRef !== undefined) continue;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]);
  }
  return comparableText(text);
}

/**
 * Compare the emergency blocks of an article with the boxes of its rendered body.
 *
 * @param tree The article's Markdown tree.
 * @param source The article's text.
 * @param body The rendered body (or, for the e-book appendix, a root holding the copies).
 * @param format The format rendered (content of `:::only` for other formats is not expected).
 * @returns Every loss, at the written item (empty when everything is there).
 */
export function emergencyLosses(tree: MdastRoot, source: string, body: HastRoot, format: OutputFormat): EmergencyLoss[] {
  const blocks = emergencySources(tree, source, format);
  const boxes = emergencyBoxes(body).map(visibleText);
  const losses: EmergencyLoss[] = [];
  if (boxes.length > blocks.length) {
    losses.push({
      reason: `Unexpected emergency box that no \`:::emergency\` block made (${boxes.length} boxes for ${blocks.length} blocks): raw HTML with the class \`callout-emergency\` forges one without the emergency number; write red flags in \`:::emergency\``,
      position: tree.position ? { start: tree.position.start, end: tree.position.start } : undefined,
    });
  }
  blocks.forEach((block, index) => {
    // Paired in order when the counts agree; otherwise each block may be in any box.
    const candidates = boxes.length === blocks.length ? [boxes[index]] : boxes;
    if (candidates.length === 0) {
      losses.push({
        reason: 'Unexpected `:::emergency` block missing from the rendered article: something before or around it (raw HTML, an unclosed comment or element) removed it; fix the markup so that the red flags are shown',
        position: block.node.position,
      });
      return;
    }
    const missing = bestMatch(block.items, candidates);
    for (const item of missing) {
      losses.push({
        reason: `Unexpected loss of the red flag “${item.excerpt}”: it is not shown inside the rendered emergency box. Something in or around the block moved, hid or removed it (a nested \`:::\` fence, an unclosed comment or HTML element, a hiding class); fix it so every red flag stays in the box`,
        position: item.position,
      });
    }
  });
  return losses;
}

/** The items missing from the candidate box that misses fewest, in order. */
function bestMatch(items: readonly EmergencyItem[], boxes: readonly string[]): EmergencyItem[] {
  let best: EmergencyItem[] | undefined;
  for (const box of boxes) {
    const missing: EmergencyItem[] = [];
    let from = 0;
    for (const item of items) {
      const at = box.indexOf(item.text, from);
      if (at < 0) missing.push(item);
      else from = at + item.text.length;
    }
    if (!best || missing.length < best.length) best = missing;
    if (best.length === 0) break;
  }
  return best ?? [...items];
}
