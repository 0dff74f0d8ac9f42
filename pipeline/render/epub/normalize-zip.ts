/**
 * The post-pass over the zip epub-gen-memory writes: a new archive with `mimetype` first and
 * stored (OCF), then every other file in a fixed order, all with the book's date instead of the
 * build time and without folder entries, so that the same inputs give the same bytes. A file the
 * library left empty (an unreadable cover or image) is an error, not a silent blank.
 */
import JSZip from 'jszip';
import { xmlSafeDocument } from '../../content/xml-characters.ts';

const MIMETYPE = 'application/epub+zip';

/** Files in reading-system order: container, package, navigation, then the rest by name. */
const FIRST = ['META-INF/container.xml', 'OEBPS/content.opf', 'OEBPS/toc.xhtml', 'OEBPS/toc.ncx', 'OEBPS/style.css'];

export class EmptyEntryError extends Error {}

/**
 * Rewrite an EPUB archive reproducibly.
 *
 * @param epub The archive as written by epub-gen-memory.
 * @param date Date of every entry.
 * @returns The new archive.
 * @throws EmptyEntryError naming the first empty file.
 */
export async function normalizeZip(epub: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(epub);
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name].dir && name !== 'mimetype')
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out = new JSZip();
  out.file('mimetype', MIMETYPE, { compression: 'STORE', date, createFolders: false });
  for (const name of names) {
    let data = await source.files[name].async('uint8array');
    // Titles, labels and alt text reach many documents: filter characters XML forbids in all of them.
    if (/\.(xhtml|opf|ncx|xml)$/.test(name)) data = new TextEncoder().encode(xmlSafeDocument(new TextDecoder().decode(data)));
    if (data.byteLength === 0) throw new EmptyEntryError(`the file \`${name}\` in the e-book is empty`);
    out.file(name, data, { date, createFolders: false, compression: 'DEFLATE', compressionOptions: { level: 9 } });
  }
  return out.generateAsync({ type: 'uint8array', mimeType: MIMETYPE, platform: 'DOS', streamFiles: false });
}

function rank(name: string): number {
  const index = FIRST.indexOf(name);
  return index === -1 ? FIRST.length : index;
}
