/**
 * The red-flag guarantee, checked before anything is built: the article is rendered for every
 * format and each `:::emergency` item must be visible inside the rendered emergency box
 * (transform/emergency-preserved.ts). Whatever moved, hid or dropped a red flag, the article is
 * refused at the item that went missing. Other rules (directive-fence, raw-html) name the
 * causes they can see; this one is the guarantee.
 *
 * not-ok: `:::emergency` holding `> :::note` … `> :::` before the list → the list items fall
 * out of the box: error at each item.
 */
import { VFile } from 'vfile';
import type { Rule } from '../rule.ts';
import { OUTPUT_FORMATS } from '../../formats.ts';
import { EMERGENCY_LOSS_ID, transformArticle } from '../../transform/transform.ts';
import '../../types.ts';

export const emergencyPreserved: Rule = {
  id: 'emergency-preserved',
  summary: 'Every item of an `:::emergency` block is shown, visible and in order, inside the rendered emergency box of every format.',
  defaultSeverity: 'error',
  check({ file, tree, article, config, report }) {
    const source = String(file.value ?? '');
    if (!/:{3,}\s*emergency|callout-emergency/.test(source)) return;
    const reported = new Set<string>();
    for (const format of OUTPUT_FORMATS) {
      // A scratch file: the transform's own messages (images, links) belong to other rules.
      const scratch = new VFile({ path: file.path, cwd: file.cwd, value: file.value });
      scratch.data = { ...file.data, tree, article };
      transformArticle(scratch, config, {
        format,
        articleHref: (slug) => `${slug}.html`,
        articleAt: () => ({ slug: 'article', published: true }),
        imageSrc: () => 'image.png',
        fileHref: () => 'file',
      });
      // The transform checks its own result (transform/emergency-preserved.ts) and reports each loss.
      for (const loss of scratch.messages.filter((message) => message.ruleId === EMERGENCY_LOSS_ID)) {
        const key = `${loss.line}:${loss.column}:${loss.reason}`;
        if (reported.has(key)) continue;
        reported.add(key);
        report(loss.reason, loss.place);
      }
    }
  },
};
