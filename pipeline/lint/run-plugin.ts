/**
 * Run a maintained unified plugin (a remark-lint or retext rule) over a tree and collect
 * its messages, so a pressroom rule can wrap it under its own id and severity.
 */
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Node } from 'unist';

/**
 * Run `plugin` with `options` on `tree` and return what it reported.
 *
 * @param plugin The attacher.
 * @param options Its options.
 * @param tree Tree to check (mdast or nlcst); not modified by lint plugins.
 * @param file File the tree came from (its text is needed by some plugins).
 * @returns The plugin's messages.
 */
export async function runPlugin(plugin: Plugin<any[], any, any>, options: unknown, tree: Node, file: VFile): Promise<VFileMessage[]> {
  const scratch = new VFile({ path: file.path, value: file.value });
  const processor = unified().use(plugin, options);
  await processor.run(tree as never, scratch);
  return scratch.messages;
}
