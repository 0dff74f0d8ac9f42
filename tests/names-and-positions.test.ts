/**
 * Names and positions (issue 9): a YAML mistake gives one message, inside its line; file names
 * are printed escaped; `.MD` files are articles and `.markdown` files are named, not skipped;
 * a file name that is not UTF-8 gets its own message, not "broken symbolic link".
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { main } from '../pipeline/cli.ts';
import { parseYaml } from '../pipeline/yaml/parse-yaml.ts';
import { loadArticles } from '../pipeline/stages/load.ts';
import { frontmatter } from './helpers/lint-markdown.ts';

/** Syntax messages of a frontmatter, with each position checked to lie inside the file's lines. */
function yamlMessages(yaml: string) {
  const value = `---\n${yaml}---\n\nText.\n`;
  const file = new VFile({ path: 'a.md', value });
  parseYaml(yaml, file, 1, 'frontmatter-syntax');
  const lines = value.split('\n');
  for (const message of file.messages) {
    for (const point of [message.place && 'start' in message.place ? message.place.start : message.place, message.place && 'end' in message.place ? message.place.end : undefined]) {
      if (!point) continue;
      expect(point.line).toBeGreaterThanOrEqual(1);
      expect(point.line).toBeLessThanOrEqual(lines.length);
      expect(point.column).toBeLessThanOrEqual(lines[point.line - 1]!.length + 1);
    }
  }
  return file.messages.map((message) => [message.line, message.column, message.reason]);
}

describe('a YAML mistake', () => {
  it('tab indentation on several lines: one message, at the first tab', () => {
    expect(yamlMessages('title: A\nreviewed:\n\tby: Dana Whitfield\n\ton: 2026-01-01\nsummary: x\n')).toEqual([[4, 1, 'Unexpected tab used for indentation, expected spaces; fix the YAML syntax']]);
  });

  it('an unclosed quote: one message, at the quote that opened it', () => {
    expect(yamlMessages('title: "Unclosed\nsummary: x\ntype: guide\n')).toEqual([[2, 8, 'Invalid YAML: Missing closing "quote; fix the YAML syntax']]);
    expect(yamlMessages("type: guide\nsummary: 'It\\'s here\n")).toEqual([[3, 15, 'Invalid YAML: Unexpected scalar at node end; fix the YAML syntax']]);
  });

  it('a colon in a value: one message at the colon', () => {
    expect(yamlMessages('title: Back: pain\nsummary: x\n')).toEqual([[2, 8, 'Invalid YAML: Nested mappings are not allowed in compact mappings; fix the YAML syntax']]);
  });

  it('a key indented one space too far: one message, not the parser’s two', () => {
    expect(yamlMessages('reviewed:\n  by: Dana\n   on: 2026-01-01\n')).toEqual([[3, 7, 'Invalid YAML: Nested mappings are not allowed in compact mappings; fix the YAML syntax']]);
  });

  it('an unclosed flow sequence at the end of the text: inside the last line', () => {
    expect(yamlMessages('summary: x\ntags: [a, b')).toEqual([[3, 12, expect.stringMatching(/^Invalid YAML: /)]]);
  });
});

async function lintHuman(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(['lint', ...args], { cwd, color: false, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('file names', () => {
  it('an escape sequence or a newline in a file name never reaches the terminal raw', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-names-'));
    await writeFile(path.join(dir, 'pressroom.yaml'), 'lint:\n  today: "2026-11-25"\n');
    await writeFile(path.join(dir, 'evil\u001b]0;owned\u0007\nname.md'), '');
    const { code, stdout, stderr } = await lintHuman(['.'], dir);
    expect(code).toBe(1);
    expect(stdout + stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(stdout).toContain('evil\\x1b]0;owned\\x07\\x0aname.md:1:1  error  File is empty');
    const github = await lintHuman(['.', '--format', 'github'], dir);
    expect(github.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(github.stdout).toContain('file=evil\\x1b]0;owned\\x07\\x0aname.md');
  });

  it('finds `UPPER.MD` and names a `.markdown` file instead of skipping it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-ext-'));
    await writeFile(path.join(dir, 'pressroom.yaml'), 'lint:\n  today: "2026-11-25"\n');
    await writeFile(path.join(dir, 'UPPER.MD'), `${frontmatter({ slug: undefined })}\nRest for a day.\n`);
    await writeFile(path.join(dir, 'notes.Markdown'), `${frontmatter()}\nRest for a day.\n`);
    await writeFile(path.join(dir, 'README.markdown'), 'About this folder.\n');
    const { files } = await loadArticles([dir], dir, dir);
    expect(files.map((file) => [file.path, file.messages.map((message) => [message.ruleId, message.reason])])).toEqual([
      ['UPPER.MD', []],
      ['notes.Markdown', [['file-name', 'Unexpected extension `.Markdown`, expected `.md`; rename the file to `notes.md` so every tool and link treats it as an article']]],
    ]);
  });

  it('a file name that is not UTF-8 gets its own message, escaped, not "broken symbolic link"', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-latin1-'));
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'pressroom.yaml'), 'lint:\n  today: "2026-11-25"\n');
    await writeFile(path.join(dir, 'fine.md'), `${frontmatter()}\nRest for a day.\n`);
    // `café.md` in Latin-1: the byte 0xE9 alone is not UTF-8.
    await writeFile(Buffer.concat([Buffer.from(path.join(dir, 'sub', 'caf')), Buffer.from([0xe9]), Buffer.from('.md')]), `${frontmatter()}\nRest.\n`);
    const { files } = await loadArticles([dir], dir, dir);
    expect(files.map((file) => [file.path, file.messages.map((message) => [message.ruleId, message.reason])])).toEqual([
      ['fine.md', []],
      [
        path.join('sub', 'caf\\xe9.md'),
        [['file-name', 'File name is not valid UTF-8, so pressroom cannot name the article or link to it; rename the file (letters, digits and hyphens, ending in `.md`)']],
      ],
    ]);
    const { stdout } = await lintHuman(['.'], dir);
    expect(stdout).toContain('sub/caf\\xe9.md:1:1  error  File name is not valid UTF-8');
    expect(stdout).not.toContain('symbolic link');
  });
});
