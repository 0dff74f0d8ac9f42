/**
 * Build a prose tree with parser extensions, for rules that need retext plugins which change
 * how text is tokenised (retext-syntax-urls turns `https://…` into one source node), something
 * the shared `context.prose()` tree is built without. The same Markdown is left out.
 */
import type { Root as MdastRoot } from 'mdast';
import type { Root } from 'nlcst';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import type {} from 'retext-english';
import { unified, type Plugin } from 'unified';
import type { VFile } from 'vfile';

/** Markdown nodes that are not prose (as for `context.prose()`). */
export const notProse = ['code', 'inlineCode', 'html', 'yaml'];

/**
 * Make a builder of prose trees that applies the parser extensions of `plugins`.
 *
 * @param plugins retext plugins that register `nlcst*Extensions` (their attachers run once, here).
 * @returns A function from an mdast tree and its file to an nlcst tree.
 */
export function proseTreeWith(plugins: readonly Plugin[]): (tree: MdastRoot, file: VFile) => Root {
  const processor = unified();
  for (const plugin of plugins) processor.use(plugin);
  processor.freeze();
  const sentence = processor.data('nlcstSentenceExtensions') ?? [];
  const paragraph = processor.data('nlcstParagraphExtensions') ?? [];
  const root = processor.data('nlcstRootExtensions') ?? [];
  return (tree, file) => {
    // As retext-english does: extensions run before the parser's own merging plugins.
    const parser = new ParseEnglish();
    parser.tokenizeSentencePlugins.unshift(...sentence);
    parser.tokenizeParagraphPlugins.unshift(...paragraph);
    parser.tokenizeRootPlugins.unshift(...root);
    return toNlcst(tree, file, parser, { ignore: notProse }) as Root;
  };
}
