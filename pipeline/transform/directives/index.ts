/**
 * The mdast → hast handlers for directives, one per directive of the contract
 * (pipeline/content/directives.ts), plus literal text for everything else. The table is typed
 * by the contract's names: a directive without a handler does not compile.
 */
import type { ContainerDirective } from 'mdast-util-directive';
import type { Handler, Handlers, State } from './handler-types.ts';
import type { DirectiveContext } from './context.ts';
import { calloutHandler } from './callout.ts';
import { emergencyHandler } from './emergency.ts';
import { ctaHandler } from './cta.ts';
import { onlyHandler } from './only.ts';
import { leafDirectiveHandler, textDirectiveHandler, unknownContainerHandler } from './literal.ts';
import { isDirectiveName, type DirectiveName } from '../../content/directives.ts';

/** Renders one container directive of the contract. */
type ContainerHandler = (state: State, node: ContainerDirective) => ReturnType<Handler>;

/** A handler factory for every directive of the contract. */
export type DirectiveHandlers = Record<DirectiveName, (context: DirectiveContext) => ContainerHandler>;

export const DIRECTIVE_HANDLERS: DirectiveHandlers = {
  emergency: emergencyHandler,
  warning: (context) => calloutHandler('warning', context),
  tip: (context) => calloutHandler('tip', context),
  note: (context) => calloutHandler('note', context),
  cta: ctaHandler,
  only: onlyHandler,
};

/**
 * Handlers for remark-rehype.
 *
 * @param context Article and format.
 * @returns `containerDirective`, `leafDirective` and `textDirective` handlers.
 */
export function directiveHandlers(context: DirectiveContext): Handlers {
  const containers = new Map<string, ContainerHandler>();
  const unknown = unknownContainerHandler();
  const handlerFor = (name: string): ContainerHandler => {
    if (!isDirectiveName(name)) return unknown;
    let handler = containers.get(name);
    if (!handler) containers.set(name, (handler = DIRECTIVE_HANDLERS[name](context)));
    return handler;
  };
  return {
    containerDirective: (state, node) => {
      const directive = node as ContainerDirective;
      return handlerFor(directive.name)(state, directive);
    },
    leafDirective: leafDirectiveHandler(context) as Handler,
    textDirective: textDirectiveHandler(context) as Handler,
  };
}
