/**
 * `visit` and `visitParents` with the signatures and behaviour of unist-util-visit and
 * unist-util-visit-parents (tests, `CONTINUE`/`SKIP`/`EXIT`, a returned index, `reverse`), for
 * the lint rules, which walk every article some forty times.
 *
 * Why not the packages themselves: unist-util-visit-parents makes a closure for every node and
 * names it with `Object.defineProperty` (for debugging), which cost about a third of a cold
 * lint's CPU (3 s of 11 s for 100 articles). This walk makes no per-node function. Only plain
 * visitor functions are handled here; an `{enter, exit}` object goes to the package unchanged.
 * tests/walk.test.ts checks that both call the visitor with the same arguments, in the same
 * order, on random trees and random actions.
 */
import type { Node, Parent } from 'unist';
import { convert } from 'unist-util-is';
import { CONTINUE, EXIT, SKIP, visitParents as packageVisitParents } from 'unist-util-visit-parents';
import { visit as packageVisit } from 'unist-util-visit';

// Rules skip subtrees; CONTINUE and EXIT stay the package's (tests compare with it).
export { SKIP };

type Action = typeof CONTINUE | typeof EXIT | typeof SKIP | boolean;
type ActionTuple = [(Action | null | undefined | void)?, (number | null | undefined)?];
type Visitor = (node: Node, parents: Parent[], index: number | undefined) => unknown;

const EMPTY: ActionTuple = [];

function toResult(value: unknown): ActionTuple {
  if (Array.isArray(value)) return value as ActionTuple;
  if (typeof value === 'number') return [CONTINUE, value];
  return value === null || value === undefined ? EMPTY : [value as Action];
}

/**
 * The walk itself: pre-order, or children right to left with `reverse`.
 *
 * @param tree Root of the walk.
 * @param test unist-util-is test, or undefined for every node.
 * @param visitor Called with the node, its ancestors (outermost first) and its index.
 * @param reverse Visit children from last to first.
 */
function walk(tree: Node, test: unknown, visitor: Visitor, reverse: boolean): void {
  if (!tree || typeof tree !== 'object') throw new Error('Unexpected value `' + String(tree) + '` for `tree`, expected node');
  const is = convert(test as Parameters<typeof convert>[0]);
  const checked = test !== null && test !== undefined;
  const step = reverse ? -1 : 1;
  const one = (node: Node, index: number | undefined, parents: Parent[]): ActionTuple => {
    const matches = !checked || is(node, index, parents[parents.length - 1] || undefined);
    let result = EMPTY;
    if (matches) {
      result = toResult(visitor(node, parents, index));
      if (result[0] === EXIT) return result;
    }
    const children = (node as Partial<Parent>).children;
    if (children && result[0] !== SKIP) {
      let offset = (reverse ? children.length : -1) + step;
      // One ancestors array per parent, shared by its children (as the package does).
      const grandparents = [...parents, node as Parent];
      while (offset > -1 && offset < children.length) {
        const subresult = one(children[offset], offset, grandparents);
        if (subresult[0] === EXIT) return subresult;
        offset = typeof subresult[1] === 'number' ? subresult[1] : offset + step;
      }
    }
    return result;
  };
  one(tree, undefined, []);
}

/** Split `(tree, test?, visitor, reverse?)` as the packages do. */
function overload(args: unknown[]): { test: unknown; visitor: unknown; reverse: boolean } {
  const [, second, third, fourth] = args;
  if (typeof third === 'function' || (third && typeof third === 'object')) return { test: second, visitor: third, reverse: Boolean(fourth) };
  return { test: undefined, visitor: second, reverse: Boolean(third) };
}

/** unist-util-visit-parents' `visitParents`, without a function made per node. */
export const visitParents = ((...args: unknown[]) => {
  const { test, visitor, reverse } = overload(args);
  if (typeof visitor !== 'function') return (packageVisitParents as (...all: unknown[]) => void)(...args);
  walk(args[0] as Node, test, visitor as Visitor, reverse);
}) as typeof packageVisitParents;

/** unist-util-visit's `visit`, without a function made per node. */
export const visit = ((...args: unknown[]) => {
  const { test, visitor, reverse } = overload(args);
  if (typeof visitor !== 'function') return (packageVisit as (...all: unknown[]) => void)(...args);
  const call = visitor as (node: Node, index: number | undefined, parent: Parent | undefined) => unknown;
  walk(args[0] as Node, test, (node, parents, index) => call(node, index, parents[parents.length - 1]), reverse);
}) as typeof packageVisit;
