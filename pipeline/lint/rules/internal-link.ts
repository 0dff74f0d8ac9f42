/**
 * Links inside the content lead somewhere: `#anchor` to a heading of this article,
 * `other.md` and `other.md#anchor` to another article (and one of its headings), and
 * `forms/intake.pdf` to a file that ships with the content. Paths are relative to the
 * article's folder, percent-encoding is decoded first, and nothing may lead out of the
 * content folder, whose contents are all the renderers publish. Anchors are the ones the
 * renderer makes (GitHub's slugger, as rehype-slug). An anchor into an article that is not
 * part of this run (`pressroom lint one.md`) is checked against that file as it is on disk.
 *
 * ok: `[Causes](#causes)` with a `## Causes` heading; `[Form](forms/intake.pdf)` when the file exists.
 * not-ok: `[Dosage](#dosage)` without such a heading → error at the link, listing the anchors there are.
 * not-ok: `[Old](../../archive/x.md)` → error at the link: outside the content folder.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { byCloseness } from '../../diagnostics/did-you-mean.ts';
import type { Rule } from '../rule.ts';
import { headingAnchors, type Collection } from '../collection.ts';
import { MAX_FILE_BYTES, markdownParser } from '../../content/markdown.ts';
import { linkUrls } from '../link-nodes.ts';
import { resolveLocalPath, type LocalTarget } from '../../content/local-path.ts';
import { showUrl, urlKind } from '../../content/url-kind.ts';

const MAX_LISTED = 5;

export const internalLink: Rule = {
  id: 'internal-link',
  async check({ file, tree, config, collection, report }) {
    const self = path.resolve(file.cwd, file.path);
    const ownAnchors = collection.byPath.get(self)?.anchors ?? headingAnchors(tree);
    for (const { node, url } of linkUrls(tree)) {
      const kind = urlKind(url);
      const shown = showUrl(url);
      if (kind.kind === 'empty') {
        report('Unexpected empty link target, expected a URL or a relative path; fill in the link or remove it', node);
        continue;
      }
      if (kind.kind === 'absolute-path') {
        report(`Unexpected absolute path \`${shown}\`, expected a path relative to this article’s folder: \`/\` means the web server’s root, which the PDF and EPUB do not have`, node);
        continue;
      }
      // Schemes and `//host` are link-scheme's business.
      if (kind.kind !== 'relative') continue;
      if (kind.path === '') {
        // `#anchor` (or a bare `?query`): this article.
        const problem = kind.fragment === undefined ? undefined : anchorProblem(kind.fragment, ownAnchors, 'this article', shown);
        if (problem) report(problem, node);
        continue;
      }
      const target = await resolveLocalPath(kind.path, self, config.contentDir, (absolute) => collection.byPath.has(absolute));
      if (target.status !== 'file') {
        report(targetProblem(target, shown), node);
        continue;
      }
      if (kind.fragment === undefined) continue;
      const anchors = target.absolute === self ? ownAnchors : (collection.byPath.get(target.absolute)?.anchors ?? (await anchorsOnDisk(collection, target.absolute)));
      const where = target.absolute === self ? 'this article' : `\`${target.relative}\``;
      const problem = anchors && anchorProblem(kind.fragment, anchors, where, shown);
      if (problem) report(problem, node);
    }
  },
  examples: [
    {
      name: 'ok: a heading here and one in another article',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Rest

See [rest](#rest) and [neck stretches](neck-pain.md#stretches).
`,
      messages: [],
    },
    {
      name: 'not-ok: an anchor with no heading',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

## Rest

See [the dose](#dosage).
`,
      messages: ['12:5'],
    },
    {
      name: 'not-ok: a file outside the content folder',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

See [the old page](../../archive/old.md).
`,
      messages: ['10:5'],
    },
  ],
};

/** Anchors of the articles outside the run, read at most once per run. */
const outsideRun = new WeakMap<Collection, Map<string, Promise<Set<string> | undefined>>>();

