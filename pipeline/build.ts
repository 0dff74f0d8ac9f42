/**
 * `build`: check every article, then hand the ones without errors (and not drafts) to each
 * selected renderer. One bad article never stops the others; renderers load only when selected.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { checkArticles, type CheckOptions, type CheckResult } from './check.ts';
import type { OutputFormat } from './content/directives.ts';
import type { BuildContext, Renderer } from './render/renderer.ts';
import './types.ts';

export interface BuildOptions extends CheckOptions {
  outDir: string;
  formats: OutputFormat[];
}

export interface BuildResult extends CheckResult {
  /** Articles that were rendered. */
  rendered: VFile[];
  /** Articles skipped because they have errors. */
  skipped: VFile[];
  drafts: VFile[];
  /** Extra files from renderers (e-books) with their messages. */
  extra: VFile[];
}

const renderers: Record<OutputFormat, () => Promise<Renderer>> = {
  html: async () => (await import('./render/html.ts')).htmlRenderer,
  pdf: async () => (await import('./render/pdf.ts')).pdfRenderer,
  epub: async () => (await import('./render/epub.ts')).epubRenderer,
};

/**
 * Build the given formats.
 *
 * @param options Paths, config, output folder and formats.
 * @returns What was checked, rendered and skipped.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const checked = await checkArticles(options);
  const result: BuildResult = { ...checked, rendered: [], skipped: [], drafts: [], extra: [] };
  if (!checked.config) return result;
  for (const file of checked.files) {
    if (file.messages.some((message) => message.fatal) || !file.data.article) result.skipped.push(file);
    else if (file.data.article.draft) result.drafts.push(file);
    else result.rendered.push(file);
  }
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const context: BuildContext = {
    config: checked.config,
    outDir: path.resolve(options.cwd, options.outDir),
    cwd: options.cwd,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) ? epoch : undefined,
  };
  for (const format of options.formats) {
    const renderer = await renderers[format]();
    const extra = await renderer.render(result.rendered, context);
    if (extra) result.extra.push(...extra);
  }
  return result;
}
