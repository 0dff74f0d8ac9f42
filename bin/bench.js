#!/usr/bin/env node
// `make bench`: wall-clock timings of the commands people wait for, on the sample content.
// Cold = empty output folder; unchanged = a second build with nothing changed. Medians of N runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'pressroom.js');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const out = mkdtempSync(path.join(tmpdir(), 'pressroom-bench-'));

function time(args) {
  const start = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'ignore' });
  } catch (error) {
    console.error(`pressroom ${args.join(' ')} exited with ${error.status}`);
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const cases = [
  ['startup (--version)', () => time(['--version'])],
  ['lint content/', () => time(['lint', 'content'])],
  ['build html, cold', () => (rmSync(out, { recursive: true, force: true }), time(['build', 'content', '--out', out, '--format', 'html']))],
  ['build html, unchanged', () => time(['build', 'content', '--out', out, '--format', 'html'])],
  ['build all, cold', () => (rmSync(out, { recursive: true, force: true }), time(['build', 'content', '--out', out]))],
  ['build all, unchanged', () => time(['build', 'content', '--out', out])],
];

console.log(`pressroom bench: median of ${runs} runs each, sample content`);
for (const [name, run] of cases) {
  const samples = Array.from({ length: runs }, run);
  console.log(`${name.padEnd(24)} ${median(samples).toFixed(0).padStart(6)} ms   (${samples.map((s) => s.toFixed(0)).join(', ')})`);
}
rmSync(out, { recursive: true, force: true });
