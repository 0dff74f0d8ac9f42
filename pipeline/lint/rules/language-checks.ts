/**
 * Some rules hold for some languages only (their word lists, dictionaries or formulas are
 * English, or they need spaces between words). On an article in another language they do
 * not run, and this says so once, so an author knows what a clean report did not check.
 *
 * ok: an English article (every rule runs).
 * not-ok: a Russian article → info at its `language`, naming `reading-grade`, `indefinite-article` and `spelling`.
 */
import type { Rule } from '../rule.ts';
import { frontmatterPosition } from '../frontmatter-position.ts';

export const languageChecks: Rule = {
  id: 'language-checks',
  check({ tree, article, config, skippedForLanguage, report }) {
    if (skippedForLanguage.length === 0) return;
    const language = article?.language ?? config.defaults.language;
    const names = skippedForLanguage.map((id) => `\`${id}\``).join(', ');
    report(
      `Not checked in \`${language}\`: ${names} ${skippedForLanguage.length === 1 ? 'holds' : 'hold'} for other languages only; have a fluent reviewer check what ${skippedForLanguage.length === 1 ? 'it checks' : 'they check'}`,
      frontmatterPosition(tree, ['language']) ?? { line: 1, column: 1 },
    );
  },
  examples: [
    {
      name: 'ok: an English article runs every check',
      markdown: `---
title: Dolor de cuello en el escritorio
summary: Cambios sencillos que alivian el dolor de cuello.
type: guide
language: en-US
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
      name: 'not-ok: a Russian article skips the English-only checks',
      markdown: `---
title: Dolor de cuello en el escritorio
summary: Cambios sencillos que alivian el dolor de cuello.
type: guide
language: ru
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-15
---

## Prepare su escritorio

Ponga la pantalla a la altura de los ojos.

## Estiramientos

Gire la cabeza despacio.
`,
      messages: ['5:11'],
    },
  ],
};
