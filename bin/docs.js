#!/usr/bin/env node
// `make docs`: regenerate the README's rule and message tables from the message catalogue and
// the rules' examples. tests/readme.test.ts fails when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { updateReadme } = await import('../pipeline/docs/readme-tables.ts');
const readme = fileURLToPath(new URL('../README.md', import.meta.url));
const before = readFileSync(readme, 'utf8');
const after = updateReadme(before);
if (after === before) {
  console.log('README.md is up to date');
} else {
  writeFileSync(readme, after);
  console.log('README.md updated: its rule and message tables now follow the catalogue');
}
