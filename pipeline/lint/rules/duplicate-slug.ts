/**
 * Two articles with one slug would write the same output files.
 *
 * not-ok: `a.md` and `b.md` both with `slug: back-pain` → error on each, naming the other.
 */
import path from 'node:path';
import type { Rule } from '../rule.ts';

export const duplicateSlug: Rule = {
  id: 'duplicate-slug',
  summary: 'Each article has its own slug (from `slug:` or the file name).',
  defaultSeverity: 'error',
  check({ file, article, collection, report }) {
    if (!article) return;
    const others = (collection.bySlug.get(article.slug) ?? []).filter((entry) => entry.file !== file);
    if (others.length === 0) return;
    const names = others.map((entry) => path.relative(file.cwd, entry.path)).join(', ');
    const place = article.slug && file.data.tree?.children[0]?.type === 'yaml' ? file.data.tree.children[0] : undefined;
    report(`Unexpected duplicate slug \`${article.slug}\`, also used by ${names}; give one of them another \`slug:\``, place);
  },
};
