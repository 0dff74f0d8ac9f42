/**
 * An article given by path that resolves (after symbolic links) outside the content folder is
 * refused as the folder form refuses it (issue 9); one that stays inside is read.
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../pipeline/cli.ts';
import { frontmatter } from './helpers/lint-markdown.ts';

async function lintJson(args: string[], cwd: string) {
  let stdout = '';
  const code = await main(['lint', ...args, '--format', 'json'], { cwd, color: false, stdout: (t) => void (stdout += t), stderr: () => undefined });
  return { code, report: JSON.parse(stdout) as Array<{ file: string; messages: Array<{ ruleId: string; line: number }> }> };
}

describe('an article given by path is confined like the folder form', () => {
  it('refuses a link given directly that leads out of the content folder, reads one that stays inside', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'pressroom-confine-'));
    const content = path.join(base, 'content');
    await mkdir(path.join(content, 'sub'), { recursive: true });
    await writeFile(path.join(content, 'pressroom.yaml'), 'lint:\n  today: "2026-11-25"\n');
    const article = `${frontmatter()}\nRest for a day.\n`;
    await writeFile(path.join(base, 'secret.md'), article);
    await writeFile(path.join(content, 'inside.md'), article);
    await symlink(path.join(base, 'secret.md'), path.join(content, 'link.md'));
    await symlink(path.join(content, 'inside.md'), path.join(content, 'sub', 'near.md'));

    const out = await lintJson(['content/link.md'], base);
    expect(out.code).toBe(1);
    expect(out.report.map((entry) => entry.messages.map((message) => [message.ruleId, message.line]))).toEqual([[['file-outside', 1]]]);

    const near = await lintJson(['content/sub/near.md'], base);
    expect(near.report.map((entry) => entry.messages.map((message) => message.ruleId))).toEqual([[]]);
  });
});

describe('the files the config names are confined like content (issue 9)', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect width="9" height="9"/></svg>';

  /** A project whose content folder has a sibling `secret.png` outside it. */
  async function project(yaml: string) {
    const base = await mkdtemp(path.join(tmpdir(), 'pressroom-config-confine-'));
    const content = path.join(base, 'content');
    await mkdir(path.join(content, 'images'), { recursive: true });
    await writeFile(path.join(base, 'secret.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    await writeFile(path.join(base, 'secret.txt'), 'not for publishing\n');
    await writeFile(path.join(content, 'images', 'logo.svg'), svg);
    await writeFile(path.join(content, 'inside.md'), `${frontmatter()}\nRest for a day.\n`);
    await writeFile(path.join(content, 'pressroom.yaml'), `clinic:\n  name: Willow Creek Physical Therapy\n  phone: +1 555-0100\n  url: https://willowcreek.example.org/\n  address: 12 Alder Lane, Millbrook\n  emergencyNumber: "911"\n${yaml}lint:\n  today: "2026-11-25"\n`);
    return { base, content };
  }

  async function configMessages(base: string) {
    let stdout = '';
    const code = await main(['lint', 'content', '--format', 'json'], { cwd: base, color: false, stdout: (t) => void (stdout += t), stderr: () => undefined });
    const report = JSON.parse(stdout) as Array<{ file: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
    return { code, messages: report.filter((entry) => entry.file.endsWith('pressroom.yaml')).flatMap((entry) => entry.messages.map((m) => [m.ruleId, m.line, m.column, m.message])) };
  }

  it('refuses a logo given with `..`, at the YAML line of the key', async () => {
    const { base } = await project('  logo: ../secret.txt\n');
    expect(await configMessages(base)).toEqual({
      code: 2,
      messages: [['config-path', 7, 9, 'Unexpected logo `../secret.txt` out of the content folder, expected a file inside it; copy the image into the content folder; fix `clinic.logo` (relative to pressroom.yaml)']],
    });
  });

  it('refuses an absolute logo path outside the folder', async () => {
    const { base } = await project(`  logo: ${JSON.stringify(path.join(tmpdir(), 'elsewhere.png'))}\n`);
    const { messages } = await configMessages(base);
    expect(messages.map((m) => m.slice(0, 2))).toEqual([['config-path', 7]]);
    expect(messages[0]![3]).toMatch(/^Unexpected logo `.*elsewhere\.png` out of the content folder/);
  });

  it('refuses a logo that is a symbolic link out of the folder', async () => {
    const { base, content } = await project('  logo: images/logo.png\n');
    await symlink(path.join(base, 'secret.png'), path.join(content, 'images', 'logo.png'));
    expect((await configMessages(base)).messages).toEqual([
      ['config-path', 7, 9, 'Unexpected logo `images/logo.png` out of the content folder (through a symbolic link), expected a file inside it; copy the image into the content folder; fix `clinic.logo` (relative to pressroom.yaml)'],
    ]);
  });

  it('refuses a logo of the wrong type and one with active SVG content, and takes a clean SVG', async () => {
    const { base, content } = await project('  logo: images/logo.svg\n');
    expect((await configMessages(base)).messages).toEqual([]);
    await writeFile(path.join(content, 'images', 'logo.svg'), 'plain text');
    expect((await configMessages(base)).messages.map((m) => [m[0], m[1], String(m[3]).split(',')[0]])).toEqual([['config-path', 7, 'Unexpected content in `images/logo.svg`']]);
    await writeFile(path.join(content, 'images', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script></svg>');
    expect((await configMessages(base)).messages).toEqual([
      ['config-path', 7, 9, 'Unexpected active content in the image `images/logo.svg`: element `<script>` at line 2 of images/logo.svg; remove it, or export the image as PNG; fix `clinic.logo` (relative to pressroom.yaml)'],
    ]);
  });

  it('refuses a cover that is a symbolic link out, at the cover’s line', async () => {
    const { base, content } = await project('books:\n  - id: back\n    title: Back care\n    authors: [Willow Creek Physical Therapy]\n    identifier: urn:uuid:1b671a64-40d5-491e-99b0-da01ff1f3341\n    description: Back care at home.\n    chapters: [inside]\n    cover: images/cover.png\n');
    await symlink(path.join(base, 'secret.png'), path.join(content, 'images', 'cover.png'));
    expect((await configMessages(base)).messages).toEqual([
      ['config-path', 14, 12, 'Unexpected cover `images/cover.png` out of the content folder (through a symbolic link), expected an image inside it; copy the image into the content folder'],
    ]);
  });

  it('does not read a clinic word list that is a symbolic link out', async () => {
    const { base, content } = await project('');
    await symlink(path.join(base, 'secret.txt'), path.join(content, 'dictionary.txt'));
    const { code, messages } = await configMessages(base);
    expect(code).toBe(1);
    expect(messages).toEqual([
      ['config-path', 1, 1, 'Unexpected clinic word list `dictionary.txt`: a symbolic link out of the content folder, expected a file inside it; it is not read. Copy the file into the content folder'],
    ]);
  });
});
