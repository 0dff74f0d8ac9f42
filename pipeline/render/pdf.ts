/**
 * The PDF renderer: `pressroom build` writes output/pdf/<slug>.pdf, the handout the front desk
 * prints for a patient. A thin adapter over pdf/render-handouts.ts.
 */
import type { Renderer } from './renderer.ts';
import type { RenderHandoutsOptions } from './pdf/render-handouts.ts';

/**
 * Make a PDF renderer.
 *
 * @param options Test seams (browser launch, transform, pool size); the defaults are for builds.
 * @returns The renderer.
 */
export function createPdfRenderer(options: RenderHandoutsOptions = {}): Renderer {
  return {
    format: 'pdf',
    // Loaded on first use: a build whose handouts are all up to date never pays for pdf-lib and Puppeteer.
    render: async (files, context) => (await import('./pdf/render-handouts.ts')).renderHandouts(files, context, options),
  };
}

/** The renderer `pressroom build` uses. */
export const pdfRenderer: Renderer = createPdfRenderer();
