/**
 * Links from an article's page to its PDF handouts ("Printable handout, 2 pages, PDF, 64 KB").
 * The handouts this build made (`file.data.outputs.pdf`, and `pdf-large` for the large-print
 * edition) are copied into the web edition as `handouts/<slug>.pdf` and `handouts/<slug>.large.pdf`,
 * so the site folder is complete on any static host.
 */
import { readFile } from 'node:fs/promises';
import type { Element } from 'hast';
import { PDFDocument } from 'pdf-lib';
import type { PageWords } from '../../languages/interface-words.ts';

/** The handout editions, in the order they are listed. */
const EDITIONS = [
  { output: 'pdf', suffix: '.pdf', large: false },
  { output: 'pdf-large', suffix: '.large.pdf', large: true },
] as const;

export interface HandoutLink {
  /** URL relative to the web edition's root. */
  href: string;
  pages: number;
  bytes: number;
  large: boolean;
  /** The PDF's bytes, to publish at `href`. */
  data: Uint8Array;
}

/**
 * Read the handouts recorded for an article.
 *
 * @param slug Article slug.
 * @param outputs `file.data.outputs`.
 * @returns One link per handout that exists and opens as a PDF.
 */
export async function readHandouts(slug: string, outputs: Record<string, string> | undefined): Promise<HandoutLink[]> {
  const links: HandoutLink[] = [];
  for (const edition of EDITIONS) {
    const source = outputs?.[edition.output];
    if (!source) continue;
    try {
      const data = await readFile(source);
      const pages = (await PDFDocument.load(data, { updateMetadata: false })).getPageCount();
      links.push({ href: `handouts/${slug}${edition.suffix}`, pages, bytes: data.length, large: edition.large, data });
    } catch {
      // A handout that cannot be read is not linked; the PDF build reports its own problems.
    }
  }
  return links;
}

/**
 * The list of handout links.
 *
 * @param links Handouts.
 * @param text Interface words of the page.
 * @returns A `<ul>` of links with `type="application/pdf"`.
 */
export function handoutList(links: HandoutLink[], text: PageWords): Element {
  return {
    type: 'element',
    tagName: 'ul',
    properties: { className: ['handouts'] },
    children: links.map((link): Element => {
      const kilobytes = Math.max(1, Math.round(link.bytes / 1024));
      const label = link.large ? text.largeHandout(link.pages, kilobytes) : text.handout(link.pages, kilobytes);
      return {
        type: 'element',
        tagName: 'li',
        properties: {},
        children: [{ type: 'element', tagName: 'a', properties: { href: link.href, type: 'application/pdf', className: ['handout-link'] }, children: [{ type: 'text', value: label }] }],
      };
    }),
  };
}
