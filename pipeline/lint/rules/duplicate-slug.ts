/**
 * Two articles with one slug in one language would write the same output files. A source and
 * its translations share a slug: each language has its own folder (content/page-name.ts).
 *
 * not-ok: `a.md` and `b.md` both with `slug: back-pain` → error on each, naming the other.
 * ok: `back-pain.md` (English) and `back-pain.es.md` (`language: es`, `translationOf: back-pain`).
 */
import path from 'node:path';
import type { Rule } from '../rule.ts';
import { sameLanguageFolder } from '../../content/page-name.ts';

export const duplicateSlug: Rule = {
  id: 'duplicate-slug',
  check({ file, article, collection, report }) {
    if (!article) return;
    const others = (collection.bySlug.get(article.slug) ?? []).filter(
      (entry) => entry.file !== file && sameLanguageFolder(entry.file.data.article?.language ?? article.language, article.language),
    );
    if (others.length === 0) return;
    const names = others.map((entry) => path.relative(file.cwd, entry.path)).join(', ');
    const place = article.slug && file.data.tree?.children[0]?.type === 'yaml' ? file.data.tree.children[0] : undefined;
    report(`Unexpected duplicate slug \`${article.slug}\` in \`${article.language}\`, also used by ${names}; give one of them another \`slug:\``, place);
  },
  examples: [
    {
      name: 'ok: a slug of its own',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
slug: stiff-back
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Rest

Rest for a day.
`,
      messages: [],
    },
    {
      name: 'not-ok: the slug of neck-pain.md',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
slug: neck-pain
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Rest

Rest for a day.
`,
      messages: ['1:1'],
    },
  ],
};
