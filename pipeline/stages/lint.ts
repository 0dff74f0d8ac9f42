/**
 * Run the lint preset over every parsed article, then apply inline control comments.
 * Rules report with their configured severity; a rule that throws becomes one error on its file.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import type { VFileMessage } from 'vfile-message';
import type { Node } from 'unist';
import type { Root as NlcstRoot } from 'nlcst';
import { messageControl } from 'unified-message-control';
import type { ResolvedConfig } from '../config/resolve.ts';
import { preset } from '../lint/preset.ts';
import { ruleHoldsFor, type Rule, type RuleContext } from '../lint/rule.ts';
import { buildCollection, type Collection } from '../lint/collection.ts';
import { pressroomMarker } from '../lint/comment-marker.ts';
import { proseTree } from '../lint/prose-tree.ts';
import { reportUnpublishedLinks } from '../lint/unpublished-links.ts';
import { report, SOURCE, type MessageId } from '../diagnostics/report-message.ts';
import { catalogue, controllableIds } from '../diagnostics/catalogue.ts';
import { didYouMean } from '../diagnostics/did-you-mean.ts';
import { LintCache, hashParts, restoreMessages } from './lint-cache.ts';
import { attachFix } from '../lint/fixes.ts';
import { cpuMilliseconds } from '../transform/cpu-time.ts';
import '../types.ts';

/**
 * Rules whose findings depend on the date, not only on the article: never cached, run again on
 * every run (they read the frontmatter, which is parsed anyway).
 */
const DATE_DEPENDENT = new Set(['review-age']);

/**
 * Lint the files.
 *
 * @param files Parsed and validated files.
 * @param config Resolved config (rule severities, thresholds).
 * @param rules Rules to run (default: the preset).
 * @param cache Lint results of earlier runs (lint-cache.ts); without one every article is linted.
 */
export async function lintArticles(files: VFile[], config: ResolvedConfig, rules: readonly Rule[] = preset, cache?: LintCache): Promise<void> {
  const collection = buildCollection(files);
  const ruleIds = rules.map((rule) => rule.id);
  const linted = files.filter((file) => !file.data.stopped && file.data.tree);
  const linkKey = cache ? collectionKey(collection, cache.contentDir) : '';
  for (const file of linted) {
    if (!cache) {
      await lintArticle(file, config, collection, rules);
      continue;
    }
    const key = cache.key(file, linkKey);
    const stored = cache.get(file, key);
    if (stored) {
      // The stored list is the whole list after lint (control comments may hide parse and validate messages too).
      file.messages.length = 0;
      restoreMessages(file, stored);
      const dated = rules.filter((rule) => DATE_DEPENDENT.has(rule.id));
      if (dated.length > 0) {
        const scratch = new VFile({ path: file.path, cwd: file.cwd, value: file.value, data: file.data });
        await runRules(scratch, config, collection, dated);
        applyControlComments(scratch, file.data.tree!, ruleIds);
        file.messages.push(...scratch.messages);
      }
      continue;
    }
    await lintArticle(file, config, collection, rules);
    // A rule that failed, or a lint cut short by its time budget, is not remembered: the next run tries again.
    if (file.messages.some((message) => message.ruleId === 'internal-error' || message.ruleId === 'time-budget')) continue;
    cache.set(file, key, file.messages.filter((message) => !(message.source === SOURCE && DATE_DEPENDENT.has(message.ruleId ?? ''))));
  }
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

/**
 * What link rules look up across the run: every article's place, slug and heading anchors.
 * Paths relative to the content folder, so that a moved folder keeps its cache.
 */
function collectionKey(collection: Collection, contentDir: string): string {
  const entries = [...collection.byPath.values()]
    .map((entry) => [path.relative(contentDir, entry.path), entry.file.data.article?.slug ?? '', [...entry.anchors].sort().join(' ')].join('\t'))
    .sort();
  return hashParts(entries);
}

async function lintArticle(file: VFile, config: ResolvedConfig, collection: Collection, rules: readonly Rule[]): Promise<void> {
  await runRules(file, config, collection, rules);
  applyControlComments(file, file.data.tree!, rules.map((rule) => rule.id));
}

async function runRules(file: VFile, config: ResolvedConfig, collection: Collection, rules: readonly Rule[]): Promise<void> {
  const tree = file.data.tree!;
  let prose: NlcstRoot | undefined;
  const language = file.data.article?.language ?? config.defaults.language;
  // Named against the whole preset, so a run of some rules (a rule's examples) still says what a full run skips.
  const skippedForLanguage = preset.filter((rule) => config.lint.rules[rule.id] !== 'off' && !ruleHoldsFor(rule, language)).map((rule) => rule.id);
  // The article's time budget (budget.lint), in CPU time (transform/cpu-time.ts). JavaScript
  // cannot interrupt a rule that runs, so the budget is checked between rules: the rules
  // themselves are bounded (input limits at parse time, spelling's own budget), and this turns
  // what still runs long into an error on this article instead of a build that seems to hang.
  const budget = config.budget.lint;
  const started = cpuMilliseconds();
  // One reading of the clock between two rules serves both (it costs a system call).
  let now = started;
  let slowest = { id: '', ms: 0 };
  for (const [index, rule] of rules.entries()) {
    const spent = now - started;
    if (spent > budget) {
      const rest = rules.slice(index).filter((next) => config.lint.rules[next.id] !== 'off').length;
      report(
        file,
        'error',
        `Unexpected lint time of ${seconds(spent)} of CPU for this article (rule \`${slowest.id}\` took ${seconds(slowest.ms)}), expected at most ${seconds(budget)} (\`budget.lint\` in pressroom.yaml); ${rest} rule${rest === 1 ? ' was' : 's were'} not run on it. Split the article or its longest lists and tables, or raise \`budget.lint\`; the article is not published until it is linted`,
        'time-budget',
      );
      break;
    }
    const ruleStarted = now;
    await runRule(rule);
    now = cpuMilliseconds();
    const ms = now - ruleStarted;
    if (ms > slowest.ms) slowest = { id: rule.id, ms };
  }

  async function runRule(rule: Rule): Promise<void> {
    const configured = config.lint.rules[rule.id];
    if (configured === 'off' || skippedForLanguage.includes(rule.id)) return;
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
      skippedForLanguage,
    };
    try {
      await rule.check(context);
    } catch (error) {
      const message = report(file, 'error', `Rule \`${rule.id}\` failed on this file (${(error as Error).message}); please report this to the pressroom maintainers`, 'internal-error');
      message.cause = error;
    }
  }
}

/** Milliseconds as seconds for people: `12.3 s`, `0.05 s`. */
function seconds(ms: number): string {
  return `${ms >= 1000 ? (ms / 1000).toFixed(1) : (ms / 1000).toFixed(2)} s`;
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
