/**
 * A translation follows its source: when the source was reviewed again after the
 * translation's own review, the translation may miss a change to the advice.
 *
 * ok: source reviewed 2026-06-01, translation reviewed 2026-06-15.
 * not-ok: source reviewed 2026-10-14, translation reviewed 2026-06-15 → warning at the translation's `reviewed.on`, naming both dates.
 */
import type { Rule } from '../rule.ts';
import { frontmatterPosition } from '../frontmatter-position.ts';
import { translationSource } from '../translation-source.ts';

export const translationStale: Rule = {
  id: 'translation-stale',
  check({ tree, article, collection, report }) {
    if (!article) return;
    const source = translationSource(article, collection);
    if (!source) return;
    // ISO dates (YYYY-MM-DD) compare correctly as strings.
    if (source.article.reviewed.on <= article.reviewed.on) return;
    report(
      `Unexpected stale translation: its source \`${source.article.slug}\` was reviewed on ${source.article.reviewed.on}, after this translation's review on ${article.reviewed.on}; compare the two, update the translation and its \`reviewed.on\``,
      frontmatterPosition(tree, ['reviewed', 'on']),
    );
  },
  examples: [
    {
      name: 'ok: translation reviewed after its source',
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
      name: 'not-ok: source reviewed after the translation',
      markdown: `---
title: Dolor de cuello en el escritorio
summary: Cambios sencillos que alivian el dolor de cuello.
type: guide
language: es
translationOf: neck-pain
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-05-01
---

## Prepare su escritorio

Ponga la pantalla a la altura de los ojos.

## Estiramientos

Gire la cabeza despacio.
`,
      messages: ['9:7'],
    },
  ],
};
