/**
 * The standard structure types of PDF 1.7 (ISO 32000-1 §14.8.4), which PDF/UA-1 builds on, and
 * the standard type each PDF 2.0 type that Chromium writes stands for. Shared by the tag repair
 * (which writes the role map) and the PDF/UA checker (which requires one).
 */

/** Structure types a PDF/UA-1 reader knows without a role map. */
export const STANDARD_TYPES = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody',
  'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

/** PDF 2.0 types (ISO 32000-2 §14.8.4) Chromium writes, and their closest PDF 1.7 type. */
export const PDF2_ROLES: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Aside: 'Sect',
  Title: 'P',
  FENote: 'Note',
  DocumentFragment: 'Div',
  Artifact: 'Span',
};

/** Types whose content is a run of text: a wrapper inside one of them is inline (`Span`). */
export const INLINE_PARENTS = new Set([
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'Lbl', 'Caption', 'Link', 'Span', 'Strong', 'Em', 'Quote', 'Code', 'Reference', 'BibEntry', 'TOCI',
]);
