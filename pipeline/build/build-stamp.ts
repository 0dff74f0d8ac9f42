/**
 * The nothing-changed fast path. After a complete build the output folder holds a stamp: the
 * fingerprint of every input (pressroom's code and lock file, the command's options, every file of
 * the content folder with the config, the dictionary and the images), the stat of every output, the
 * review dates the freshness rule grades, and what the build reported. A later build whose inputs
 * hash the same, whose outputs are where the stamp left them, and whose review findings come out
 * the same for today, repeats that report without loading the pipeline: no parse, no lint, no browser.
 * Anything else (and `--force`) takes the full build, which checks every output byte for byte.
 * Paths are stored relative to the working directory (articles) and the output folder (outputs),
 * so an output folder moved or restored from a CI cache keeps its stamp.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { codeFingerprint, fingerprint } from './build-cache.ts';
import { writeIfChanged } from './write.ts';
import { localDate, reviewFinding, type ReviewLimits } from '../lint/review-dates.ts';
import { restoreMessages, storeMessage, type StoredMessage } from '../stages/lint-cache.ts';
import '../types.ts';

const STAMP = '.pressroom-stamp.json';

/** What a build reported about one file (an article, a book or the config). */
interface StampedFile {
  path: string;
  messages: StoredMessage[];
  /** Output files by kind (`html`, `pdf`, `pdf-large`…), relative to the output folder. */
  outputs: Record<string, string>;
}

/** The options of a build that its outputs depend on (not `--out`: a moved folder stays valid). */
export interface StampOptions {
  paths: string[];
  cwd: string;
  configPath?: string;
  date?: string;
  formats: string[];
  outDir: string;
}

interface Stamp {
  version: 1;
  key: string;
  /** Relative to the working directory. */
  contentDir: string;
  configPath: string;
  /** `lint.today` of the config; the command's `--date` wins over it. */
  configToday?: string;
  /** Review dates the freshness rule grades, with its limits; undefined when the rule is off. */
  review?: ReviewLimits & { dates: string[] };
  findings: string;
  /** Output (relative to the output folder) → [size, mtime in ms]. */
  outputs: Record<string, [number, number]>;
  report: {
    config?: StampedFile;
    files: StampedFile[];
    extra: StampedFile[];
    rendered: string[];
    drafts: string[];
    skipped: string[];
    upToDate: string[];
  };
}

/** What a stamp holds of a finished build: its report and what the next run checks. */
export interface StampData {
  contentDir: string;
  configPath: string;
  configToday?: string;
  review?: ReviewLimits & { dates: string[] };
  /** The `today` the build graded reviews with. */
  today: string;
  /** Absolute paths of every output the build owns, with the cache manifests. */
  outputs: string[];
  config?: VFile;
  files: VFile[];
  extra: VFile[];
  rendered: VFile[];
  drafts: VFile[];
  skipped: VFile[];
  upToDate: string[];
}

/** A build repeated from its stamp, in the shape `build` returns. */
export interface ReplayedBuild extends Pick<StampData, 'files' | 'extra' | 'rendered' | 'drafts' | 'skipped' | 'upToDate'> {
  configFile?: VFile;
  removed: string[];
  usageErrors: string[];
  timings: Record<string, number>;
}

/**
 * Remove the stamp: a build that may change outputs does so first, so an interrupted build is never taken as complete.
 *
 * @param outDir Output folder.
 */
export async function dropStamp(outDir: string): Promise<void> {
  await rm(path.join(outDir, STAMP), { force: true });
}

/**
 * Record a complete build.
 *
 * @param options The build's options.
 * @param data Its inputs, outputs and report.
 */
