/**
 * A translation (`translationOf: <slug>`) names an article that exists and is not itself a
 * translation, in another language; and a source has at most one translation per language,
 * so a patient never gets two different versions of the same advice.
 *
 * ok: `lower-back-spasms.es.md` with `language: es` and `translationOf: lower-back-spasms`.
 * not-ok: `translationOf: lower-back-spasm` (no such article) → error at the value, suggesting the nearest slug.
 * not-ok: two Spanish translations of one source → error on each, naming the other.
 */
import path from 'node:path';
import { didYouMean } from '../../diagnostics/did-you-mean.ts';
import type { Rule } from '../rule.ts';
import { frontmatterPosition } from '../frontmatter-position.ts';
import '../../types.ts';

/** The primary language subtag, for "same language" comparisons (es-MX and es-US are both Spanish). */
const primary = (tag: string) => tag.split('-')[0].toLowerCase();

export const translationSourceRule: Rule = {
  id: 'translation-source',
  check({ file, tree, article, collection, report }) {
    if (!article?.translationOf) return;
    const place = frontmatterPosition(tree, ['translationOf']);
    const slug = article.translationOf;
    // The source and its translations share the slug: the source is the one that translates nothing.
    const named = (collection.bySlug.get(slug) ?? []).filter((entry) => entry.file !== file);
    const sources = [...named.filter((entry) => !entry.file.data.article?.translationOf), ...named.filter((entry) => entry.file.data.article?.translationOf)];
    if (sources.length === 0) {
      const known = [...collection.bySlug.keys()].filter((known) => known !== article.slug);
      const nearest = didYouMean(slug, known, 3);
      const hint = nearest ? `; did you mean \`${nearest}\`?` : '; write the slug of the article this one translates';
      report(`Unexpected \`translationOf: ${slug}\`: no article has that slug${hint}`, place);
      return;
    }
    const source = sources[0].file.data.article;
    if (!source) return;
    if (source.translationOf) {
      report(`Unexpected \`translationOf: ${slug}\`: that article is itself a translation (of \`${source.translationOf}\`); name the original, \`translationOf: ${source.translationOf}\``, place);
      return;
    }
    if (primary(source.language) === primary(article.language)) {
      report(`Unexpected \`translationOf: ${slug}\` in the same language as its source (\`${article.language}\`); set this article's \`language\` to the language it is written in`, place);
      return;
    }
    const twins = [...collection.byPath.values()].filter(
      (entry) => entry.file !== file && entry.file.data.article?.translationOf === slug && primary(entry.file.data.article.language) === primary(article.language),
    );
    if (twins.length > 0) {
      const names = twins.map((entry) => path.relative(file.cwd, entry.path)).join(', ');
      report(`Unexpected second translation of \`${slug}\` into \`${primary(article.language)}\`, also translated by ${names}; keep one translation per language`, place);
    }
  },
  examples: [
    {
      name: 'ok: a Spanish translation of an English article',
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
      name: 'not-ok: translationOf names no article',
      markdown: `---
title: Dolor de cuello en el escritorio
summary: Cambios sencillos que alivian el dolor de cuello.
type: guide
language: es
translationOf: neck-pian
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-15
---

## Prepare su escritorio

Ponga la pantalla a la altura de los ojos.

## Estiramientos

Gire la cabeza despacio.
`,
      messages: ['6:16'],
    },
  ],
};
