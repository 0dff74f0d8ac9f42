/**
 * Frontmatter → a validated `Article` on `file.data.article`, or errors placed on the YAML
 * node at fault. A file without valid frontmatter is still linted for its body.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { Yaml } from 'mdast';
import { articleSchema } from '../schema/article.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import { parseYaml } from '../yaml/parse-yaml.ts';
import { reportSchemaIssues } from '../yaml/report-schema-issues.ts';
import { report } from '../diagnostics/report-message.ts';
import '../types.ts';

/**
 * Validate the frontmatter of each parsed file.
 *
 * @param files Parsed files.
 * @param config Resolved config.
 */
export function validateArticles(files: VFile[], config: ResolvedConfig): void {
  const schema = articleSchema(config);
  for (const file of files) {
    if (file.data.stopped || !file.data.tree) continue;
    const node = file.data.tree.children.find((child): child is Yaml => child.type === 'yaml');
    if (!node) {
      const unclosed = /^(\uFEFF)?---\s*\r?\n/.test(String(file.value));
      report(
        file,
        'error',
        unclosed
          ? 'Unclosed frontmatter: add a line with `---` after the last frontmatter key'
          : 'Missing frontmatter: start the file with `---`, the keys title, summary, type and reviewed, then `---`',
        'frontmatter-schema',
        { line: 1, column: 1 },
      );
      continue;
    }
    // The YAML text starts on the line after the opening `---`.
    const yaml = parseYaml(node.value, file, node.position!.start.line, 'frontmatter-syntax');
    if (!yaml) continue;
    const raw: unknown = yaml.doc.toJS();
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      report(file, 'error', 'Unexpected frontmatter, expected a mapping of keys such as `title: …`', 'frontmatter-schema', node);
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      reportSchemaIssues(parsed.error.issues, schema, yaml, file, 'frontmatter-schema', 'the frontmatter');
      continue;
    }
    file.data.article = { ...parsed.data, slug: parsed.data.slug ?? slugFromPath(file.path) };
  }
}

function slugFromPath(filePath: string): string {
  return path
    .basename(filePath, path.extname(filePath))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
