import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, frontmatter, lintFiles, lintMarkdown, ofRule, placesOf, testConfig, type Found } from '../helpers/lint-markdown.ts';

const contentDir = path.join(fixturesDir, 'rules');
const config = testConfig({}, contentDir);

const placed = (found: Found[]) => placesOf(found, 'internal-link');

const at = (line: number, column = 1) => ({ ruleId: 'internal-link', line, column, severity: 'error' });

describe('internal-link', () => {
  it('accepts anchors of this article as rehype-slug makes them, and ignores web links', async () => {
    const body = [
      '## Causes',
      '',
      '## Treatment options',
      '',
      '## Causes',
      '',
      'See [causes](#causes), [more causes](#causes-1), [treatment](#treatment-options).',
      'Also [the clinic](https://clinic.example.org/#top) and [mail](mailto:frontdesk@clinic.example.org).',
      'A footnote is not a link.[^1]',
      '',
      '[^1]: Footnotes render their own back-links.',
    ].join('\n');
    expect(placed(await lintMarkdown(`${frontmatter()}${body}\n`, config))).toEqual([]);
  });

  it('reports anchors this article does not have, listing the closest ones', async () => {
    const body = [
      '## Causes', // 9
      '',
      '## Treatment options', // 11
      '',
      'See [dosage](#dosage).', // 13
      'See [Causes](#Causes).', // 14: anchors are lowercase
      'See [nothing](#).', // 15
      'See [bad](#%zz).', // 16
    ].join('\n');
    const found = await lintMarkdown(`${frontmatter()}${body}\n`, config);
    expect(placed(found)).toEqual([at(13, 5), at(14, 5), at(15, 5), at(16, 5)]);
    const reasons = ofRule(found, 'internal-link').map((m) => m.reason);
    expect(reasons[0]).toBe(
      'Cannot find the anchor `#dosage` (linked as `#dosage`): no heading in this article has it; anchors in this article: `#causes`, `#treatment-options`',
    );
    expect(reasons[1]).toMatch(/^Cannot find the anchor `#Causes`.*anchors in this article: `#causes`, `#treatment-options`$/);
    expect(reasons[2]).toMatch(/^Unexpected empty anchor in `#`/);
    expect(reasons[3]).toMatch(/^Unexpected malformed percent-encoding in `#%zz`/);
  });

  it('lists at most five anchors and says how many more there are', async () => {
    const headings = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'].flatMap((text) => [`## ${text}`, '']);
    const body = [...headings, 'See [six](#sixx).'].join('\n');
    const [message] = ofRule(await lintMarkdown(`${frontmatter()}${body}\n`, config), 'internal-link');
    expect(message).toMatchObject({ line: 23, column: 5 });
    expect(message.reason).toBe(
      'Cannot find the anchor `#sixx` (linked as `#sixx`): no heading in this article has it; anchors in this article: `#six`, `#five`, `#one`, `#two`, `#four` and 2 more',
    );
  });

  it('follows links to other articles of the run and checks their anchors', async () => {
    const a = [
      '## Overview', // 9
      '',
      '[b](b.md) [b again](./b.md#when-to-call) [via parent](../guides/b.md#self-care)', // 11
      '[missing anchor](b.md#dosage)', // 12
      '[self](a.md#overview) [self, wrong](a.md#nope)', // 13
      '[with query](b.md?print=1#self-care)', // 14
    ].join('\n');
    const b = ['## Self-care', '', '## When to call', '', 'Back to [a](a.md#overview).'].join('\n');
    const found = await lintFiles({ 'guides/a.md': `${frontmatter()}${a}\n`, 'guides/b.md': `${frontmatter()}${b}\n` }, config);
    expect(placed(found['guides/a.md'])).toEqual([at(12), at(13, 23)]);
    // `a.md` now has errors, so it is not published: `b.md`'s link to it is refused too.
    expect(placed(found['guides/b.md'])).toEqual([at(13, 9)]);
    expect(ofRule(found['guides/b.md'], 'internal-link')[0].reason).toBe(
      'Unexpected link to `guides/a.md`, which has errors (see its messages) and so is not published; publish it, or remove the link (its words can stay)',
    );
    const reasons = ofRule(found['guides/a.md'], 'internal-link').map((m) => m.reason);
    expect(reasons[0]).toBe(
      'Cannot find the anchor `#dosage` (linked as `b.md#dosage`): no heading in `guides/b.md` has it; anchors in `guides/b.md`: `#self-care`, `#when-to-call`',
    );
    expect(reasons[1]).toMatch(/^Cannot find the anchor `#nope` \(linked as `a.md#nope`\): no heading in this article has it; anchors in this article: `#overview`$/);
  });

  it('accepts existing files in the content folder, decoding percent-encoding', async () => {
    const body = [
      '[Intake form](forms/intake.pdf) and [consent](forms/consent%20form.pdf) and [consent](<forms/consent form.pdf>).',
      '[Archived article](archive/old-article.md#background) (not linted in this run: its anchors are read from the file).',
    ].join('\n');
    expect(placed(await lintMarkdown(`${frontmatter()}${body}\n`, config))).toEqual([]);
  });

  it('checks anchors of an article that is not part of the run (Bug: `pressroom lint one.md` accepted any anchor into another article)', async () => {
    const body = 'Read the [archived article](archive/old-article.md#anything) first.';
    const found = await lintMarkdown(`${frontmatter()}${body}\n`, config);
    expect(placed(found)).toEqual([at(9, 10)]);
    expect(ofRule(found, 'internal-link')[0].reason).toBe(
      'Cannot find the anchor `#anything` (linked as `archive/old-article.md#anything`): no heading in `archive/old-article.md` has it; anchors in `archive/old-article.md`: `#background`',
    );
  });

  it('reports missing files, folders, absolute paths, empty links and links out of the content folder', async () => {
    // The article is in a subfolder, so paths are relative to `guides/`.
    const body = [
      '[a](../forms/missing.pdf)', // 9
      '[b](../forms/Intake.pdf)', // 10
      '[c](../forms/)', // 11
      '[d](/forms/intake.pdf)', // 12
      '[e]()', // 13
      '[f](../../outside.md)', // 14
      '[g](../forms/%zz.pdf)', // 15
      '[h](other-article.md)', // 16
    ].join('\n');
    const found = await lintMarkdown({ 'guides/page.md': `${frontmatter()}${body}\n` }, config);
    expect(placed(found)).toEqual([9, 10, 11, 12, 13, 14, 15, 16].map((line) => at(line)));
    const reasons = ofRule(found, 'internal-link').map((m) => m.reason);
    expect(reasons).toEqual([
      'Cannot find `forms/missing.pdf` (linked as `../forms/missing.pdf`) in the content folder; fix the path or add the file',
      'Cannot find `forms/Intake.pdf` (linked as `../forms/Intake.pdf`) in the content folder; did you mean `forms/intake.pdf`? File names are case-sensitive',
      'Unexpected link to the folder `forms` (`../forms/`), expected a file such as an article (`.md`) or a document',
      'Unexpected absolute path `/forms/intake.pdf`, expected a path relative to this article’s folder: `/` means the web server’s root, which the PDF and EPUB do not have',
      'Unexpected empty link target, expected a URL or a relative path; fill in the link or remove it',
      'Unexpected link `../../outside.md` out of the content folder, expected a file inside it; only the content folder is published, so move the file in or link to its web address',
      'Unexpected malformed percent-encoding in `../forms/%zz.pdf`, expected `%` followed by two hex digits (a space is `%20`)',
      'Cannot find `guides/other-article.md` (linked as `other-article.md`) in the content folder; fix the path or add the file',
    ]);
  });

  describe('symbolic links', () => {
    let root: string;
    afterAll(async () => {
      if (root) await rm(root, { recursive: true, force: true });
    });

    it('reports a link that leaves the content folder through a symbolic link', async () => {
      root = await mkdtemp(path.join(os.tmpdir(), 'pressroom-internal-link-'));
      const content = path.join(root, 'content');
      await mkdir(path.join(content, 'forms'), { recursive: true });
      await writeFile(path.join(root, 'private.pdf'), '%PDF-1.4\n');
      await writeFile(path.join(content, 'forms', 'intake.pdf'), '%PDF-1.4\n');
      await symlink(path.join(root, 'private.pdf'), path.join(content, 'forms', 'leak.pdf'));
      await symlink(path.join(content, 'forms', 'intake.pdf'), path.join(content, 'forms', 'alias.pdf'));
      const body = '[Alias](forms/alias.pdf) and [leak](forms/leak.pdf).';
      const found = await lintMarkdown(`${frontmatter()}${body}\n`, testConfig({}, content));
      expect(placed(found)).toEqual([at(9, 30)]);
      expect(ofRule(found, 'internal-link')[0].reason).toMatch(/^Unexpected link `forms\/leak.pdf` out of the content folder \(through a symbolic link\)/);
    });
  });
});
