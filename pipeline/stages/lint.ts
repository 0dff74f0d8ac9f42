/**
 * Run the lint preset over every parsed article, then apply inline control comments.
 * Rules report with their configured severity; a rule that throws becomes one error on its file.
 */
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import type { VFileMessage } from 'vfile-message';
import type { Node } from 'unist';
import type { Root as NlcstRoot } from 'nlcst';
import { messageControl } from 'unified-message-control';
import type { ResolvedConfig } from '../config/resolve.ts';
import { preset } from '../lint/preset.ts';
import type { Rule, RuleContext } from '../lint/rule.ts';
import { buildCollection, type Collection } from '../lint/collection.ts';
import { pressroomMarker } from '../lint/comment-marker.ts';
import { proseTree } from '../lint/prose-tree.ts';
import { reportUnpublishedLinks } from '../lint/unpublished-links.ts';
import { report, SOURCE, type MessageId } from '../diagnostics/report-message.ts';
import { catalogue, controllableIds } from '../diagnostics/catalogue.ts';
import { didYouMean } from '../diagnostics/did-you-mean.ts';
import { attachFix } from '../lint/fixes.ts';
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
  const ruleIds = rules.map((rule) => rule.id);
  const linted = files.filter((file) => !file.data.stopped && file.data.tree);
  for (const file of linted) await lintArticle(file, config, collection, rules);
  // Links to articles that turned out not to be published: known only now that every article is linted.
  const linkRule = rules.find((rule) => rule.id === 'internal-link');
  const linkSeverity = config.lint.rules['internal-link'] ?? (catalogue['internal-link'].severity as 'error');
  if (linkRule && linkSeverity && linkSeverity !== 'off') {
    reportUnpublishedLinks(linted, config.contentDir, (file, reason, node) => {
      // A message of its own file, so that the article's control comments apply to it as to the rule's others.
      const scratch = new VFile({ path: file.path, cwd: file.cwd, value: file.value });
      report(scratch, linkSeverity, reason, linkRule.id, node);
      applyControlComments(scratch, file.data.tree!, ruleIds);
      file.messages.push(...scratch.messages.filter((message) => message.source === SOURCE));
    });
  }
}

async function lintArticle(file: VFile, config: ResolvedConfig, collection: Collection, rules: readonly Rule[]): Promise<void> {
  const tree = file.data.tree!;
  let prose: NlcstRoot | undefined;
  for (const rule of rules) {
    const configured = config.lint.rules[rule.id];
    if (configured === 'off') continue;
    const { severity } = catalogue[rule.id];
    const fallback = severity === 'graded' ? 'warning' : severity;
    const context: RuleContext = {
      file,
      tree,
      article: file.data.article,
      type: file.data.article?.type ?? file.data.articleType,
      language: file.data.article?.language ?? file.data.articleLanguage ?? config.defaults.language,
      config,
      collection,
      prose: () => (prose ??= proseTree(tree, file)),
      report: (reason, place, graded, fix) => {
        const message = report(file, configured ?? graded ?? fallback, reason, rule.id, place);
        if (fix) attachFix(message, fix);
      },
    };
    try {
      await rule.check(context);
    } catch (error) {
      const message = report(file, 'error', `Rule \`${rule.id}\` failed on this file (${(error as Error).message}); please report this to the pressroom maintainers`, 'internal-error');
      message.cause = error;
    }
  }
  applyControlComments(file, tree, rules.map((rule) => rule.id));
}

/**
 * Apply the article's `<!-- pressroom-disable/enable/ignore -->` comments to its messages.
 *
 * @param file The article, with the messages to filter.
 * @param tree Its tree (where the comments are).
 * @param ruleIds Ids of the rules that run.
 */
function applyControlComments(file: VFile, tree: Root, ruleIds: readonly string[]): void {
  // unified-message-control drops messages in "gaps" it thinks lie outside the tree; a container
  // (`:::cta`) ending the file looks like one. An empty leaf at the very end closes that gap.
  const end = tree.position?.end;
  const sentinel = { type: 'text', value: '', position: end && { start: end, end } };
  const known = controllableIds;
  try {
    messageControl({ ...tree, children: [...tree.children, sentinel] } as typeof tree, {
      file,
      name: SOURCE,
      source: SOURCE,
      known: [...known],
      marker: (node) => controlMarker(node, ruleIds),
      test: 'html',
    });
  } catch (error) {
    // One file's comments must not stop the run.
    const message = report(file, 'error', `Cannot apply the \`pressroom-…\` comments of this file (${(error as Error).message}); please report this to the pressroom maintainers`, 'internal-error');
    message.cause = error;
  }
  for (const message of file.messages) {
    if (message.source === 'unified-message-control' && message.ruleId === 'known') explainUnknownRule(message, known);
  }
}

/**
 * The control comment of a node, in the form unified-message-control handles safely.
 *
 * A comment without rule ids (`<!-- pressroom-disable -->`) is spelt out as every rule id:
 * unified-message-control's own "all rules" form also hides the messages *before* the comment.
 * A comment with an unknown verb (`<!-- pressroom todo -->`) is an ordinary comment, not an
 * error that stops the whole run.
 *
 * @param node Any mdast node.
 * @param ruleIds Ids of the rules that run.
 * @returns The marker, or undefined.
 */
function controlMarker(node: Node, ruleIds: readonly string[]) {
  const marker = pressroomMarker(node);
  if (!marker || marker.name !== SOURCE) return marker;
  const [verb, ...ids] = marker.attributes.split(/\s+/).filter(Boolean);
  if (verb !== 'disable' && verb !== 'enable' && verb !== 'ignore') return undefined;
  return ids.length > 0 ? marker : { ...marker, attributes: [verb, ...ruleIds].join(' ') };
}

/**
 * Reword unified-message-control's "Cannot disable `'x'`, it’s not known" for people.
 *
 * @param message The message about an unknown rule id in a control comment.
 * @param known Rule ids that comments may name.
 */
function explainUnknownRule(message: VFileMessage, known: readonly string[]): void {
  const [, verb, unknown] = /^Cannot (\w+) `'(.*)'`/.exec(message.reason) ?? [];
  if (unknown === undefined) return;
  const nearest = didYouMean(unknown, known);
  const hint = nearest ? `did you mean \`${nearest}\`?` : 'use a rule id from the report or the README, such as `spelling`';
  // unified-message-control names this `known`; report it under a catalogued id.
  const id: MessageId = 'control-comment';
  message.ruleId = id;
  message.source = SOURCE;
  message.reason = `Unexpected unknown rule \`${unknown}\` in \`pressroom-${verb}\`, so nothing was turned ${verb === 'enable' ? 'on' : 'off'}; ${hint}`;
  message.message = message.reason;
}
