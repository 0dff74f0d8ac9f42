#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on the fly (and caches it), so there is no build step.
import { readFileSync } from 'node:fs';

// `--version` alone answers before tsx loads (about 0.2 s of start-up saved).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  process.exit(0);
}
const { register } = await import('tsx/esm/api');
register();
const { runFromProcess } = await import('../pipeline/cli.ts');
await runFromProcess();
