/**
 * Stable addresses: the slug decides an article's URL, so changing it (or renaming the file of
 * an article without `slug:`) moves the page. The build keeps a record of which source file was
 * published under which slug (`<outDir>/.pressroom-slugs.json`, beside the build cache) and
 * warns (`slug-changed`) when an article's slug differs from the record and the old slug is not
 * in its `formerSlugs`, whose addresses get redirect pages. The record keeps the old slug until
 * the article lists it, so the warning repeats on every build until it is dealt with.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { report } from '../../diagnostics/report-message.ts';
import { writeIfChanged } from '../../build/write.ts';
import '../../types.ts';

const SLUG_RECORD = '.pressroom-slugs.json';

/**
 * Compare the articles' slugs with the last full build's, warn on changes, update the record.
 *
 * @param files Articles to be published (with `data.article`).
 * @param contentDir The content folder (the record holds paths relative to it).
 * @param outDir The build's output folder.
 */
export async function checkSlugChanges(files: VFile[], contentDir: string, outDir: string): Promise<void> {
  const recordPath = path.join(outDir, SLUG_RECORD);
  const before = await readFile(recordPath, 'utf8')
    .then((text) => JSON.parse(text) as Record<string, string>)
    .catch(() => ({}) as Record<string, string>);
  const after: Record<string, string> = {};
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const article = file.data.article;
    if (!article) continue;
    const source = path.relative(contentDir, path.resolve(file.cwd, file.path)).split(path.sep).join('/');
    const old = before[source];
    after[source] = article.slug;
    if (!old || old === article.slug || article.formerSlugs.includes(old)) continue;
    const frontmatter = file.data.tree?.children[0]?.type === 'yaml' ? file.data.tree.children[0] : undefined;
    report(
      file,
      'warning',
      `Unexpected new slug \`${article.slug}\`: this article was published as \`${old}.html\`, which would now be "page not found"; add \`formerSlugs: [${old}]\` to the frontmatter so the old address leads here`,
      'slug-changed',
      frontmatter,
    );
    after[source] = old;
  }
  await writeIfChanged(recordPath, `${JSON.stringify(after, null, 1)}\n`);
}
