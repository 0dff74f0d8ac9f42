/**
 * Types of remark-rehype handlers, taken from remark-rehype's own options so the pipeline
 * depends only on the packages it declares.
 */
import type { Options } from 'remark-rehype';

export type Handlers = NonNullable<Options['handlers']>;
export type Handler = NonNullable<Handlers['heading']>;
/** The state remark-rehype passes to handlers (`all`, `patch`, `applyData`…). */
export type State = Parameters<Handler>[0];
