/**
 * The mdast → hast handlers for directives, one per directive of the contract
 * (pipeline/content/directives.ts), plus literal text for everything else.
 */
import type { ContainerDirective } from 'mdast-util-directive';
import type { Handler, Handlers, State } from './handler-types.ts';
import type { DirectiveContext } from './context.ts';
import { calloutHandler } from './callout.ts';
import { emergencyHandler } from './emergency.ts';
import { ctaHandler } from './cta.ts';
import { onlyHandler } from './only.ts';
import { leafDirectiveHandler, textDirectiveHandler, unknownContainerHandler } from './literal.ts';

/**
 * Handlers for remark-rehype.
 *
 * @param context Article and format.
 * @returns `containerDirective`, `leafDirective` and `textDirective` handlers.
 */
export function directiveHandlers(context: DirectiveContext): Handlers {
  const containers: Record<string, (state: State, node: ContainerDirective) => ReturnType<Handler>> = {
    emergency: emergencyHandler(context),
    warning: calloutHandler('warning', context),
    tip: calloutHandler('tip', context),
    note: calloutHandler('note', context),
    cta: ctaHandler(context),
    only: onlyHandler(context),
  };
  const unknown = unknownContainerHandler();
  return {
    containerDirective: (state, node) => {
      const directive = node as ContainerDirective;
      return (Object.hasOwn(containers, directive.name) ? containers[directive.name] : unknown)(state, directive);
    },
    leafDirective: leafDirectiveHandler(context) as Handler,
    textDirective: textDirectiveHandler(context) as Handler,
  };
}
