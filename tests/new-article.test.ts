import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTypes } from '../pipeline/config/builtin-types.ts';
import { fixturesDir } from './helpers/lint-markdown.ts';
import { runCli as run } from './helpers/run-cli.ts';

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-new-'));
  await cp(path.join(fixturesDir, 'build'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

const lint = async (dir: string, file: string) => {
  const { stdout } = await run(['lint', file, '--format', 'json'], dir);
  return (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; line: number; severity: string }> }>)[0]!.messages;
};

/** What a writer does: every placeholder replaced by real text. */
function fillIn(text: string): string {
  return text
    .replace(/^title: .*$/m, 'title: Knee pain after a run')
    .replace(/^summary: .*$/m, 'summary: Why a knee can hurt after a run, and what helps.')
    .replace(/^ {2}by: .*$/m, '  by: Dana Whitfield, DPT')
    .replace(/^ {2}- title: .*$/m, '  - title: Knee injuries (MedlinePlus)')
    .replace(/^Fill this in: the signs.*$/m, '- a knee that gives way\n- a knee you cannot bend')
    .replace(/^Fill this in: .*$/gm, 'Rest your knee and use ice for fifteen minutes.');
}

describe('pressroom new', () => {
  for (const type of Object.keys(builtinTypes)) {
    it(`writes a ${type} whose only lint errors are its placeholders, and that lints clean once filled in`, async () => {
      const dir = await project();
      const made = await run(['new', 'knee-pain', '--type', type, '--date', '2026-11-20'], dir);
      expect(made).toMatchObject({ code: 0, stderr: '' });
      expect(made.stdout).toContain('wrote content/knee-pain.md');
      const file = path.join(dir, 'content', 'knee-pain.md');
      const text = await readFile(file, 'utf8');
      expect(text).toContain(`type: ${type}\n`);
      expect(text).toContain('  on: 2026-11-20\n');
      for (const section of builtinTypes[type]!.sections) expect(text).toContain(`\n## ${section.heading}\n`);
      const placeholders = text.split('\n').flatMap((line, index) => (line.includes('Fill this in:') ? [index + 1] : []));
      expect(placeholders.length).toBeGreaterThan(2);
      const messages = await lint(dir, 'content/knee-pain.md');
      expect(messages.map((m) => [m.ruleId, m.severity])).toEqual(placeholders.map(() => ['placeholder', 'error']));
      expect(messages.map((m) => m.line)).toEqual(placeholders);
      // The build refuses it while it has placeholders.
      expect((await run(['build', 'content/knee-pain.md', '--format', 'html'], dir)).stderr).toContain('skipped content/knee-pain.md');
      await writeFile(file, fillIn(text));
      expect(await lint(dir, 'content/knee-pain.md')).toEqual([]);
    });
  }

  it('refuses to overwrite, and explains a bad slug or type', async () => {
    const dir = await project();
    expect((await run(['new', 'heat-and-cold', '--date', '2026-11-20'], dir))).toMatchObject({
      code: 2,
      stderr: 'pressroom new: content/heat-and-cold.md already exists; pick another slug or edit that article\n',
    });
    expect(await readFile(path.join(dir, 'content', 'heat-and-cold.md'), 'utf8')).toContain('Heat and cold for sore muscles');
    expect((await run(['new', 'Knee Pain'], dir)).stderr).toContain('Unexpected slug `Knee Pain`, expected lowercase words joined by hyphens');
    expect((await run(['new', 'knee-pain', '--type', 'recipe'], dir)).stderr).toContain('Unexpected type `recipe`, expected one of `condition`, `guide`');
  });
});
