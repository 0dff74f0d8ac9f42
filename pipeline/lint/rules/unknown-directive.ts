/**
 * Only the directives of the content contract are allowed as blocks; anything else would be
 * dropped or rendered wrong. `:::emergnecy` is a typo that would hide red flags.
 * Inline `:name` text directives are not part of the contract; the renderer keeps them as text.
 *
 * not-ok: `:::danger` → error at the directive, suggesting the nearest known name.
 */
import { visit } from 'unist-util-visit';
import { distance } from 'fastest-levenshtein';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Rule } from '../rule.ts';
import { DIRECTIVES } from '../../content/directives.ts';

export const unknownDirective: Rule = {
  id: 'unknown-directive',
  summary: 'Container directives are one of `emergency`, `warning`, `tip`, `note`, `cta`, `only`.',
  defaultSeverity: 'error',
  check({ tree, report }) {
    const known = Object.keys(DIRECTIVES);
    visit(tree, (node) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective') return;
      const directive = node as ContainerDirective | LeafDirective;
      const prefix = directive.type === 'containerDirective' ? ':::' : '::';
      if (directive.type === 'containerDirective' && known.includes(directive.name)) return;
      const nearest = known.map((name) => [name, distance(name, directive.name)] as const).sort((a, b) => a[1] - b[1])[0];
      const hint = nearest[1] <= 3 ? `did you mean \`:::${nearest[0]}\`?` : `expected one of ${known.map((name) => `\`:::${name}\``).join(', ')}`;
      report(`Unexpected unknown directive \`${prefix}${directive.name}\`; ${hint}`, directive);
    });
  },
};
