#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on the fly (and caches it), so there is no build step.
import { register } from 'tsx/esm/api';

register();
const { runFromProcess } = await import('../pipeline/cli.ts');
await runFromProcess();
