/**
 * Links from an article's page to its PDF handouts ("Printable handout, 2 pages, PDF, 64 KB").
 * The handouts this build made (`file.data.outputs.pdf`, and `pdf-large` for the large-print
 * edition) are copied into the web edition as `handouts/<slug>.pdf` and `handouts/<slug>.large.pdf`,
 * so the site folder is complete on any static host.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileHash } from '../../build/build-cache.ts';
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
  /** The handout (absolute), to publish at `href`. */
  source: string;
  /** SHA-256 of the handout: the page and its copy of the handout are current while it is the same. */
  hash: string;
}

/**
 * The handouts recorded for an article, read only as far as needed: the hash of a handout that
 * did not change is known from earlier in the build, and its page count from the PDF renderer.
 *
 * @param slug Article slug.
 * @param outputs `file.data.outputs`.
 * @param pages `file.data.pages`: page counts the PDF renderer recorded (else the PDF is opened to count them).
 * @returns One link per handout that exists and opens as a PDF.
 */
export async function readHandouts(slug: string, outputs: Record<string, string> | undefined, pages?: Record<string, number>): Promise<HandoutLink[]> {
  const links: HandoutLink[] = [];
  for (const edition of EDITIONS) {
    const source = outputs?.[edition.output];
    if (!source) continue;
    try {
      const { size } = await stat(source);
      const hash = await fileHash(source);
      if (!hash) continue;
      // Opening a PDF costs far more than hashing it: only a handout without a recorded count (made by a shard, say) is opened.
      const count = pages?.[edition.output] ?? (await PDFDocument.load(await readFile(source), { updateMetadata: false })).getPageCount();
      links.push({ href: `handouts/${slug}${edition.suffix}`, pages: count, bytes: size, large: edition.large, source, hash });
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
