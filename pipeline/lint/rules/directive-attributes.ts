/**
 * Directive attributes are the ones each directive accepts, and `:::only{format=…}` names
 * real formats, so content meant for print is not silently shown or lost.
 *
 * ok: `:::only{format="pdf"}`
 * not-ok: `:::only{format="paper"}` → error; `:::only` without `format` → error; `:::tip{color=red}` → error.
 */
import { visit } from 'unist-util-visit';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Rule } from '../rule.ts';
import { DIRECTIVES, isDirectiveName, parseFormats } from '../../content/directives.ts';
import { ONLY_NAMES } from '../../formats.ts';

export const directiveAttributes: Rule = {
  id: 'directive-attributes',
  summary: `Directives have only the attributes they accept; \`:::only{format}\` names ${ONLY_NAMES.slice(0, -1).join(', ')} or ${ONLY_NAMES.at(-1)}.`,
  defaultSeverity: 'error',
  check({ tree, report }) {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (!isDirectiveName(node.name)) return;
      const spec: { attributes: readonly string[] } = DIRECTIVES[node.name];
      const attributes = node.attributes ?? {};
      for (const name of Object.keys(attributes)) {
        if (!spec.attributes.includes(name)) {
          const accepted = spec.attributes.map((a) => `\`${a}\``).join(', ') || 'none';
          report(`Unexpected attribute \`${name}\` on \`:::${node.name}\`, expected ${accepted}`, node);
        }
      }
      if (node.name !== 'only') return;
      const formats = parseFormats(attributes.format);
      if (formats.length === 0) {
        report('Missing `format` on `:::only`, expected for example `:::only{format="pdf"}`', node);
      }
      for (const format of formats) {
        if (!ONLY_NAMES.includes(format)) {
          report(`Unexpected format \`${format}\` in \`:::only\`, expected ${ONLY_NAMES.map((f) => `\`${f}\``).join(', ')}`, node);
        }
      }
    });
  },
};
