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
import { dictionaryKey } from '../spelling-dictionaries.ts';

export const languageChecks: Rule = {
  id: 'language-checks',
  check({ tree, language, config, skippedForLanguage, report }) {
    const rules = skippedForLanguage.map((id) => `\`${id}\``);
    // Spelling runs on every language it has a dictionary for; say so here when there is none.
    const noDictionary = config.lint.rules.spelling !== 'off' && dictionaryKey(language) === undefined;
    if (rules.length === 0 && !noDictionary) return;
    const parts: string[] = [];
    if (rules.length > 0) parts.push(`${rules.join(', ')} ${rules.length === 1 ? 'holds' : 'hold'} for other languages only`);
    if (noDictionary) parts.push('`spelling` has no dictionary for it yet');
    report(
      `Not checked in \`${language}\`: ${parts.join('; ')}; have a fluent reviewer check what ${rules.length + (noDictionary ? 1 : 0) === 1 ? 'it checks' : 'they check'}`,
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
