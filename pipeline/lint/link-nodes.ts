/**
 * The links and images of an article with the URL each one renders with, so the link rules
 * and the image rules look at the same things: inline links, autolinks and link definitions;
 * inline images and image references (whose URL is their definition's).
 */
import type { Definition, Image, ImageReference, Link, LinkReference, Root } from 'mdast';
import { visit } from './walk.ts';

export interface UrlNode {
  /** Where to report: the link, the definition, or the image. */
  node: Link | Definition | Image | ImageReference;
  url: string;
}

/**
 * Links: `link` nodes (inline links and autolinks) and definitions, except definitions that
 * only images use (those are the image rules' business).
 *
 * @param tree Article tree.
 * @returns The links in document order.
 */
export function linkUrls(tree: Root): UrlNode[] {
  const linkIds = new Set<string>();
  const imageIds = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'linkReference') linkIds.add((node as LinkReference).identifier);
    if (node.type === 'imageReference') imageIds.add((node as ImageReference).identifier);
  });
  const found: UrlNode[] = [];
  visit(tree, (node) => {
    if (node.type === 'link') found.push({ node: node as Link, url: (node as Link).url });
    if (node.type === 'definition') {
      const definition = node as Definition;
      if (imageIds.has(definition.identifier) && !linkIds.has(definition.identifier)) return;
      found.push({ node: definition, url: definition.url });
    }
  });
  return found;
}

/**
 * Images: inline images and image references, each with the URL it renders with.
 * A reference whose definition is missing is not an image in CommonMark, so every
 * `imageReference` has one; a lost one is skipped rather than guessed.
 *
 * @param tree Article tree.
 * @returns The images in document order.
 */
export function imageUrls(tree: Root): UrlNode[] {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    // The first definition of a label wins, as in CommonMark.
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const found: UrlNode[] = [];
  visit(tree, (node) => {
    if (node.type === 'image') found.push({ node: node as Image, url: (node as Image).url });
    if (node.type === 'imageReference') {
      const definition = definitions.get((node as ImageReference).identifier);
      if (definition) found.push({ node: node as ImageReference, url: definition.url });
    }
  });
  return found;
}
