/**
 * `pressroom new <slug>`: write a new article into the content folder, ready to fill in.
 * Refuses to overwrite an existing file.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.ts';
import { formatHuman } from '../diagnostics/format-human.ts';
import { SLUG_PATTERN } from '../schema/article.ts';
import { DEFAULT_PATHS } from '../check.ts';
import { newArticle } from './new-article.ts';
import type { CliIo } from './run-lint.ts';
import { parseDate } from './parse-date.ts';
import type { ParsedArgs } from './parse-args.ts';

/**
 * @param args Parsed arguments: one slug; `--type`, `--title`, `--dir`, `--config`, `--date`.
 * @param io Streams and environment.
 * @returns Exit code: 0 written, 2 usage or config problems.
 */
export async function runNew(args: ParsedArgs, io: CliIo): Promise<number> {
  const [slug, ...rest] = args.paths;
  const usage = (message: string) => (io.stderr(`pressroom new: ${message}\n`), 2);
  if (!slug || rest.length > 0) return usage('expected one slug, such as `pressroom new knee-pain`');
  if (!SLUG_PATTERN.test(slug)) return usage(`Unexpected slug \`${slug}\`, expected lowercase words joined by hyphens, such as \`knee-pain\``);
  const dir = typeof args.values.dir === 'string' ? args.values.dir : DEFAULT_PATHS[0]!;
  const { config, file } = await loadConfig(args.values.config as string | undefined, [dir], io.cwd);
  if (!config) {
    io.stderr(formatHuman(file ? [file] : [], { color: io.color }));
    return 2;
  }
  const type = String(args.values.type ?? 'condition');
  if (!config.types[type]) return usage(`Unexpected type \`${type}\`, expected one of ${Object.keys(config.types).map((name) => `\`${name}\``).join(', ')}`);
  const date = parseDate(args.values.date) ?? localDate(new Date());
  const target = path.join(path.resolve(io.cwd, dir), `${slug}.md`);
  const shown = path.relative(io.cwd, target) || target;
  try {
    // `wx`: fail instead of replacing a writer's article, even one created a moment ago.
    await writeFile(target, newArticle(config, type, date, args.values.title as string | undefined), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return usage(`${shown} already exists; pick another slug or edit that article`);
    if (code === 'ENOENT') return usage(`cannot write ${shown}: the folder \`${dir}\` does not exist (--dir names the content folder)`);
    throw error;
  }
  io.stdout(`wrote ${shown}: replace every "Fill this in:" (they are lint errors until you do), then run \`pressroom lint ${shown}\`\n`);
  return 0;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
