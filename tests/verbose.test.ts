/**
 * `--verbose` prints each message's cause: the stack trace of an internal error, so it can be
 * reported; without it, reports stay one line per message.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { lintArticles } from '../pipeline/stages/lint.ts';
import type { Rule } from '../pipeline/lint/rule.ts';
import { preset } from '../pipeline/lint/preset.ts';
import { formatHuman } from '../pipeline/diagnostics/format-human.ts';
import { formatJson } from '../pipeline/diagnostics/format-json.ts';
import { formatGithub } from '../pipeline/diagnostics/format-github.ts';
import { main } from '../pipeline/cli.ts';
import { fixturesDir, frontmatter, testConfig } from './helpers/lint-markdown.ts';

/** A rule that fails the way a bug would: a TypeError deep in a helper. */
function readsMissingHeading(): never {
  const headings: Array<{ text: string }> = [];
  return headings[0].text as never;
}
const failing: Rule = { ...preset[0], check: () => void readsMissingHeading() };

async function internalError(): Promise<VFile> {
  const config = testConfig();
  const file = new VFile({ path: path.join(config.contentDir, 'article.md'), value: `${frontmatter()}\nText.\n`, cwd: config.contentDir });
  await parseArticles([file]);
  await validateArticles([file], config);
  await lintArticles([file], config, [failing]);
  return file;
}

describe('--verbose', () => {
  it('shows the stack trace of an internal error under its message, in every report format', async () => {
    const file = await internalError();
    const plain = formatHuman([file]);
    expect(plain).toMatch(/^.*article\.md:1:1 {2}error {2}Rule `duplicate-slug` failed on this file \(Cannot read properties of undefined \(reading 'text'\)\); please report this to the pressroom maintainers {2}internal-error\n✖ 1 error/);
    expect(plain).not.toContain('cause:');
    const verbose = formatHuman([file], { verbose: true });
    expect(verbose).toContain("internal-error\n    cause: TypeError: Cannot read properties of undefined (reading 'text')\n        at readsMissingHeading (");
    expect(verbose).toMatch(/verbose\.test\.ts:\d+:\d+\)/);
    const [json] = JSON.parse(formatJson([file], { verbose: true }));
    expect(json.messages[0].cause).toMatch(/^TypeError: Cannot read properties of undefined \(reading 'text'\)\n\s+at readsMissingHeading/);
    expect(JSON.parse(formatJson([file]))[0].messages[0]).not.toHaveProperty('cause');
    expect(formatGithub([file], { verbose: true })).toMatch(/internal-error::Rule `duplicate-slug` failed .*%0Acause: TypeError: Cannot read properties of undefined \(reading 'text'\)%0A\s+at readsMissingHeading/);
  });

  it('is a flag of lint and build, and changes nothing when no message has a cause', async () => {
    const cwd = path.join(fixturesDir, '..', '..');
    const run = async (args: string[]) => {
      let stdout = '';
      const code = await main(args, { cwd, color: false, stdout: (t) => void (stdout += t), stderr: () => undefined });
      return { code, stdout };
    };
    const quiet = await run(['lint', 'content', '--date', '2026-11-25']);
    const verbose = await run(['lint', 'content', '--date', '2026-11-25', '--verbose']);
    expect(verbose).toEqual(quiet);
    expect((await run(['build', '--help'])).stdout).toContain('--verbose          Also print what caused each message');
    expect((await run(['lint', '--help'])).stdout).toContain('--verbose');
  });
});
