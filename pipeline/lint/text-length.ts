/**
 * Length of text as readers count it: user-perceived characters (grapheme clusters), so an
 * accented letter or an emoji counts once however many code points it is made of.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Count the characters of `text`.
 *
 * @param text Any text.
 * @returns The number of grapheme clusters.
 */
export function textLength(text: string): number {
  return Array.from(segmenter.segment(text)).length;
}
