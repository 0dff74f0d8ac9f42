/**
 * A translation keeps the structure that matters for safety: as many `:::emergency` blocks as
 * its source, and each of their lists with as many items, so no red-flag symptom is lost in
 * translation.
 *
 * not-ok: the source lists 3 emergency signs, the translation 2 → error at the translation's list, naming the source's line.
 * not-ok: the source has 2 `:::emergency` blocks, the translation 1 → error at the translation's block.
 */
import path from 'node:path';
import type { List, Nodes } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { translationSource } from '../translation-source.ts';

/**
 * The emergency blocks of a tree, in order.
 *
 * @param tree Article tree.
 * @returns The blocks.
 */
function emergencyBlocks(tree: Nodes): ContainerDirective[] {
  const blocks: ContainerDirective[] = [];
  visit(tree, 'containerDirective', (node: ContainerDirective) => {
    if (node.name === 'emergency') blocks.push(node);
  });
  return blocks;
}

/**
 * The lists of a block, outermost and nested alike, in order.
 *
 * @param block An emergency block.
 * @returns The lists.
 */
function listsOf(block: ContainerDirective): List[] {
  const lists: List[] = [];
  visit(block, 'list', (node: List) => {
    lists.push(node);
  });
  return lists;
}

export const translationStructure: Rule = {
  id: 'translation-structure',
  check({ file, tree, article, collection, report }) {
    if (!article) return;
    const source = translationSource(article, collection);
    if (!source) return;
    const sourceName = path.relative(file.cwd, source.file.path);
    const mine = emergencyBlocks(tree);
    const theirs = emergencyBlocks(source.tree);
    if (mine.length !== theirs.length) {
      report(
        `Unexpected ${mine.length} \`:::emergency\` ${mine.length === 1 ? 'block' : 'blocks'}, expected ${theirs.length} as in the source ${sourceName}; translate every emergency block`,
        mine[theirs.length] ?? mine.at(-1) ?? tree.position?.end,
      );
      return;
    }
    mine.forEach((block, index) => {
      const lists = listsOf(block);
      const sourceLists = listsOf(theirs[index]);
      sourceLists.forEach((sourceList, listIndex) => {
        const list = lists[listIndex];
        const line = sourceList.position?.start.line;
        const at = line ? `${sourceName}:${line}` : sourceName;
        if (!list) {
          report(`Missing list in \`:::emergency\` block ${index + 1}: the source (${at}) lists ${sourceList.children.length} signs; translate every sign`, block);
        } else if (list.children.length !== sourceList.children.length) {
          report(
            `Unexpected ${list.children.length} ${list.children.length === 1 ? 'item' : 'items'} in this emergency list, expected ${sourceList.children.length} as in the source (${at}); translate every sign, one item each`,
            list,
          );
        }
      });
    });
  },
  examples: [
    {
      name: 'ok: no emergency block, like its source',
      markdown: `---
title: Dolor de cuello en el escritorio
summary: Cambios sencillos que alivian el dolor de cuello.
type: guide
language: es
translationOf: neck-pain
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-15
---

## Prepare su escritorio

Ponga la pantalla a la altura de los ojos.

## Estiramientos

Gire la cabeza despacio.
`,
      messages: [],
    },
    {
      name: 'not-ok: an emergency block the source does not have',
      markdown: `---
title: Dolor de cuello en el escritorio
summary: Cambios sencillos que alivian el dolor de cuello.
type: guide
language: es
translationOf: neck-pain
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-15
---

## Prepare su escritorio

Ponga la pantalla a la altura de los ojos.

## Estiramientos

Gire la cabeza despacio.

:::emergency
- Dolor de pecho.
:::
`,
      messages: ['20:1'],
    },
  ],
};
