#!/usr/bin/env node
// `make bench`: pressroom's speed and memory on a generated corpus of BENCH_N articles (default 100),
// against references measured in the same run: the floor (a warm Chromium printing the same handout
// pages), pandoc, remark-lint and md-to-pdf when installed. Every case runs once per round and the
// rounds (BENCH_RUNS, default 3) interleave them, so a busy machine slows all alike: read the ratios.
// Prints a table; writes the figures as JSON to output/bench.json (BENCH_JSON).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { writeCorpus } from './bench/corpus.js';
import { measure } from './bench/measure.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'pressroom.js');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const n = Number(process.env.BENCH_N ?? 100);
/** The md-to-pdf release the bench compares with (MIT; Node >= 12). */
const MD_TO_PDF_VERSION = '5.2.5';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const jsonPath = path.resolve(process.env.BENCH_JSON ?? path.join(root, 'output', 'bench.json'));
const work = mkdtempSync(path.join(tmpdir(), 'pressroom-bench-'));
const corpus = path.join(work, 'content');
const articles = writeCorpus(root, corpus, n);
const edited = articles[Math.floor(n / 2)];

const has = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const out = (name) => path.join(work, name);
const fresh = (dir) => (rmSync(dir, { recursive: true, force: true }), dir);
const pressroom = (...args) => measure(process.execPath, [cli, ...args]);
const remark = path.join(root, 'node_modules', '.bin', 'remark');

/** BENCH_ONLY=cold,floor runs only those cases (the 300-article memory run needs no more). */
const only = process.env.BENCH_ONLY?.split(',');
const { register } = await import('tsx/esm/api');
register();
const { findBrowser } = await import('../pipeline/render/browser/find-browser.ts');
const browserPath = findBrowser();
const mdToPdf = !only || only.includes('mdToPdf') ? installMdToPdf() : undefined;

/**
 * md-to-pdf, from PATH, or installed for this run into the scratch folder (never a project
 * dependency): its Puppeteer's browser download is skipped, it prints with the same Chromium.
 * Undefined when neither works (no registry): the table then has no md-to-pdf row.
 */
function installMdToPdf() {
  if (has('md-to-pdf')) return 'md-to-pdf';
  const prefix = path.join(work, 'md-to-pdf-install');
  try {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, `md-to-pdf@${MD_TO_PDF_VERSION}`], {
      stdio: 'ignore',
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' },
      timeout: 300_000,
    });
    return path.join(prefix, 'node_modules', '.bin', 'md-to-pdf');
  } catch {
    process.stderr.write(`bench: md-to-pdf is not installed and could not be installed from npm: no md-to-pdf row\n`);
    return undefined;
  }
}

/** Cases in the order each round runs them; `prepare` is not timed. */
const cases = [
  { id: 'version', label: 'pressroom --version', run: () => pressroom('--version') },
  { id: 'lint', label: 'lint', run: () => pressroom('lint', corpus) },
  { id: 'cold', label: 'cold build, all formats', run: () => pressroom('build', corpus, '--out', fresh(out('all'))) },
  { id: 'unchanged', label: 'rebuild, nothing changed', run: () => pressroom('build', corpus, '--out', out('all')) },
  {
    id: 'oneEdit',
    label: 'rebuild, one sentence added',
    prepare: (round) => appendFileSync(edited, `\nRest for a day or two if it hurts, round ${round + 1}.\n`),
    run: () => pressroom('build', corpus, '--out', out('all')),
  },
  { id: 'html', label: 'cold build, HTML only', run: () => pressroom('build', corpus, '--format', 'html', '--out', fresh(out('html'))) },
  { id: 'pdf', label: 'cold build, PDF only', run: () => pressroom('build', corpus, '--format', 'pdf', '--out', fresh(out('pdf'))) },
  { id: 'epub', label: 'cold build, EPUB only', run: () => pressroom('build', corpus, '--format', 'epub', '--out', fresh(out('epub'))) },
  { id: 'floor', label: 'floor: warm Chromium printing the handouts', run: async () => {
    const result = await measure(tsx, [path.join(root, 'bin', 'bench', 'floor.ts'), corpus, fresh(out('floor'))]);
    // Only the printing counts: the floor script times it itself.
    return { ...result, seconds: JSON.parse(result.stdout.trim().split('\n').pop()).seconds };
  } },
  ...(has('pandoc')
    ? [
        { id: 'pandocHtml', label: 'pandoc, HTML page per article', run: () => measure('sh', ['-c', `mkdir -p "$2" && for f in "$1"/*.md; do pandoc -s --metadata pagetitle=x "$f" -o "$2/$(basename "$f" .md).html" || exit 2; done`, 'sh', corpus, fresh(out('pandoc-html'))]) },
        { id: 'pandocEpub', label: 'pandoc, one EPUB of every article', run: () => measure('sh', ['-c', 'mkdir -p "$2" && pandoc --metadata title=Bench "$1"/*.md -o "$2/book.epub"', 'sh', corpus, fresh(out('pandoc-epub'))]) },
      ]
    : []),
  ...(existsSync(remark) ? [{ id: 'remarkLint', label: 'remark-cli, preset-lint-recommended', run: () => measure(remark, ['--no-config', '--use', 'remark-preset-lint-recommended', '--use', 'remark-frontmatter', '--quiet', corpus], { cwd: root }) }] : []),
  ...(mdToPdf ? [{ id: 'mdToPdf', label: 'md-to-pdf, one PDF per article', run: () => {
    // md-to-pdf writes each PDF beside its Markdown: print a copy of the corpus.
    const copy = fresh(out('md-to-pdf-corpus'));
    cpSync(corpus, copy, { recursive: true });
    return measure(mdToPdf, ['--launch-options', JSON.stringify({ executablePath: browserPath, args: ['--no-sandbox'] }), ...articles.map((file) => path.join(copy, path.basename(file)))]);
  } }] : []),
].filter(({ id }) => !only || only.includes(id));

