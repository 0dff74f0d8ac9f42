/**
 * hast → XHTML text for EPUB content documents. hast-util-to-html writes HTML; XHTML is stricter,
 * so the tree is first made XML-safe: void elements self-closed, no comments or raw HTML, no
 * characters XML forbids, numeric character references only, `xml:lang` next to every `lang`, and
 * an obsolete `align` turned into a style (EPUBCheck rejects `align`). hast-util-to-html writes
 * boolean attributes bare, which XML cannot parse: a `data-*` flag becomes `data-x=""`, and any
 * other boolean left in the tree is an error here rather than a broken book.
 */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

// XML 1.0 forbids these code points even as character references.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ALIGNABLE = new Set(['td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'table', 'col', 'colgroup', 'caption', 'p', 'div', 'img']);

/**
 * Serialize nodes as XHTML.
 *
 * @param tree A root or a list of nodes (not changed).
 * @returns XHTML text without a document shell.
 */
export function toXhtml(tree: Root | readonly RootContent[]): string {
  const root: Root = Array.isArray(tree) ? { type: 'root', children: structuredClone([...tree]) } : structuredClone(tree as Root);
  root.children = xmlSafe(root.children) as RootContent[];
  return toHtml(root, {
    space: 'html',
    closeSelfClosing: true,
    collapseEmptyAttributes: false,
    allowDangerousHtml: false,
    characterReferences: { useNamedReferences: false, useShortestReferences: false },
  });
}

function xmlSafe(nodes: ReadonlyArray<RootContent | ElementContent>): Array<RootContent | ElementContent> {
  const out: Array<RootContent | ElementContent> = [];
  for (const node of nodes) {
    if (node.type === 'comment' || node.type === 'doctype' || node.type === 'raw') continue;
    if (node.type === 'text') {
      out.push({ ...node, value: node.value.replace(NOT_XML, '') });
      continue;
    }
    if (node.type === 'element') {
      fixElement(node);
      node.children = xmlSafe(node.children) as ElementContent[];
      if (node.content) node.content.children = xmlSafe(node.content.children) as RootContent[];
    }
    out.push(node);
  }
  return out;
}

function fixElement(node: Element): void {
  const properties = node.properties;
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value === 'string') properties[key] = value.replace(NOT_XML, '');
    // `data-footnote-ref` and friends: an empty value says the same and is valid XML.
    if (value === true && /^data[A-Z]/.test(key)) properties[key] = '';
    else if (value === true) {
      throw new Error(`the boolean attribute \`${key}\` on <${node.tagName}> cannot be written as XHTML by hast-util-to-html`);
    }
  }
  if (typeof properties.align === 'string' && ALIGNABLE.has(node.tagName)) {
    const style = typeof properties.style === 'string' && properties.style.trim() ? `${properties.style.trim().replace(/;?$/, ';')} ` : '';
    properties.style = `${style}text-align: ${properties.align};`;
    delete properties.align;
  }
  if (typeof properties.lang === 'string') properties.xmlLang = properties.lang;
  else if (typeof properties.xmlLang === 'string') properties.lang = properties.xmlLang;
}

/**
 * Every element of a tree, depth first.
 *
 * @param tree A node.
 * @returns The elements.
 */
export function elementsOf(tree: Nodes): Element[] {
  const found: Element[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}
