import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './helpers/run-cli.ts';

const head = '---\ntitle: Knee pain\nsummary: Ways to ease knee pain.\ntype: guide\nreviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n---\n\n';
const defects = 'Rest for a hour -- then walk  to the the door. Keep it at 37˚C.\n\nIce it - not heat. Call 999 if you faint.\n';
const fixed = 'Rest for an hour — then walk to the door. Keep it at 37°C.\n\nIce it — not heat. Call 999 if you faint.\n';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-fix-'));
  await writeFile(path.join(dir, 'pressroom.yaml'), 'lint:\n  today: 2026-11-25\n');
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('pressroom lint --fix', () => {
  it('applies the safe fixes, writes the file, and reports what changed and what is left', async () => {
    const dir = await folder({ 'knee.md': head + defects });
    const { code, stdout, stderr } = await run(['lint', '.', '--fix', '--format', 'json'], dir);
    expect(await readFile(path.join(dir, 'knee.md'), 'utf8')).toBe(head + fixed);
    expect(stderr).toBe('pressroom: fixed 6 problems in knee.md (indefinite-article 1, typography 4, repeated-word 1)\n');
    // What is left: the foreign emergency number, which is not a mechanical fix, at its place in the fixed text.
    const report = JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>;
    expect(report[0].messages.map(({ ruleId, line, column }) => [ruleId, line, column])).toEqual([['emergency-number', 12, 25]]);
    expect(code).toBe(0);
    // No temporary file is left behind.
    expect((await readdir(dir)).sort()).toEqual(['knee.md', 'pressroom.yaml']);
  });

  it('prints a diff with --fix-dry-run and changes nothing', async () => {
    const dir = await folder({ 'knee.md': head + defects });
    const { stdout, stderr } = await run(['lint', '.', '--fix-dry-run'], dir);
    expect(await readFile(path.join(dir, 'knee.md'), 'utf8')).toBe(head + defects);
    expect(stderr).toContain('would fix 6 problems in knee.md');
    expect(stdout).toContain('--- a/knee.md\n+++ b/knee.md\n');
    expect(stdout).toContain('-Rest for a hour -- then walk  to the the door. Keep it at 37˚C.\n+Rest for an hour — then walk to the door. Keep it at 37°C.\n');
    expect(stdout).toContain('-Ice it - not heat. Call 999 if you faint.\n+Ice it — not heat. Call 999 if you faint.\n');
  });

  it('never touches a file whose frontmatter has a YAML syntax error', async () => {
    const broken = '---\ntitle: [Knee pain\nsummary: x\n---\n\nRest for a hour -- then walk.\n';
    const dir = await folder({ 'broken.md': broken });
    const { stderr } = await run(['lint', '.', '--fix'], dir);
    expect(await readFile(path.join(dir, 'broken.md'), 'utf8')).toBe(broken);
    expect(stderr).toContain('not fixing broken.md: its frontmatter has a YAML syntax error');
  });

  it('leaves a fix hidden by a pressroom-disable comment alone', async () => {
    const text = `${head}<!-- pressroom-disable typography -->\nRest -- then walk.\n<!-- pressroom-enable typography -->\n`;
    const dir = await folder({ 'knee.md': text });
    const { stderr } = await run(['lint', '.', '--fix'], dir);
    expect(stderr).toBe('pressroom: nothing to fix\n');
    expect(await readFile(path.join(dir, 'knee.md'), 'utf8')).toBe(text);
  });
});
