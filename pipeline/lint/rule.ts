/**
 * The contract of a lint rule: a catalogued id (its summary and default severity live in
 * diagnostics/catalogue.ts), a check over one article, and examples that are its tests and docs.
 * Rules report through `context.report`, which applies the configured severity.
 */
import type { Root } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../config/resolve.ts';
import type { Article } from '../schema/article.ts';
import type { MessageSeverity } from '../diagnostics/severity.ts';
import type { RuleId } from '../diagnostics/catalogue.ts';
import type { Collection } from './collection.ts';

export interface RuleContext {
  file: VFile;
  tree: Root;
  /** Validated frontmatter; undefined when the frontmatter has errors. */
  article: Article | undefined;
  /**
   * The article's content type when `type` itself is valid, even if other frontmatter keys
   * have errors, so type-dependent checks (sections, emergency block) still run.
   */
  type: string | undefined;
  /** The article's language tag (frontmatter, else the config default), even when other keys have errors. */
  language: string;
  config: ResolvedConfig;
  /** Every article of this run, for cross-file checks (links, slugs). */
  collection: Collection;
  /** Natural-language tree of the body (prose only: no code, HTML or frontmatter), built once per file. */
  prose(): NlcstRoot;
  /**
   * Report a problem with this rule's id. The severity is the one configured for the rule,
   * else `graded` (for rules whose severity depends on how bad it is), else the default.
   */
  report(reason: string, place?: Node | Position | Point, graded?: MessageSeverity, fix?: Fix): void;
}

/** A safe, mechanical edit of the source that `pressroom lint --fix` may apply. */
export interface Fix {
  /** Offsets in the file's text (UTF-16 units): the text from `start` to `end` is replaced. */
  start: number;
  end: number;
  /** Replacement text. */
  text: string;
}

/**
 * An example article for a rule, run by tests/rule-examples.test.ts and shown in the README.
 */
export interface RuleExample {
  /** What it shows, in a few words (`ok: plain words`, `not-ok: link to javascript:`). */
  name: string;
  /** The whole article, frontmatter included. */
  markdown: string;
  /** `pressroom.yaml` keys for this example (merged over the test defaults). */
  config?: Record<string, unknown>;
  /** This rule's expected messages as `line:column` starts, in order; `[]` for an ok example. */
  messages: string[];
}

export interface Rule {
  /** Stable id from the catalogue: shown in reports, used in config and in `<!-- pressroom-disable id -->`. */
  id: RuleId;
  /** At least one ok and one not-ok example. */
  examples: readonly RuleExample[];
  check(context: RuleContext): void | Promise<void>;
}
