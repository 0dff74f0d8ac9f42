/**
 * `:::only{format="pdf epub"}`: the content appears only in the formats it names, with no
 * wrapper of its own.
 */
import type { ElementContent } from 'hast';
import type { ContainerDirective } from 'mdast-util-directive';
import { parseFormats } from '../../content/directives.ts';
import { onlySelects } from '../../formats.ts';
import type { State } from './handler-types.ts';
import type { DirectiveContext } from './context.ts';

/**
 * Handler for `:::only`.
 *
 * @param context Article and format.
 * @returns An mdast → hast handler.
 */
export function onlyHandler(context: DirectiveContext) {
  return (state: State, node: ContainerDirective): ElementContent[] | undefined => {
    if (!onlySelects(parseFormats(node.attributes?.format), context.format)) return undefined;
    // A `[label]` is not part of the contract, but its words are the author's: keep them.
    return state.all(node);
  };
}
