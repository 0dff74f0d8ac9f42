/**
 * Drive epub-gen-memory, the chosen EPUB library, with pressroom's templates. The library zips
 * the files, reads images, fonts and the cover from `file:` URLs and renders the EJS templates;
 * what it gets wrong is kept away from it:
 *
 * - chapter HTML: its rewriting drops attributes outside an allow-list (`scope`, `start`, …) and
 *   turns `alt=""` into "image-placeholder", so each chapter's real XHTML travels in an extra
 *   `body` field that the chapter template prints untouched; the library's `content` only lists
 *   the chapter's images so that it reads them into the zip;
 * - image names: random UUIDs, replaced in the constructor by the fixed names of `BookImages`;
 * - everything in the package document (see templates/epub/content.opf.ejs).
 */
import { EPub, type Chapter, type Options } from 'epub-gen-memory';
import type { JSZipGeneratorOptions } from 'jszip';
import type { BookImage } from './book-images.ts';

export interface EpubDocument {
  /** Manifest id, also the file name without `.xhtml`. */
  id: string;
  title: string;
  /** XHTML of the body. */
  body: string;
  /** `epub:type` of the body (frontmatter, bodymatter, backmatter). */
  bodyType: string;
  lang: string;
  direction: 'ltr' | 'rtl';
  /** Before the navigation document in the spine. */
  beforeToc: boolean;
  /** Manifest `properties` (e.g. `svg`), if any. */
  properties?: string;
  /** Images this document shows first. */
  images: readonly BookImage[];
}

export interface EpubInput {
  /** Options for the library, with pressroom's templates and the `book` data they read. */
  options: Options & { book: unknown };
  documents: readonly EpubDocument[];
  images: readonly BookImage[];
}

/** epub-gen-memory with deterministic image names. */
class ReproducibleEPub extends EPub {
  constructor(
    options: Options,
    content: readonly Chapter[],
    private readonly checked: readonly BookImage[],
  ) {
    super(options, content);
    const images = checked;
    for (const image of this.images) {
      const known = images.find((candidate) => candidate.url === image.url);
      // Only URLs pressroom checked reach the library, so this cannot happen unless it changes.
      if (!known?.mediaType) throw new Error(`epub-gen-memory found an image pressroom did not check: ${image.url}`);
      image.id = known.id;
      image.extension = known.extension;
      image.mediaType = known.mediaType;
    }
  }

  /**
   * The library deflates every file at level 9, and the post-pass (normalize-zip.ts) unpacks and
   * compresses them all again: the library's archive only stores them.
   */
  override generateAsync<T extends NonNullable<JSZipGeneratorOptions['type']>>(options: JSZipGeneratorOptions<T>) {
    return super.generateAsync<T>({ ...options, compression: 'STORE', compressionOptions: null });
  }

  /** The checked bytes (an SVG sanitized), not the file the library would read again from disk. */
  protected override async downloadAllImages(): Promise<void> {
    const folder = this.zip.folder('OEBPS')!.folder('images')!;
    for (const image of this.images) {
      const known = this.checked.find((candidate) => candidate.id === image.id);
      if (!known?.bytes) throw new Error(`epub-gen-memory found an image pressroom did not check: ${image.url}`);
      folder.file(`${image.id}.${image.extension}`, known.bytes);
    }
  }
}

/**
 * Build the archive (before the post-pass).
 *
 * @param input Options, documents and checked images.
 * @returns The zip bytes as the library writes them.
 */
export async function generateEpub(input: EpubInput): Promise<Uint8Array> {
  const content = input.documents.map((document) => ({
    id: document.id,
    filename: `${document.id}.xhtml`,
    title: document.title,
    content: document.images.map((image) => `<img src="${image.url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" alt=""/>`).join(''),
    beforeToc: document.beforeToc,
    excludeFromToc: false,
    // Read by templates/epub/chapter.xhtml.ejs only.
    body: document.body,
    bodyType: document.bodyType,
    lang: document.lang,
    direction: document.direction,
    properties: document.properties,
  }));
  const epub = new ReproducibleEPub({ ...input.options, verbose: false, ignoreFailedDownloads: false }, content, input.images);
  return epub.genEpub();
}
