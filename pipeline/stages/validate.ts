/**
 * Frontmatter → a validated `Article` on `file.data.article`, or errors placed on the YAML
 * node at fault. A file without valid frontmatter is still linted for its body.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { Yaml } from 'mdast';
import { articleSchema } from '../schema/article.ts';
import { languageTag } from '../config/schema.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import { parseYaml } from '../yaml/parse-yaml.ts';
import { reportSchemaIssues } from '../yaml/report-schema-issues.ts';
import { report } from '../diagnostics/report-message.ts';
import { toData } from '../yaml/to-data.ts';
import { guard } from './guard.ts';
import { isReservedSlug, slugFromPath } from '../content/slug.ts';
import { yamlPlace } from '../yaml/yaml-place.ts';
import '../types.ts';

/**
 * Validate the frontmatter of each parsed file.
 *
 * @param files Parsed files.
 * @param config Resolved config.
 */
export async function validateArticles(files: VFile[], config: ResolvedConfig): Promise<void> {
  const schema = articleSchema(config);
  for (const file of files) {
    if (file.data.stopped || !file.data.tree) continue;
    await guard(file, 'validate', () => validateArticle(file, schema, config));
  }
}

function validateArticle(file: VFile, schema: ReturnType<typeof articleSchema>, config: ResolvedConfig): void {
  const node = file.data.tree!.children.find((child): child is Yaml => child.type === 'yaml');
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
    return;
  }
  // The YAML text starts on the line after the opening `---`.
  const yaml = parseYaml(node.value, file, node.position!.start.line, 'frontmatter-syntax');
  if (!yaml) return;
  const raw = toData(yaml, file);
  if (raw === undefined) return;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    report(file, 'error', 'Unexpected frontmatter, expected a mapping of keys such as `title: …`', 'frontmatter-schema', node);
    return;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    // Keep the keys that are valid on their own, so type-dependent checks still run this time
    // instead of surfacing in a second round after the writer fixes a misspelt key.
    const fields = raw as Record<string, unknown>;
    if (typeof fields.type === 'string' && Object.hasOwn(config.types, fields.type)) file.data.articleType = fields.type;
    if (typeof fields.language === 'string' && languageTag.safeParse(fields.language).success) file.data.articleLanguage = fields.language;
    reportSchemaIssues(parsed.error.issues, schema, yaml, file, 'frontmatter-schema', 'the frontmatter');
    return;
  }
  // A translation shares its source's slug; its language keeps the outputs apart (content/page-name.ts).
  const slug = parsed.data.slug ?? parsed.data.translationOf ?? slugFromPath(file.path);
  if (slug === '') {
    // Every output file is named after the slug: `.html`, and the next such article would overwrite it.
    report(
      file,
      'error',
      `Missing slug: the file name \`${path.basename(file.path)}\` has no letters a–z or digits to make one; add \`slug:\` to the frontmatter, such as \`slug: back-pain\`, or rename the file`,
      'frontmatter-schema',
      { line: 1, column: 1 },
    );
  }
  if (isReservedSlug(slug)) {
    // Its page would be `index.html`, `search.html`…, which the web edition's own page overwrites.
    report(
      file,
      'error',
      `Unexpected slug \`${slug}\`: the web edition has its own \`${slug}.html\`, so this article's page cannot be published; set another \`slug:\` in the frontmatter${parsed.data.slug ? '' : ', or rename the file'}`,
      'slug-reserved',
      (parsed.data.slug ? yamlPlace(yaml, ['slug']) : undefined) ?? { line: 1, column: 1 },
    );
  }
  file.data.article = { ...parsed.data, slug };
}
