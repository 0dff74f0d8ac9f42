#!/usr/bin/env node
// The CLI is written in TypeScript. It runs from a bundle precompiled by esbuild (bin/cli-bundle.js,
// made on the first run after any source change) and falls back to tsx, which compiles on the fly,
// when the bundle cannot be made. PRESSROOM_TSX=1 always runs the sources through tsx.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// `--version` alone answers before anything loads.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  process.exit(0);
}
const bundled = process.env.PRESSROOM_TSX ? undefined : await (await import('./cli-bundle.js')).precompiledCli();
if (bundled) {
  // Stack traces (`--verbose`) name the TypeScript sources.
  process.setSourceMapsEnabled(true);
  const { runFromProcess } = await import(pathToFileURL(bundled).href);
  await runFromProcess();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runFromProcess } = await import('../pipeline/cli.ts');
  await runFromProcess();
}