const samples = Object.fromEntries(cases.map(({ id }) => [id, []]));
for (let round = 0; round < runs; round++) {
  for (const item of cases) {
    item.prepare?.(round);
    const result = await item.run();
    samples[item.id].push({ seconds: result.seconds, cpu: result.cpu, peakPss: result.peakPss, code: result.code });
    process.stderr.write(`round ${round + 1}/${runs} ${item.label}: ${result.seconds.toFixed(2)} s, ${result.cpu.toFixed(2)} s CPU\n`);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const med = (id) => (samples[id] ? median(samples[id].map((s) => s.seconds)) : undefined);
const cpu = (id) => (samples[id] ? median(samples[id].map((s) => s.cpu)) : undefined);
const pss = (id) => (samples[id] ? median(samples[id].map((s) => s.peakPss)) : undefined);
const floorAll = med('floor') + (med('pandocHtml') ?? 0) + (med('pandocEpub') ?? 0);
const has2 = (...ids) => ids.every((id) => samples[id]);
const targets = {
  version: { target: '< 0.2 s', ok: med('version') < 0.2 },
  lint: has2('lint', 'remarkLint') ? { ref: 'remarkLint', ratio: med('lint') / med('remarkLint'), target: '≤ 1.5 × remark-lint', ok: med('lint') <= 1.5 * med('remarkLint') } : {},
  cold: has2('cold', 'floor') ? { refSeconds: floorAll, ratio: med('cold') / floorAll, target: '≤ 1.2 × (floor + pandoc HTML + EPUB)', ok: med('cold') <= 1.2 * floorAll } : {},
  unchanged: { target: '< 0.5 s', ok: med('unchanged') < 0.5 },
  oneEdit: { target: '< 2 s', ok: med('oneEdit') < 2 },
  pdf: has2('pdf', 'floor') ? { ref: 'floor', ratio: med('pdf') / med('floor'), target: '≤ 1.3 × floor', ok: med('pdf') <= 1.3 * med('floor') } : {},
  mdToPdf: has2('pdf', 'mdToPdf') ? { ref: 'pdf', ratio: med('pdf') / med('mdToPdf'), target: 'PDF build faster than md-to-pdf (ratio: pressroom ÷ md-to-pdf)', ok: med('pdf') < med('mdToPdf') } : {},
};
const rows = cases.map(({ id, label }) => ({ id, label, median: med(id), cpu: cpu(id), seconds: samples[id].map((s) => s.seconds), ...targets[id] }));
const peak = pss('cold');

console.log(`pressroom bench: ${n} generated articles, median of ${runs} interleaved rounds`);
console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores (wall-clock ratios suffer on a busy machine; CPU seconds less)`);
console.log(`${'run'.padEnd(44)} ${'median'.padStart(8)}  ${'CPU'.padStart(8)}  ${'ratio'.padStart(6)}  target`);
for (const row of rows) {
  const ratio = row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`;
  const verdict = row.target ? `${row.target} ${row.ok ? 'met' : 'MISSED'}` : '';
  console.log(`${row.label.padEnd(44)} ${row.median.toFixed(2).padStart(6)} s  ${row.cpu.toFixed(2).padStart(6)} s  ${ratio.padStart(6)}  ${verdict}`);
}
if (samples.floor) console.log(`${'floor + pandoc HTML + pandoc EPUB'.padEnd(44)} ${floorAll.toFixed(2).padStart(6)} s`);
if (peak !== undefined) console.log(`${'peak memory, cold build (PSS, process tree)'.padEnd(44)} ${(peak / 2 ** 20).toFixed(0).padStart(6)} MB          < 1 GB ${peak < 2 ** 30 ? 'met' : 'MISSED'}`);
for (const id of ['pdf', 'floor', 'lint']) {
  if (pss(id) !== undefined) console.log(`${`peak memory, ${id} (PSS, process tree)`.padEnd(44)} ${(pss(id) / 2 ** 20).toFixed(0).padStart(6)} MB`);
}
mkdirSync(path.dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, JSON.stringify({ articles: n, runs, loadAverage: loadavg(), rows, floorPlusPandoc: floorAll, peakPssColdBytes: peak, peakPss: Object.fromEntries(cases.map(({ id }) => [id, pss(id)])) }, null, 1) + '\n');
console.log(`figures written to ${path.relative(process.cwd(), jsonPath) || jsonPath}`);
rmSync(work, { recursive: true, force: true });
