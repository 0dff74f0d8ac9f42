/**
 * The images of one book: each distinct file gets a fixed name inside the EPUB, in order of first
 * use, so two builds name them alike (epub-gen-memory would name them by random UUIDs).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ImageMediaType } from '../../content/image-file.ts';

export interface BookImage {
  /** Absolute path in the content folder. */
  absolute: string;
  /** `file:` URL handed to epub-gen-memory. */
  url: string;
  /** Name without extension inside `images/` (also the manifest id). */
  id: string;
  /** Extension without the dot, as written (lowercased). */
  extension: string;
  /** Set once the file has been checked. */
  mediaType?: ImageMediaType;
  /** The bytes the book holds (set once checked): an SVG's sanitized re-serialization. */
  bytes?: Uint8Array;
  /** Whether it may move or flash (set once checked). */
  animated?: boolean;
  /** Slug of the first chapter that shows it. */
  chapter: string;
}

export class BookImages {
  readonly #byPath = new Map<string, BookImage>();

  /**
   * The in-book `src` of an image, registering it on first use.
   *
   * @param absolute Absolute path of the image file.
   * @param chapter Slug of the chapter that shows it.
   * @returns `images/<id>.<ext>`, relative to the chapter documents.
   */
  src(absolute: string, chapter: string): string {
    let image = this.#byPath.get(absolute);
    if (!image) {
      const extension = path.extname(absolute).slice(1).toLowerCase() || 'img';
      image = { absolute, url: pathToFileURL(absolute).href, id: `image-${this.#byPath.size + 1}`, extension, chapter };
      this.#byPath.set(absolute, image);
    }
    return `images/${image.id}.${image.extension}`;
  }

  /** Every image, in order of first use. */
  list(): BookImage[] {
    return [...this.#byPath.values()];
  }

  /**
   * Look an image up by the URL given to the library.
   *
   * @param url `file:` URL.
   * @returns The image, if it is one of this book's.
   */
  byUrl(url: string): BookImage | undefined {
    return this.list().find((image) => image.url === url);
  }
}
