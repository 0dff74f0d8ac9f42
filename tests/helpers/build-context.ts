/**
 * Test helpers: the build context a renderer receives, made from files checked in a test, and a
 * render call that closes the context's browser afterwards (as `build` does in its `finally`).
 */
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { VFile } from 'vfile';
import type { ConfigSource } from '../../pipeline/config/config-source.ts';
import type { ResolvedConfig } from '../../pipeline/config/resolve.ts';
import { buildLibrary } from '../../pipeline/content/library.ts';
import type { BuildContext, Renderer } from '../../pipeline/render/renderer.ts';
import { sharedBrowser } from '../../pipeline/render/browser/shared-browser.ts';
import '../../pipeline/types.ts';

export interface ContextInput {
  config: ResolvedConfig;
  outDir: string;
  cwd: string;
  /** Every article of the run (checked in the test); the published ones are rendered. */
  files?: VFile[];
  source?: ConfigSource;
  refusedBooks?: ReadonlySet<number>;
  partial?: boolean;
  sourceDateEpoch?: number;
  /** How to start Chromium (tests that crash it pass their own). */
  launch?: () => Promise<Browser>;
}

/**
 * A build context as `build` makes it.
 *
 * @param input Config, folders and files.
 * @returns The context (close `context.browser` when done).
 */
function testContext(input: ContextInput): BuildContext {
  const configPath = input.config.configPath ?? path.join(input.config.contentDir, 'pressroom.yaml');
  return {
    config: input.config,
    source: input.source ?? { file: new VFile({ path: path.relative(input.cwd, configPath) || configPath, cwd: input.cwd }), place: () => undefined },
    library: buildLibrary(input.files ?? [], input.partial ?? false),
    refusedBooks: input.refusedBooks ?? new Set(),
    outDir: input.outDir,
    cwd: input.cwd,
    sourceDateEpoch: input.sourceDateEpoch,
    scope: 'all',
    browser: sharedBrowser(input.launch),
    own: () => undefined,
  };
}

/**
 * Render the published articles among `files` with a fresh context.
 *
 * @param renderer The renderer.
 * @param files Checked articles (drafts and failing ones are left out, as the build does).
 * @param input The rest of the context.
 * @returns The renderer's extra files, then the config's file when it got messages.
 */
export async function renderWith(renderer: Renderer, files: VFile[], input: Omit<ContextInput, 'files'>): Promise<VFile[]> {
  const context = testContext({ ...input, files });
  try {
    const extra = (await renderer.render(context.library.published, context)) ?? [];
    return context.source.file.messages.length > 0 && !extra.includes(context.source.file) ? [...extra, context.source.file] : extra;
  } finally {
    await context.browser.close();
  }
}
