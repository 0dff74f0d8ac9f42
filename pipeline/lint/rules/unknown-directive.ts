/**
 * Only the directives of the content contract are allowed as blocks; anything else would be
 * dropped or rendered wrong. `:::emergnecy` is a typo that would hide red flags.
 * Inline `:name` text directives are not part of the contract; the renderer keeps them as text.
 *
 * not-ok: `:::danger` → error at the directive, suggesting the nearest known name.
 * not-ok: `:::tip` without its closing `:::` → error at the directive: it would take in the rest of the file.
 */
import { visit } from '../walk.ts';
import { didYouMean } from '../../diagnostics/did-you-mean.ts';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Rule } from '../rule.ts';
import { DIRECTIVES, DIRECTIVE_NAMES } from '../../content/directives.ts';

/**
 * Whether a container directive ends with its closing fence (at least as many colons as it opened with).
 *
 * @param node The directive.
 * @param source The file's text.
 * @returns False when the block runs, unclosed, to the end of the file.
 */
function closed(node: ContainerDirective, source: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return true;
  const text = source.slice(start, end).replace(/\s+$/, '');
  const opening = /^:+/.exec(text)?.[0].length ?? 3;
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  const closing = /^[\s>]*(:+)\s*$/.exec(lastLine)?.[1].length ?? 0;
  if (text.includes('\n') && closing >= opening) return true;
  // Inside a list item or block quote, the container's end closes the block too: nothing leaks.
  return source.slice(end).trim() !== '';
}

export const unknownDirective: Rule = {
  id: 'unknown-directive',
  check({ tree, file, report }) {
    const known: readonly string[] = DIRECTIVE_NAMES;
    const source = String(file.value);
    visit(tree, (node) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective') return;
      const directive = node as ContainerDirective | LeafDirective;
      const prefix = directive.type === 'containerDirective' ? ':::' : '::';
      if (directive.type === 'containerDirective' && !closed(directive, source)) {
        // Everything after it, to the end of the file, becomes part of the block.
        report(`Unclosed \`:::${directive.name}\` block, expected a line with \`:::\` after its content: without it the block takes in the rest of the file, headings included`, directive.position?.start);
      }
      if (directive.type === 'containerDirective' && known.includes(directive.name)) return;
      const nearest = didYouMean(directive.name, known, 3);
      const hint = nearest ? `did you mean \`:::${nearest}\`?` : `expected one of ${DIRECTIVE_NAMES.map((name) => `\`:::${name}\` (${DIRECTIVES[name].summary})`).join(', ')}`;
      report(`Unexpected unknown directive \`${prefix}${directive.name}\`; ${hint}`, directive);
    });
  },
  examples: [
    {
      name: 'ok: a known directive',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

:::tip
Use heat first.
:::
`,
      messages: [],
    },
    {
      name: 'not-ok: :::danger',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

:::danger
Use heat first.
:::
`,
      messages: ['10:1'],
    },
    {
      name: 'not-ok: :::tip never closed',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Rest

:::tip
Use heat first.

## Stretch

Stretch each day.
`,
      messages: ['12:1'],
    },
  ],
};
