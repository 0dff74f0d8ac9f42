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
}

export interface Rule {
  /** Stable id: shown in reports, used in config and in `<!-- pressroom-disable id -->`. */
  id: string;
  /** One line for the README and `--help`. */
  summary: string;
  defaultSeverity: MessageSeverity;
  check(context: RuleContext): void | Promise<void>;
}