/**
 * The heading anchors of a Markdown file that is not part of this run.
 *
 * @param collection The run (the cache lives as long as it does).
 * @param absolute Absolute path of a file inside the content folder.
 * @returns Its anchors, or undefined when it is not a Markdown file that can be read.
 */
function anchorsOnDisk(collection: Collection, absolute: string): Promise<Set<string> | undefined> {
  let cache = outsideRun.get(collection);
  if (!cache) outsideRun.set(collection, (cache = new Map()));
  let anchors = cache.get(absolute);
  if (!anchors) {
    anchors = readAnchors(absolute);
    cache.set(absolute, anchors);
  }
  return anchors;
}

async function readAnchors(absolute: string): Promise<Set<string> | undefined> {
  if (path.extname(absolute).toLowerCase() !== '.md') return undefined;
  try {
    const info = await stat(absolute);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
    return headingAnchors(markdownParser.parse(await readFile(absolute, 'utf8')));
  } catch {
    // A file that cannot be read or parsed is reported when it is linted itself.
    return undefined;
  }
}

/**
 * The message for a path that is not a file in the content folder.
 *
 * @param target What the path resolved to.
 * @param shown The URL as written, for the message.
 * @returns The reason.
 */
function targetProblem(target: Exclude<LocalTarget, { status: 'file' }>, shown: string): string {
  switch (target.status) {
    case 'malformed':
      return `Unexpected malformed percent-encoding in \`${shown}\`, expected \`%\` followed by two hex digits (a space is \`%20\`)`;
    case 'outside':
      return `Unexpected link \`${shown}\` out of the content folder${target.viaSymlink ? ' (through a symbolic link)' : ''}, expected a file inside it; only the content folder is published, so move the file in or link to its web address`;
    case 'missing':
      return `Cannot find \`${target.relative}\` (linked as \`${shown}\`) in the content folder${target.suggestion ? `; did you mean \`${target.suggestion}\`? File names are case-sensitive` : '; fix the path or add the file'}`;
    case 'folder':
      return `Unexpected link to the folder \`${target.relative || '.'}\` (\`${shown}\`), expected a file such as an article (\`.md\`) or a document`;
  }
}

/**
 * The message for an anchor the target does not have, if any.
 *
 * @param fragment The fragment as written (percent-encoded).
 * @param anchors The target's anchors.
 * @param where How to name the target in the message.
 * @param shown The URL as written.
 * @returns The reason, or undefined when the anchor exists.
 */
function anchorProblem(fragment: string, anchors: Set<string>, where: string, shown: string): string | undefined {
  let anchor: string;
  try {
    anchor = decodeURIComponent(fragment);
  } catch {
    return `Unexpected malformed percent-encoding in \`${shown}\`, expected \`%\` followed by two hex digits`;
  }
  if (anchor === '') return `Unexpected empty anchor in \`${shown}\`, expected a heading anchor after \`#\`${listAnchors('', anchors, where)}`;
  if (anchors.has(anchor)) return undefined;
  return `Cannot find the anchor \`#${anchor}\` (linked as \`${shown}\`): no heading in ${where} has it${listAnchors(anchor, anchors, where)}`;
}

/**
 * The anchors a target has, closest to the wanted one first, at most five.
 *
 * @param wanted The anchor that was not found.
 * @param anchors The target's anchors.
 * @param where How to name the target.
 * @returns `; anchors in X: …` text for the message.
 */
function listAnchors(wanted: string, anchors: Set<string>, where: string): string {
  if (anchors.size === 0) return `; ${where} has no headings, so link to it without \`#\``;
  const sorted = byCloseness(wanted, anchors);
  const listed = sorted.slice(0, MAX_LISTED).map((anchor) => `\`#${anchor}\``).join(', ');
  const more = anchors.size > MAX_LISTED ? ` and ${anchors.size - MAX_LISTED} more` : '';
  return `; anchors in ${where}: ${listed}${more}`;
}