export async function writeStamp(options: StampOptions, data: StampData): Promise<void> {
  const { cwd, outDir } = options;
  const key = await inputsKey(options, path.resolve(cwd, data.contentDir), path.resolve(cwd, data.configPath));
  const outputs: Stamp['outputs'] = {};
  for (const output of [...new Set(data.outputs)].sort()) {
    const info = await stat(output).catch(() => undefined);
    if (!info) return;
    outputs[toPosix(path.relative(outDir, output))] = [info.size, info.mtimeMs];
  }
  const stored = (file: VFile): StampedFile => ({
    path: file.path,
    messages: file.messages.map(storeMessage),
    outputs: Object.fromEntries(Object.entries(file.data.outputs ?? {}).map(([kind, output]) => [kind, toPosix(path.relative(outDir, output))])),
  });
  const stamp: Stamp = {
    version: 1,
    key,
    contentDir: toPosix(data.contentDir),
    configPath: toPosix(data.configPath),
    configToday: data.configToday,
    review: data.review,
    findings: findings(data.review, data.today),
    outputs,
    report: {
      config: data.config && stored(data.config),
      files: data.files.map(stored),
      extra: data.extra.map(stored),
      rendered: data.rendered.map((file) => file.path),
      drafts: data.drafts.map((file) => file.path),
      skipped: data.skipped.map((file) => file.path),
      upToDate: data.upToDate,
    },
  };
  await writeIfChanged(path.join(outDir, STAMP), JSON.stringify(stamp));
}

/**
 * Repeat the last build when nothing it depends on changed.
 *
 * @param options The build's options.
 * @returns The last build's report, or undefined when a full build is needed.
 */
export async function replayBuild(options: StampOptions): Promise<ReplayedBuild | undefined> {
  const started = performance.now();
  const { cwd, outDir } = options;
  let stamp: Stamp;
  try {
    stamp = JSON.parse(await readFile(path.join(outDir, STAMP), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
  if (stamp.version !== 1) return undefined;
  // Outputs first (cheapest): a file rewritten, removed or restored without its times means a full build, which checks bytes.
  for (const [output, [size, mtime]] of Object.entries(stamp.outputs)) {
    const info = await stat(path.resolve(outDir, output)).catch(() => undefined);
    if (!info || info.size !== size || info.mtimeMs !== mtime) return undefined;
  }
  const today = options.date ?? stamp.configToday ?? localDate(new Date());
  if (findings(stamp.review, today) !== stamp.findings) return undefined;
  const key = await inputsKey(options, path.resolve(cwd, stamp.contentDir), path.resolve(cwd, stamp.configPath));
  if (key !== stamp.key) return undefined;
  const restored = (stored: StampedFile) => {
    const file = new VFile({ path: stored.path, cwd });
    restoreMessages(file, stored.messages);
    file.data.outputs = Object.fromEntries(Object.entries(stored.outputs).map(([kind, output]) => [kind, path.resolve(outDir, output)]));
    return file;
  };
  const { report } = stamp;
  const files = report.files.map(restored);
  const named = new Map(files.map((file) => [file.path, file]));
  const byPath = (paths: string[]) => paths.map((name) => named.get(name)).filter((file) => file !== undefined);
  return {
    configFile: report.config && restored(report.config),
    files,
    extra: report.extra.map(restored),
    rendered: byPath(report.rendered),
    drafts: byPath(report.drafts),
    skipped: byPath(report.skipped),
    upToDate: report.upToDate,
    removed: [],
    usageErrors: [],
    timings: { replay: Math.round(performance.now() - started) },
  };
}

/** The review findings of every graded article for `today`: equal strings mean equal messages. */
function findings(review: Stamp['review'], today: string): string {
  if (!review) return '';
  return review.dates.map((date) => reviewFinding(date, today, review)?.reason ?? '').join('\n');
}

/** Fingerprint of everything a build's outputs and messages depend on, except the date. */
async function inputsKey(options: StampOptions, contentDir: string, configPath: string): Promise<string> {
  const parts: Array<string | Uint8Array> = [
    await codeFingerprint(),
    JSON.stringify({
      paths: options.paths,
      configPath: options.configPath ?? null,
      date: options.date ?? null,
      formats: options.formats,
      epoch: process.env.SOURCE_DATE_EPOCH ?? null,
    }),
    await readFile(configPath).catch(() => ''),
  ];
  const outDir = path.resolve(options.cwd, options.outDir);
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.join(entry.parentPath, entry.name))
    // Neither an output folder inside the content folder nor version-control data is an input.
    .filter((file) => file !== outDir && !file.startsWith(outDir + path.sep))
    .filter((file) => !path.relative(contentDir, file).split(path.sep).some((part) => part === 'node_modules' || part === '.git'))
    .sort();
  for (const file of files) parts.push(toPosix(path.relative(contentDir, file)), await readFile(file).catch(() => ''));
  return fingerprint(parts);
}

const toPosix = (file: string) => file.split(path.sep).join('/');
