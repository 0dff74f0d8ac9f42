/**
 * The contract of a lint rule: a stable id, a default severity and a check over one article.
 * Rules report through `context.report`, which applies the configured severity.
 */
import type { Root } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../config/resolve.ts';
import type { Article } from '../schema/article.ts';
import type { MessageSeverity } from '../diagnostics/report-message.ts';
import type { Collection } from './collection.ts';

export interface RuleContext {
  file: VFile;
  tree: Root;
  /** Validated frontmatter; undefined when the frontmatter has errors. */
  article: Article | undefined;
  config: ResolvedConfig;
  /** Every article of this run, for cross-file checks (links, slugs). */
  collection: Collection;
  /** Natural-language tree of the body (prose only: no code, HTML or frontmatter), built once per file. */
  prose(): NlcstRoot;
  /**
   * Report a problem with this rule's id. The severity is the one configured for the rule,
   * else `graded` (for rules whose severity depends on how bad it is), else the default.
   */
  report(reason: string, place?: Node | Position | Point, graded?: MessageSeverity): void;
  /** Ids of the rules that do not run on this article because they do not hold for its language. */
  skippedForLanguage: readonly string[];
}

/**
 * The languages a rule holds for, by primary language subtag: `{only: ['en']}` for a rule built
 * on English word lists or formulas, `{except: ['zh']}` for one that needs spaces between words.
 */
export type RuleLanguages = { only: readonly string[] } | { except: readonly string[] };

export interface Rule {
  /** Stable id: shown in reports, used in config and in `<!-- pressroom-disable id -->`. */
  id: string;
  /** One line for the README and `--help`. */
  summary: string;
  defaultSeverity: MessageSeverity;
  /** The languages the rule holds for; every language when absent. */
  languages?: RuleLanguages;
  check(context: RuleContext): void | Promise<void>;
}

/**
 * Whether a rule holds for a language.
 *
 * @param rule The rule.
 * @param language BCP 47 tag of the article.
 * @returns False when the rule's `languages` leave the language out.
 */
export function ruleHoldsFor(rule: Rule, language: string): boolean {
  if (!rule.languages) return true;
  const primary = language.split('-')[0].toLowerCase();
  return 'only' in rule.languages ? rule.languages.only.includes(primary) : !rule.languages.except.includes(primary);
}
