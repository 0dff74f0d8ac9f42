/**
 * `pressroom build` reports like `lint`: the summary counts every file checked, and
 * `--report human|json|github` picks the format (`--format` still names the output formats).
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from './helpers/lint-markdown.ts';
import { runCli as run } from './helpers/run-cli.ts';

async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-build-report-'));
  await cp(path.join(fixturesDir, 'build'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

const brokenLine = 'content/broken.md:12:1  error  Unexpected unknown directive `:::emergnecy`; did you mean `:::emergency`?  unknown-directive';

describe('pressroom build reports', () => {
  it('counts every file checked in the summary, not only those with messages (Bug: “1 error in 1 of 1 file” after checking 3)', async () => {
    const dir = await copyFixture();
    const { code, stderr } = await run(['build', 'content', '--format', 'html'], dir);
    expect(code).toBe(1);
    expect(stderr).toBe(`${brokenLine}\n✖ 1 error, 0 warnings in 1 of 3 files\nskipped content/broken.md: 1 error (see above); fix it to publish this article\n`);
  });

  it('--report json: stdout holds only JSON, one entry per file checked with its messages and outputs', async () => {
    const dir = await copyFixture();
    const { code, stdout, stderr } = await run(['build', 'content', '--format', 'html', '--report', 'json'], dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: 'content/broken.md',
        outputs: [],
        messages: [
          {
            line: 12,
            column: 1,
            endLine: 14,
            endColumn: 4,
            severity: 'error',
            ruleId: 'unknown-directive',
            message: 'Unexpected unknown directive `:::emergnecy`; did you mean `:::emergency`?',
          },
        ],
      },
      { file: 'content/heat-and-cold.md', outputs: ['output/html/heat-and-cold.html'], messages: [] },
      { file: 'content/unfinished.md', outputs: [], messages: [] },
    ]);
    // What was written and skipped still reaches people, on stderr.
    expect(stderr).toContain('content/heat-and-cold.md → output/html/heat-and-cold.html');
    expect(stderr).toContain('skipped content/unfinished.md: draft');
  });

  it('--report github: workflow annotations on stdout, at the file, line and column lint would name', async () => {
    const dir = await copyFixture();
    const build = await run(['build', 'content', '--format', 'html', '--report', 'github'], dir);
    const lint = await run(['lint', 'content', '--format', 'github'], dir);
    const annotation =
      '::error file=content/broken.md,line=12,col=1,endLine=14,endColumn=4,title=pressroom unknown-directive::Unexpected unknown directive `:::emergnecy`; did you mean `:::emergency`?';
    expect(build.code).toBe(1);
    expect(build.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([annotation]);
    expect(lint.stdout).toBe(`${annotation}\n`);
  });

  it('--report human is the default; an unknown report format is a usage error naming the choices', async () => {
    const dir = await copyFixture();
    const human = await run(['build', 'content', '--format', 'html', '--report', 'human'], dir);
    expect(human.stderr).toContain(brokenLine);
    const bad = await run(['build', 'content', '--report', 'xml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unexpected value `xml` for --report, expected human, json, github');
    expect((await run(['build', '--help'], dir)).stdout).toMatch(/-r, --report NAME\s+Report format, as `lint --format`: human \(default\), json/);
  });

  it('a clean build says how many files it checked', async () => {
    const dir = await copyFixture();
    const { code, stderr } = await run(['build', 'content/heat-and-cold.md', '--format', 'html'], dir);
    expect(code).toBe(0);
    expect(stderr).toBe('✔ 1 file checked, no problems\n');
  });
});
