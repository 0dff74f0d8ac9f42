/**
 * What the pipeline stages keep on each VFile. One VFile per article flows through
 * load → parse → validate → lint → transform → render → write.
 */
import type { Root } from 'mdast';
import type { Article } from './schema/article.ts';

declare module 'vfile' {
  interface DataMap {
    /** Set when the file cannot be processed further (unreadable, binary, empty…). */
    stopped: boolean;
    /** The mdast tree, parsed once per build and shared by lint and every renderer. */
    tree: Root;
    /** Validated frontmatter; absent when the frontmatter has errors. */
    article: Article;
    /** The content type, when `type` is valid even though other frontmatter keys are not. */
    articleType: string;
    /** The `language` tag as written, when it is valid even though other keys are not. */
    articleLanguage: string;
    /** Output files written for this article, by format. */
    outputs: Record<string, string>;
    /** Page counts of the outputs that have pages (the handouts), by the same keys as `outputs`. */
    pages: Record<string, number>;
  }
}

export {};
