/**
 * Which part of a build a message came from. The build renders formats side by side (the e-book
 * while Chromium prints the handouts), and each format decides whether its own render failed
 * by the errors it added: the errors another format adds to the same article at the same time
 * must not count. `report()` tags each message with the scope it was made in.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { VFileMessage } from 'vfile-message';

const current = new AsyncLocalStorage<string>();
const scopes = new WeakMap<VFileMessage, string>();

/**
 * Run `work` in a named scope: messages reported during it, in any of its async continuations, carry that name.
 *
 * @param scope The name (a format id).
 * @param work What to run.
 * @returns What `work` returns.
 */
export function inScope<T>(scope: string, work: () => Promise<T>): Promise<T> {
  return current.run(scope, work);
}

/** Tag a new message with the scope it is made in (called by `report()`). */
export function tagMessage(message: VFileMessage): void {
  const scope = current.getStore();
  if (scope !== undefined) scopes.set(message, scope);
}

/**
 * The scope a message was reported in.
 *
 * @param message A message.
 * @returns The scope's name, or undefined when made outside any scope.
 */
export function scopeOf(message: VFileMessage): string | undefined {
  return scopes.get(message);
}
