/**
 * No page links to a page that is not published. Whether an article is published is known
 * only after every article is linted (a draft, or one with errors), so this runs after the
 * rules: a link to such an article is an `internal-link` error on the linking article, which
 * then fails too, so the check repeats until nothing changes.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { Node } from 'unist';
import { urlKind } from '../content/url-kind.ts';
import { articleStatus } from '../content/library.ts';
import { linkUrls } from './link-nodes.ts';
import '../types.ts';

/** Files a message on an article, with the rule's configured severity and its control comments. */
export type ReportLink = (file: VFile, reason: string, node: Node) => void;

/**
 * Report links to drafts and failing articles of this run.
 *
 * @param files Every linted file of the run.
 * @param contentDir The content folder (messages name articles relative to it).
 * @param report Files one message.
 */
export function reportUnpublishedLinks(files: readonly VFile[], contentDir: string, report: ReportLink): void {
  const byPath = new Map(files.map((file) => [path.resolve(file.cwd, file.path), file]));
  const reported = new Set<unknown>();
  // Each round can fail more articles (those that link to the newly failed); it ends when none did.
  for (let round = 0; round <= files.length; round += 1) {
    let changed = false;
    for (const file of files) {
      // An article that fails already is not published either: more errors on it would be noise.
      if (!file.data.tree || articleStatus(file) !== 'published') continue;
      const self = path.resolve(file.cwd, file.path);
      for (const { node, url } of linkUrls(file.data.tree)) {
        if (reported.has(node)) continue;
        const target = linkedArticle(url, self, byPath);
        if (!target || target === file) continue;
        const status = articleStatus(target);
        if (status === 'published') continue;
        reported.add(node);
        const why = status === 'draft' ? 'is a draft (`draft: true`)' : 'has errors (see its messages)';
        const shown = path.relative(contentDir, path.resolve(target.cwd, target.path)).split(path.sep).join('/');
        report(file, `Unexpected link to \`${shown}\`, which ${why} and so is not published; publish it, or remove the link (its words can stay)`, node);
        if (articleStatus(file) !== 'published') changed = true;
      }
    }
    if (!changed) return;
  }
}

function linkedArticle(url: string, self: string, byPath: ReadonlyMap<string, VFile>): VFile | undefined {
  const kind = urlKind(url);
  if (kind.kind !== 'relative' || kind.path === '' || !/\.md$/i.test(kind.path)) return undefined;
  try {
    return byPath.get(path.resolve(path.dirname(self), decodeURIComponent(kind.path)));
  } catch {
    return undefined;
  }
}
