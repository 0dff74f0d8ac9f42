/**
 * Run the lint preset over every parsed article, then apply inline control comments.
 * Rules report with their configured severity; a rule that throws becomes one error on its file.
 */
import type { VFile } from 'vfile';
import type { Root as NlcstRoot } from 'nlcst';
import { messageControl } from 'unified-message-control';
import type { ResolvedConfig } from '../config/resolve.ts';
import { preset } from '../lint/preset.ts';
import type { Rule, RuleContext } from '../lint/rule.ts';
import { buildCollection, type Collection } from '../lint/collection.ts';
import { pressroomMarker } from '../lint/comment-marker.ts';
import { proseTree } from '../lint/prose-tree.ts';
import { report, SOURCE } from '../diagnostics/report-message.ts';
import '../types.ts';

/**
 * Lint the files.
 *
 * @param files Parsed and validated files.
 * @param config Resolved config (rule severities, thresholds).
 * @param rules Rules to run (default: the preset).
 */
export async function lintArticles(files: VFile[], config: ResolvedConfig, rules: readonly Rule[] = preset): Promise<void> {
  const collection = buildCollection(files);
  for (const file of files) {
    if (file.data.stopped || !file.data.tree) continue;
    await lintArticle(file, config, collection, rules);
  }
}

async function lintArticle(file: VFile, config: ResolvedConfig, collection: Collection, rules: readonly Rule[]): Promise<void> {
  const tree = file.data.tree!;
  let prose: NlcstRoot | undefined;
  for (const rule of rules) {
    const configured = config.lint.rules[rule.id];
    if (configured === 'off') continue;
    const context: RuleContext = {
      file,
      tree,
      article: file.data.article,
      config,
      collection,
      prose: () => (prose ??= proseTree(tree, file)),
      report: (reason, place, graded) => void report(file, configured ?? graded ?? rule.defaultSeverity, reason, rule.id, place),
    };
    try {
      await rule.check(context);
    } catch (error) {
      const message = report(file, 'error', `Rule \`${rule.id}\` failed on this file (${(error as Error).message}); please report this to the pressroom maintainers`, 'internal-error');
      message.cause = error;
    }
  }
  // unified-message-control drops messages in "gaps" it thinks lie outside the tree; a container
  // (`:::cta`) ending the file looks like one. An empty leaf at the very end closes that gap.
  const end = tree.position?.end;
  const sentinel = { type: 'text', value: '', position: end && { start: end, end } };
  messageControl({ ...tree, children: [...tree.children, sentinel] } as typeof tree, {
    file,
    name: SOURCE,
    source: SOURCE,
    known: rules.map((rule) => rule.id),
    marker: pressroomMarker,
    test: 'html',
  });
}
