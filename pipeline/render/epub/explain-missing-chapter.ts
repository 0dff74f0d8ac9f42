/**
 * Why a chapter slug of a book is not among the articles handed to the renderer: no article has
 * that slug, the article is a draft, or it has errors (or was left out of this build). The
 * renderer only sees renderable articles, so on this error path the content folder is read and
 * validated once more to tell these apart.
 */
import path from 'node:path';
import { didYouMean } from '../../diagnostics/did-you-mean.ts';
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../../config/resolve.ts';
import { loadArticles } from '../../stages/load.ts';
import { parseArticles } from '../../stages/parse.ts';
import { validateArticles } from '../../stages/validate.ts';
import '../../types.ts';

export interface ContentIndex {
  /** Explain one missing slug. */
  explain(slug: string): string;
}

/**
 * Read the content folder for explanations.
 *
 * @param config Resolved config.
 * @param cwd Working directory (paths in messages are relative to it).
 * @param renderable Slugs that were handed to the renderer.
 * @returns The index.
 */
export async function indexContent(config: ResolvedConfig, cwd: string, renderable: readonly string[]): Promise<ContentIndex> {
  let files: VFile[] = [];
  try {
    files = (await loadArticles([config.contentDir], cwd)).files;
    await parseArticles(files);
    await validateArticles(files, config);
  } catch {
    // Explanations are a courtesy; without them the message still names the slug.
    files = [];
  }
  const slugOf = (file: VFile) => file.data.article?.slug ?? path.basename(file.path, path.extname(file.path));
  const known = [...new Set([...renderable, ...files.map(slugOf)])];
  return {
    explain(slug) {
      const file = files.find((candidate) => slugOf(candidate) === slug);
      if (!file) {
        const suggestion = didYouMean(slug, known);
        return suggestion
          ? `no article has this slug; did you mean \`${suggestion}\`? A slug is the file name without \`.md\`, or the article’s \`slug:\``
          : 'no article in the content folder has this slug; fix the slug (the file name without `.md`, or the article’s `slug:`) or add the article';
      }
      if (file.data.article?.draft) return `\`${file.path}\` is a draft (\`draft: true\`); publish it or take the chapter out of the book`;
      const first = file.messages.find((message) => message.fatal);
      if (first) return `\`${file.path}\` has errors, such as ${first.line ? `line ${first.line}: ` : ''}${lowerFirst(first.reason)}; fix them (see its messages)`;
      return `\`${file.path}\` has errors (see its messages) or was not part of this build; fix them and build the whole content folder`;
    },
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
