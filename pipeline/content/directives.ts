/**
 * The container directives of the content contract, shared by lint and the renderers.
 */
export const OUTPUT_FORMATS = ['html', 'pdf', 'epub'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface DirectiveSpec {
  /** Label shown to readers (callouts) — the renderer's heading for the block. */
  label: string;
  /** Attributes the directive accepts. */
  attributes: readonly string[];
}

export const DIRECTIVES: Record<string, DirectiveSpec> = {
  emergency: { label: 'Get emergency care', attributes: ['title'] },
  warning: { label: 'Warning', attributes: ['title'] },
  tip: { label: 'Tip', attributes: ['title'] },
  note: { label: 'Note', attributes: ['title'] },
  cta: { label: 'Contact us', attributes: ['title'] },
  only: { label: '', attributes: ['format'] },
};

/**
 * Formats named by an `:::only{format="pdf epub"}` block (space or comma separated).
 *
 * @param value The attribute value.
 * @returns The names, as written.
 */
export function parseFormats(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
