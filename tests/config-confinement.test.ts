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
