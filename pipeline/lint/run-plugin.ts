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
  await processorFor(plugin, options).run(tree as never, scratch);
  return scratch.messages;
}

/** Frozen processors by plugin and options (as JSON): their attachers run once, not once per article. */
const processors = new WeakMap<Plugin<any[], any, any>, Map<string, ReturnType<typeof unified>>>();

function processorFor(plugin: Plugin<any[], any, any>, options: unknown): ReturnType<typeof unified> {
  let byOptions = processors.get(plugin);
  if (!byOptions) processors.set(plugin, (byOptions = new Map()));
  const key = JSON.stringify(options ?? null);
  let processor = byOptions.get(key);
  if (!processor) byOptions.set(key, (processor = unified().use(plugin, options).freeze() as unknown as ReturnType<typeof unified>));
  return processor;
}
