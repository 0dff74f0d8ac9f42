/**
 * The articles of one run, indexed for cross-file rules: link targets by path and slug,
 * and the heading anchors each article will have when rendered.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { markdownHeadingIds } from '../content/heading-ids.ts';
import type { VFile } from 'vfile';
import '../types.ts';

interface CollectionEntry {
  file: VFile;
  /** Absolute path. */
  path: string;
  anchors: Set<string>;
}

export interface Collection {
  byPath: Map<string, CollectionEntry>;
  bySlug: Map<string, CollectionEntry[]>;
}

/**
 * Index the parsed files.
 *
 * @param files Parsed (and validated, where possible) files.
 * @returns The index.
 */
export function buildCollection(files: VFile[]): Collection {
  const byPath = new Map<string, CollectionEntry>();
  const bySlug = new Map<string, CollectionEntry[]>();
  for (const file of files) {
    if (!file.data.tree) continue;
    const entry: CollectionEntry = { file, path: path.resolve(file.cwd, file.path), anchors: headingAnchors(file.data.tree) };
    byPath.set(entry.path, entry);
    const slug = file.data.article?.slug;
    if (slug) bySlug.set(slug, [...(bySlug.get(slug) ?? []), entry]);
  }
  return { byPath, bySlug };
}

/**
 * Anchors of the headings, as the renderer will make them (GitHub's slugger over the Markdown).
 *
 * @param tree Article tree.
 * @returns The set of ids.
 */
export function headingAnchors(tree: Root): Set<string> {
  // The renderer's own ids, so lint and output can never disagree.
  return new Set(markdownHeadingIds(tree).byOffset.values());
}
