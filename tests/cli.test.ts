import { execFile } from 'node:child_process';
import { mkdtemp, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from './helpers/lint-markdown.ts';
import { runCli } from './helpers/run-cli.ts';

const cliFixtures = path.join(fixturesDir, 'cli');
const root = path.resolve(fixturesDir, '..', '..');

/** Run the CLI in-process with captured streams. */
const run = (args: string[], cwd = cliFixtures) => runCli(args, cwd);

describe('pressroom --help and --version', () => {
  it('prints help generated from the flags', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: pressroom <command>');
    expect(stdout).toMatch(/lint\s+Check articles/);
    expect(stdout).toMatch(/build\s+Lint, then render/);
    const lint = await run(['lint', '--help']);
    expect(lint.stdout).toContain('--max-warnings N');
    expect(lint.stdout).toContain('-f, --format NAME');
  });
  it('prints the version from package.json', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
  it('exits 2 on usage errors', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    const bad = await run(['lint', '--nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--nope'");
    expect((await run(['lint', 'good', '--format', 'xml'])).stderr).toContain('expected human, json, github');
    expect((await run(['lint', 'good', '--max-warnings', 'many'])).code).toBe(2);
    expect((await run(['lint', 'good', '--date', '2026-02-31'])).code).toBe(2);
  });
});

describe('pressroom lint', () => {
  it('exits 0 on clean content', async () => {
    const { code, stdout } = await run(['lint', 'good']);
    expect(code).toBe(0);
    expect(stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('reports every file, exits 1 when one is broken, and keeps checking the others', async () => {
    const { code, stdout } = await run(['lint', 'mixed']);
    expect(code).toBe(1);
    expect(stdout).toContain('mixed/b-broken.md:5:1  error  Unexpected unknown key `reviwed` in the frontmatter; did you mean `reviewed`?  frontmatter-schema');
    expect(stdout).toMatch(/✖ \d+ errors?, 0 warnings in 1 of 3 files\n$/);
  });

  it('--format json prints only JSON with every file', async () => {
    const { code, stdout } = await run(['lint', 'mixed', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Array<{ file: string; messages: Array<Record<string, unknown>> }>;
    expect(report.map((entry) => entry.file)).toEqual(['mixed/a-good.md', 'mixed/b-broken.md', 'mixed/c-good.md']);
    expect(report[1].messages[0]).toEqual({
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 8,
      severity: 'error',
      ruleId: 'frontmatter-schema',
      message: 'Unexpected unknown key `reviwed` in the frontmatter; did you mean `reviewed`?',
    });
    expect(report[0].messages).toEqual([]);
  });

  it('--format github prints workflow commands', async () => {
    const { stdout } = await run(['lint', 'mixed', '--format', 'github']);
    expect(stdout.split('\n')[0]).toBe(
      '::error file=mixed/b-broken.md,line=5,col=1,endLine=5,endColumn=8,title=pressroom frontmatter-schema::Unexpected unknown key `reviwed` in the frontmatter; did you mean `reviewed`?',
    );
  });

  it('--max-warnings fails on too many warnings', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-warn-'));
    await cp(path.join(cliFixtures, 'good'), dir, { recursive: true });
    // A review 13 months old is a warning.
    const article = path.join(dir, 'heat-and-cold.md');
    const { readFile } = await import('node:fs/promises');
    await writeFile(article, (await readFile(article, 'utf8')).replace('on: 2026-06-01', 'on: 2025-10-01'));
    expect((await run(['lint', dir])).code).toBe(0);
    const over = await run(['lint', dir, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('pressroom: 1 warning, more than --max-warnings 0\n');
    expect((await run(['lint', dir, '--max-warnings', '5'])).code).toBe(0);
  });

  it('reports config errors with positions and exits 2', async () => {
    const { code, stdout } = await run(['lint', 'bad-config']);
    expect(code).toBe(2);
    expect(stdout).toContain('bad-config/pressroom.yaml:4:8  error  Unexpected value for `clinic.url` in the config');
    expect(stdout).toContain('bad-config/pressroom.yaml:6:3  error  Unexpected unknown key `clinic.emergancyNumber` in the config; did you mean `emergencyNumber`?');
    expect(stdout).toContain('bad-config/pressroom.yaml:8:10  error  Unexpected value for `defaults.paper` in the config: expected one of `letter`, `a4`');
  });

  it('reports unknown rule ids in lint.rules and bad content type names at their keys (Bug: `speling: off` was silently ignored)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-config-rules-'));
    await cp(path.join(cliFixtures, 'good'), dir, { recursive: true });
    const config = ['lint:', '  rules:', '    speling: off', '    frontmatter-schema: warning', '    long-sentence: info', 'types:', '  FAQ:', '    sections: []', ''];
    await writeFile(path.join(dir, 'pressroom.yaml'), config.join('\n'));
    const { code, stdout } = await run(['lint', dir]);
    expect(code).toBe(2);
    const lines = stdout.split('\n').map((line) => line.slice(line.indexOf('pressroom.yaml:')));
    expect(lines.slice(0, 1)).toEqual(['pressroom.yaml:7:3  error  Unexpected key `types.FAQ` in the config: expected a lowercase name such as `faq` or `home-exercise`  config-schema']);
    await writeFile(path.join(dir, 'pressroom.yaml'), config.slice(0, 5).join('\n') + '\n');
    const rules = await run(['lint', dir]);
    expect(rules.code).toBe(2);
    expect(rules.stdout.split('\n').slice(0, 2).map((line) => line.slice(line.indexOf('pressroom.yaml:')))).toEqual([
      'pressroom.yaml:3:5  error  Unexpected unknown key `lint.rules.speling` in the config; did you mean `spelling`?  config-schema',
      'pressroom.yaml:4:5  error  Unexpected unknown key `lint.rules.frontmatter-schema` in the config; `frontmatter-schema` reports files that cannot be checked and is always an error; remove it  config-schema',
    ]);
  });

  it('reports a missing --config file and exits 2', async () => {
    const { code, stdout } = await run(['lint', 'good', '--config', 'nowhere.yaml']);
    expect(code).toBe(2);
    expect(stdout).toContain('nowhere.yaml:1:1  error  Config file does not exist');
  });

  it('reports malformed config YAML at its position', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-config-'));
    await writeFile(path.join(dir, 'pressroom.yaml'), 'clinic:\n  name: [oops\n');
    await writeFile(path.join(dir, 'a.md'), '---\ntitle: x\n---\n');
    const { code, stdout } = await run(['lint', dir]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/pressroom\.yaml:\d+:\d+ {2}error {2}Invalid YAML/);
  });
});

describe('bad input never stops the others and never shows a stack trace', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-bad-'));
    await cp(path.join(cliFixtures, 'good'), dir, { recursive: true });
    await writeFile(path.join(dir, 'empty.md'), '  \n\n');
    await writeFile(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await writeFile(path.join(dir, 'latin1.md'), Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]));
    await writeFile(path.join(dir, 'huge.md'), '---\ntitle: x\n---\n' + 'word '.repeat(300_000));
    await writeFile(path.join(dir, 'not-a-mapping.md'), '---\njust a string\n---\n\nBody.\n');
    await writeFile(path.join(dir, 'malformed.md'), '---\ntitle: "unclosed\nsummary: x\n---\n\nBody.\n');
    await mkdir(path.join(dir, 'no-articles'));
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)];
    await writeFile(path.join(dir, 'alias-bomb.md'), `---\n${bomb.join('\n')}\n---\n\nBody.\n`);
    await writeFile(path.join(dir, 'deep.md'), '---\ntitle: x\n---\n\n' + '> '.repeat(3000) + 'deep\n');
    const { symlink } = await import('node:fs/promises');
    await writeFile(path.join(tmpdir(), 'pressroom-outside-secret.md'), '---\ntitle: secret\n---\n');
    await symlink(path.join(tmpdir(), 'pressroom-outside-secret.md'), path.join(dir, 'link.md'));
  });

  it('gives one clear diagnosis per bad file', async () => {
    const { code, stdout } = await run(['lint', dir, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Array<{ file: string; messages: Array<{ ruleId: string; line: number; message: string }> }>;
    const byName = Object.fromEntries(report.map((entry) => [path.basename(entry.file), entry.messages]));
    expect(byName['heat-and-cold.md']).toEqual([]);
    expect(byName['empty.md']).toMatchObject([{ ruleId: 'file-empty', line: 1 }]);
    expect(byName['binary.md']).toMatchObject([{ ruleId: 'file-encoding' }]);
    expect(byName['binary.md'][0].message).toContain('binary');
    expect(byName['latin1.md']).toMatchObject([{ ruleId: 'file-encoding', line: 2 }]);
    expect(byName['latin1.md'][0].message).toContain('UTF-8');
    expect(byName['huge.md']).toMatchObject([{ ruleId: 'file-too-large' }]);
    expect(byName['not-a-mapping.md']).toMatchObject([{ ruleId: 'frontmatter-schema', line: 1 }]);
    expect(byName['alias-bomb.md']).toMatchObject([{ ruleId: 'frontmatter-syntax', line: 2, column: 1 }]);
    expect(byName['deep.md']).toMatchObject([{ ruleId: 'file-too-deep', line: 5 }]);
    expect(byName['link.md']).toMatchObject([{ ruleId: 'file-outside', line: 1 }]);
    // At the quote that was never closed.
    expect(byName['malformed.md'][0]).toMatchObject({ ruleId: 'frontmatter-syntax', line: 2, column: 8 });
    expect(byName['malformed.md'][0].message).toContain('Missing closing "quote');
  });

  it('calls UTF-16 text what it is (Bug: it was reported as a binary file)', async () => {
    const utf16 = path.join(dir, '..', `${path.basename(dir)}-utf16.md`);
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\ntitle: Knee\n---\n', 'utf16le')]));
    const { code, stdout } = await run(['lint', utf16]);
    expect(code).toBe(1);
    expect(stdout).toContain(':1:1  error  File is UTF-16 text, not UTF-8; save it as UTF-8 text  file-encoding');
  });

  it('prints no “no problems” summary when no path could be read (Bug: “✔ 0 files checked, no problems” with exit code 2)', async () => {
    const { code, stdout, stderr } = await run(['lint', path.join(dir, 'nope.md')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('nope.md: no such file or folder; check the path');
    expect(JSON.parse((await run(['lint', path.join(dir, 'nope.md'), '--format', 'json'])).stdout)).toEqual([]);
  });

  it('names a missing path and a folder without articles, exits 2, and still lints the rest', async () => {
    const { code, stdout, stderr } = await run(['lint', path.join(dir, 'heat-and-cold.md'), path.join(dir, 'nope.md'), path.join(dir, 'no-articles')]);
    expect(code).toBe(2);
    expect(stderr).toContain('nope.md: no such file or folder; check the path');
    expect(stderr).toContain('no-articles: no articles (*.md files) in this folder');
    expect(stdout).toContain('1 file checked, no problems');
  });

  it('names a symbolic link whose target is missing, and prints no Node warning for odd YAML keys (Bug: “check its permissions”; a warning on stderr)', async () => {
    const { symlink } = await import('node:fs/promises');
    const odd = await mkdtemp(path.join(tmpdir(), 'pressroom-odd-'));
    await symlink(path.join(odd, 'gone.md'), path.join(odd, 'dangling.md'));
    await writeFile(path.join(odd, 'complex-key.md'), '---\n? [a, b]\n: c\n---\n\nText.\n');
    const exec = promisify(execFile);
    const result = await exec(process.execPath, [path.join(root, 'bin', 'pressroom.js'), 'lint', odd, '--format', 'json'], { cwd: root }).catch((error) => error);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Array<{ file: string; messages: Array<{ ruleId: string; message: string }> }>;
    const dangling = report.find((entry) => entry.file.endsWith('dangling.md'))!;
    expect(dangling.messages).toMatchObject([{ ruleId: 'file-unreadable', message: expect.stringContaining('symbolic link whose target is missing') }]);
  });

  it('the real executable prints no stack trace', async () => {
    const exec = promisify(execFile);
    const result = await exec(process.execPath, [path.join(root, 'bin', 'pressroom.js'), 'lint', dir], { cwd: root }).catch((error) => error);
    expect(result.code).toBe(1);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(result.stdout).toContain('binary.md:1:1  error  File is binary');
  });
});
