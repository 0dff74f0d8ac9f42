/**
 * Content types that require it must warn about red-flag symptoms in an `:::emergency`
 * block, which every format renders so it cannot be missed. Also flags an empty block.
 *
 * not-ok: a `condition` without `:::emergency` → error at the end of the file.
 */
import { visit } from 'unist-util-visit';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Rule } from '../rule.ts';

export const emergencyBlock: Rule = {
  id: 'emergency-block',
  summary: 'Types that require it have an `:::emergency` block, and it is not empty.',
  defaultSeverity: 'error',
  check({ tree, article, config, report }) {
    const blocks: ContainerDirective[] = [];
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name === 'emergency') blocks.push(node);
    });
    for (const block of blocks) {
      const body = block.children.filter((child) => !(child.type === 'paragraph' && child.data?.directiveLabel));
      if (body.every((child) => toString(child).trim() === '')) {
        report('Unexpected empty `:::emergency` block, expected the red-flag symptoms that need urgent care', block);
      }
    }
    if (!article || !config.types[article.type]?.emergency || blocks.length > 0) return;
    report(`Missing \`:::emergency\` block: articles of type \`${article.type}\` must list the red-flag symptoms that need emergency care`, tree.position?.end);
  },
};
