/**
 * After a full build of the web edition, `published-slugs.json` in the content folder records
 * every address the build published (see lint/slug-changes.ts), so that lint can warn when one
 * disappears. Commit it with the articles. Sorted and without dates: the same library gives the
 * same bytes, and the file changes only when an address does.
 */
import path from 'node:path';
import type { Library } from '../content/library.ts';
import { addressesOf, lostSlugs, readSlugRecord, SLUG_RECORD, type RecordedSlug } from '../lint/slug-changes.ts';
import { writeIfChanged } from './write.ts';

const ABOUT = 'Written by `pressroom build`: each published address (the page’s path without .html) with its article. Commit it with the articles; lint warns when an address disappears (slug-changed).';

/**
 * Record the slugs of the pages written. An address that lint still warns about stays recorded
 * until its article lists it in `formerSlugs`, and so does the address of an article that fails
 * for now; those of deleted articles and drafts, and those now in `formerSlugs`, are dropped.
 *
 * @param library The full build's articles.
 * @param contentDir The content folder.
 * @param siteLanguage The config's `defaults.language`.
 */
export async function updateSlugRecord(library: Library, contentDir: string, siteLanguage: string): Promise<void> {
  const before = readSlugRecord(contentDir);
  const slugs: Record<string, RecordedSlug> = {};
  const inContent = (absolute: string) => path.relative(contentDir, absolute).split(path.sep).join('/');
  for (const entry of library.entries) {
    const [address] = addressesOf(entry, siteLanguage);
    if (address && entry.status === 'failed' && before[address]) slugs[address] = before[address];
  }
  for (const { slug } of lostSlugs(library, contentDir, before, siteLanguage)) slugs[slug] = before[slug];
  for (const entry of library.entries) {
    const { file } = entry;
    const [address] = addressesOf(entry, siteLanguage);
    if (entry.status !== 'published' || !address) continue;
    // A page that could not be rendered this time keeps what was recorded of it.
    if (file.data.outputs?.html) slugs[address] = { file: inContent(path.resolve(file.cwd, file.path)), title: file.data.article!.title };
    else if (before[address]) slugs[address] = before[address];
  }
  if (Object.keys(slugs).length === 0 && Object.keys(before).length === 0) return;
  const sorted = Object.fromEntries(Object.entries(slugs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeIfChanged(path.join(contentDir, SLUG_RECORD), `${JSON.stringify({ about: ABOUT, slugs: sorted }, null, 1)}\n`);
}
