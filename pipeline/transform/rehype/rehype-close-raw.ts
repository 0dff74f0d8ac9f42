/**
 * Keep raw HTML from swallowing the Markdown after it. rehype-raw parses every raw fragment of
 * an article in one HTML parser run, so an element a fragment opens and never closes takes in
 * everything that follows: an unclosed `<template>`, `<select>`, `<noscript>` or `<svg>` put
 * the next `:::emergency` block inside itself, and the sanitizer then removed both, without a
 * trace. `<plaintext>` turned the rest of the article into one run of text.
 *
 * Before rehype-raw, each raw fragment that is followed by Markdown-made elements, and each
 * element or root holding raw fragments, gets a closing fragment: the end tags of every element
 * whose content is never published (the sanitizer strips them, or they are foreign content).
 * An end tag with nothing to close is ignored by the HTML parser, so well-formed HTML, and
 * wrappers such as `<div>` around Markdown, parse as before. `<plaintext>` cannot be ended by
 * any tag, so it is renamed to an unknown element: the sanitizer unwraps it and keeps its text.
 */
import type { Element, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

/** A raw HTML fragment (remark-rehype's `raw` node, declared on hast by mdast-util-to-hast). */
type Raw = Extract<RootContent, { type: 'raw' }>;

/**
 * Closes, innermost first, whatever may be left open: raw-text elements (the parser reads the
 * rest of their names as text until their own end tag), template and form parts, then the
 * integration points and roots of SVG and MathML.
 */
const CLOSERS = [
  'script',
  'style',
  'textarea',
  'title',
  'iframe',
  'noembed',
  'noframes',
  'xmp',
  'noscript',
  'option',
  'optgroup',
  'select',
  'template',
  'foreignObject',
  'desc',
  'title',
  'svg',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'math',
]
  .map((name) => `</${name}>`)
  .join('');

const PLAINTEXT = /<(\/?)plaintext(?=[\s/>]|$)/gi;

/**
 * Close raw HTML at the boundaries of the Markdown around it.
 *
 * @returns Transform (run before rehype-raw).
 */
export function rehypeCloseRaw() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (node.type !== 'root' && node.type !== 'element') return;
      const parent = node as Root | Element;
      if (!parent.children.some((child) => child.type === 'raw')) return;
      // From the end, so each raw fragment knows what follows it (past the line endings
      // that separate Markdown blocks) in one pass.
      const children: RootContent[] = [];
      let next: RootContent | undefined;
      for (const child of [...parent.children].reverse()) {
        if (child.type === 'raw') {
          const raw = child as Raw;
          raw.value = raw.value.replace(PLAINTEXT, '<$1pressroom-plaintext');
          if (!next || next.type === 'element') children.push(closer(raw));
        }
        children.push(child);
        if (!(child.type === 'text' && child.value.trim() === '')) next = child;
      }
      children.reverse();
      if (children.at(-1)?.type !== 'raw' || (children.at(-1) as Raw).value !== CLOSERS) children.push(closer(undefined));
      parent.children = children as typeof parent.children;
    });
  };
}

/** A raw fragment of end tags, placed where `after` ends. */
function closer(after: Raw | undefined): Raw {
  const end = after?.position?.end;
  return { type: 'raw', value: CLOSERS, ...(end ? { position: { start: end, end } } : {}) };
}
