/**
 * The articles of one run, indexed for cross-file rules: link targets by path and slug,
 * and the heading anchors each article will have when rendered.
 */
import path from 'node:path';
import type { Heading, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import '../types.ts';

export interface CollectionEntry {
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
 * Anchors of the headings, as the renderer will make them (GitHub's slugger, like rehype-slug),
 * plus footnote definitions.
 *
 * @param tree Article tree.
 * @returns The set of ids.
 */
export function headingAnchors(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(tree, 'heading', (node: Heading) => {
    anchors.add(slugger.slug(toString(node)));
  });
  return anchors;
}
