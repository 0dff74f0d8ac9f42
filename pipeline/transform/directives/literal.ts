/**
 * Directives that are not part of the content contract, rendered as the text they were
 * written as. `Note:this` parses as the text directive `:this`; `::foo` as a leaf directive.
 * Neither may lose a word, so they become their source text again, with the content of a
 * `[label]` rendered as usual in between.
 */
import type { Element, ElementContent } from 'hast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { State } from './handler-types.ts';
import type { DirectiveContext } from './context.ts';

/**
 * The directive as written: source text around its rendered label.
 *
 * @param state remark-rehype state.
 * @param node Text or leaf directive.
 * @param source The article's Markdown.
 * @returns Text and the label's content.
 */
function literalDirective(state: State, node: TextDirective | LeafDirective, source: string): ElementContent[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const prefix = node.type === 'textDirective' ? ':' : '::';
  if (start === undefined || end === undefined) {
    // A tree built in code has no source: rebuild the common form.
    const label = state.all(node);
    return label.length > 0
      ? [{ type: 'text', value: `${prefix}${node.name}[` }, ...label, { type: 'text', value: ']' }]
      : [{ type: 'text', value: `${prefix}${node.name}` }];
  }
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return [{ type: 'text', value: source.slice(start, end) }];
  return [{ type: 'text', value: source.slice(start, first) }, ...state.all(node), { type: 'text', value: source.slice(last, end) }];
}

/**
 * Handler for text directives: literal text.
 *
 * @param context Article and format.
 * @returns An mdast → hast handler.
 */
export function textDirectiveHandler(context: DirectiveContext) {
  const source = String(context.file.value ?? '');
  return (state: State, node: TextDirective): ElementContent[] => literalDirective(state, node, source);
}

/**
 * Handler for leaf directives (`::name`): a paragraph of literal text.
 *
 * @param context Article and format.
 * @returns An mdast → hast handler.
 */
export function leafDirectiveHandler(context: DirectiveContext) {
  const source = String(context.file.value ?? '');
  return (state: State, node: LeafDirective): Element => {
    const result: Element = { type: 'element', tagName: 'p', properties: {}, children: literalDirective(state, node, source) };
    state.patch(node, result);
    return result;
  };
}

/**
 * Handler for container directives outside the contract (lint reports them as errors):
 * their content, unstyled, so nothing is lost when a build goes ahead anyway.
 *
 * @returns An mdast → hast handler.
 */
export function unknownContainerHandler() {
  return (state: State, node: ContainerDirective): Element => {
    const result: Element = { type: 'element', tagName: 'div', properties: {}, children: state.all(node) };
    state.patch(node, result);
    return result;
  };
}
