/**
 * The container directives of the content contract: the one list that lint, the transform's
 * handlers (transform/directives/), the sanitizer's classes (transform/sanitize-schema.ts) and
 * every language's labels (languages/) are derived from. Adding a directive here without a
 * handler or without a label in each language fails to compile.
 */

export interface DirectiveSpec {
  /** One line for people: what the block is for (the unknown-directive message lists them). */
  summary: string;
  /** Attributes the directive accepts. */
  attributes: readonly string[];
  /**
   * Rendered as a labelled callout (`<aside class="callout callout-NAME">` with a label in the
   * reader's language); false for directives that render without a wrapper of their own.
   */
  callout: boolean;
}

export const DIRECTIVES = {
  emergency: { summary: 'red-flag symptoms that need urgent care', attributes: ['title'], callout: true },
  warning: { summary: 'a labelled warning', attributes: ['title'], callout: true },
  tip: { summary: 'a labelled tip', attributes: ['title'], callout: true },
  note: { summary: 'a labelled note', attributes: ['title'], callout: true },
  cta: { summary: "the clinic's call to action, with its contact details", attributes: ['title'], callout: true },
  only: { summary: 'content for some output formats only', attributes: ['format'], callout: false },
} as const satisfies Record<string, DirectiveSpec>;

/** The name of a directive of the contract. */
export type DirectiveName = keyof typeof DIRECTIVES;

/** Directives rendered as labelled callouts; each language has a default label for each. */
export type CalloutDirective = { [Name in DirectiveName]: (typeof DIRECTIVES)[Name]['callout'] extends true ? Name : never }[DirectiveName];

/** Every directive name, in the contract's order. */
export const DIRECTIVE_NAMES = Object.keys(DIRECTIVES) as DirectiveName[];

/** The callout directives, in the contract's order. */
export const CALLOUT_DIRECTIVES = DIRECTIVE_NAMES.filter((name): name is CalloutDirective => DIRECTIVES[name].callout);

/**
 * Whether a name is a directive of the contract (and not, say, `constructor`).
 *
 * @param name A directive's name as written.
 * @returns True for a contract directive.
 */
export function isDirectiveName(name: string): name is DirectiveName {
  return Object.hasOwn(DIRECTIVES, name);
}

/**
 * Formats named by an `:::only{format="pdf epub"}` block (space or comma separated).
 *
 * @param value The attribute value.
 * @returns The names, as written.
 */
export function parseFormats(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
