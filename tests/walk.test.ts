/**
 * lint/walk.ts against unist-util-visit and unist-util-visit-parents: on random trees, with a
 * random action returned at each call (continue, skip, exit, jump to an index, nothing), both
 * call the visitor with the same node, index, parent and ancestors in the same order.
 */
import fc from 'fast-check';
import type { Node, Parent } from 'unist';
import { describe, expect, it } from 'vitest';
import { visit as packageVisit } from 'unist-util-visit';
import { visitParents as packageVisitParents, CONTINUE, EXIT, SKIP } from 'unist-util-visit-parents';
import { visit, visitParents } from '../pipeline/lint/walk.ts';

interface TestNode extends Node {
  id: number;
  children?: TestNode[];
}

const types = ['a', 'b', 'c'] as const;

/** A random tree; every node has an id, so calls can be compared. */
interface Shape {
  type: string;
  children?: Shape[];
}

const trees = fc
  .letrec<{ node: Shape }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ type: fc.constantFrom(...types) }),
      fc.record({ type: fc.constantFrom(...types), children: fc.array(tie('node'), { maxLength: 4 }) }),
    ),
  }))
  .node.map((root) => {
    let next = 0;
    const number = (node: Shape): TestNode => ({ ...node, id: next++, children: node.children?.map(number) });
    return number(root);
  });

/** What a visitor returns at its n-th call. */
const actions = fc.array(fc.oneof(fc.constant(undefined), fc.constant(CONTINUE), fc.constant(SKIP), fc.constant(EXIT), fc.integer({ min: -1, max: 4 }), fc.constant([SKIP, 1])), {
  maxLength: 60,
});
const tests = fc.constantFrom(undefined, 'a', ['a', 'b'], (node: Node) => node.type !== 'c');
const RUNS = Number(process.env.FUZZ_RUNS) || 300;

type Calls = Array<[number, number | undefined, number | undefined]>;

describe('lint/walk.ts behaves as the unist-util packages', () => {
  it('visit: same calls for any tree, test, order and returned actions', () => {
    fc.assert(
      fc.property(trees, tests, fc.boolean(), actions, (tree, test, reverse, returned) => {
        const record = (run: typeof packageVisit): Calls => {
          const calls: Calls = [];
          // Index jumps can loop forever in both; stop after a bound, the same for both.
          (run as (...args: unknown[]) => void)(
            tree,
            test,
            (node: TestNode, index: number | undefined, parent: TestNode | undefined) => {
              calls.push([node.id, index, parent?.id]);
              return calls.length > 200 ? EXIT : returned[calls.length - 1];
            },
            reverse,
          );
          return calls;
        };
        expect(record(visit)).toEqual(record(packageVisit));
      }),
      { numRuns: RUNS },
    );
  });

  it('visitParents: same calls and ancestors', () => {
    fc.assert(
      fc.property(trees, tests, actions, (tree, test, returned) => {
        const record = (run: typeof packageVisitParents) => {
          const calls: Array<[number, number[]]> = [];
          (run as (...args: unknown[]) => void)(tree, test, (node: TestNode, ancestors: Parent[]) => {
            calls.push([node.id, ancestors.map((ancestor) => (ancestor as TestNode).id)]);
            return calls.length > 200 ? EXIT : returned[calls.length - 1];
          });
          return calls;
        };
        expect(record(visitParents)).toEqual(record(packageVisitParents));
      }),
      { numRuns: RUNS },
    );
  });

  it('without a test: every node, pre-order', () => {
    const tree: TestNode = { type: 'a', id: 0, children: [{ type: 'b', id: 1, children: [{ type: 'c', id: 2 }] }, { type: 'c', id: 3 }] };
    const seen: number[] = [];
    visit(tree, (node) => {
      seen.push((node as TestNode).id);
    });
    expect(seen).toEqual([0, 1, 2, 3]);
  });
});
