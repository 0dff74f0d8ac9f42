import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, frontmatter, lintMarkdown, ofRule, placesOf, testConfig, type Found } from '../helpers/lint-markdown.ts';

const config = testConfig({}, path.join(fixturesDir, 'rules'));

const placed = (found: Found[]) => placesOf(found, 'image-source');

const at = (line: number, column = 1) => ({ ruleId: 'image-source', line, column, severity: 'error' });

describe('image-source', () => {
  // PNG is accepted in the symbolic-link test below (the repository ignores *.png files, so there is no PNG fixture).
  it('accepts JPEG, GIF, WebP and SVG files in the content folder, by relative path', async () => {
    const body = [
      '![JPEG](./images/photo.jpg) ![GIF](images/anim.gif)',
      '![WebP](images/pic.webp) ![SVG](images/diagram.svg#square) ![Chart](images/x-ray%20chart.svg)',
      '![Chart](<images/x-ray chart.svg>) ![Referenced][ref]',
      '',
      '[ref]: images/photo.jpg',
    ].join('\n');
    expect(placed(await lintMarkdown(`${frontmatter()}${body}\n`, config))).toEqual([]);
  });

  it('reports an SVG with active content at the image, as the build refuses it (Markdown and raw <img>)', async () => {
    const body = ['Intro.', '', '![Chart](images/active.svg)', '', 'Text <img src="images/active.svg" alt="Chart"> here.'].join('\n');
    const found = await lintMarkdown(`${frontmatter()}${body}\n`, config);
    expect(placed(found)).toEqual([at(11), at(13, 6)]);
    expect(ofRule(found, 'image-source')[0].reason).toBe(
      'Unexpected active content in the image `images/active.svg`: element `<script>` at line 1 of images/active.svg; remove it, or export the image as PNG',
    );
  });

  it('accepts paths from an article in a subfolder', async () => {
    const found = await lintMarkdown({ 'guides/page.md': `${frontmatter()}![Square](../images/diagram.svg)\n` }, config);
    expect(placed(found)).toEqual([]);
  });

  it('reports remote, data, other-scheme and absolute sources', async () => {
    const body = [
      '![a](https://cdn.example.org/spine.png)', // 9
      '![b](//cdn.example.org/spine.png)', // 10
      '![c](data:image/png;base64,iVBORw0KGgo=)', // 11
      '![d](file://server/share/spine.png)', // 12
      '![e](/images/photo.jpg)', // 13
      '![f](<>)', // 14
    ].join('\n');
    const found = await lintMarkdown(`${frontmatter()}${body}\n`, config);
    expect(placed(found)).toEqual([9, 10, 11, 12, 13, 14].map((line) => at(line)));
    const reasons = ofRule(found, 'image-source').map((m) => m.reason);
    expect(reasons[0]).toMatch(/^Unexpected remote image `https:\/\/cdn.example.org\/spine.png`, expected a relative path to an image file inside the content folder; download it/);
    expect(reasons[1]).toMatch(/^Unexpected remote image `\/\/cdn.example.org\/spine.png`/);
    expect(reasons[2]).toMatch(/^Unexpected `data:` image `data:image\/png;base64,iVBORw0KGgo=`/);
    expect(reasons[3]).toBe('Unexpected `file:` image source `file://server/share/spine.png`, expected a relative path to an image file inside the content folder');
    expect(reasons[4]).toMatch(/^Unexpected absolute image path `\/images\/photo.jpg`/);
    expect(reasons[5]).toMatch(/^Missing image source/);
  });

  it('reports missing files, folders, paths out of the content folder and unsupported types', async () => {
    const body = [
      '![a](images/missing.png)', // 9
      '![b](images/Photo.jpg)', // 10
      '![c](images/)', // 11
      '![d](../outside.png)', // 12
      '![e](images/scan.bmp)', // 13
      '![f](forms/intake.pdf)', // 14
      '![g](images/%zz.png)', // 15
      '![h][remote]', // 16
      '',
      '[remote]: https://cdn.example.org/spine.png',
    ].join('\n');
    const found = await lintMarkdown(`${frontmatter()}${body}\n`, config);
    expect(placed(found)).toEqual([9, 10, 11, 12, 13, 14, 15, 16].map((line) => at(line)));
    const reasons = ofRule(found, 'image-source').map((m) => m.reason);
    expect(reasons.slice(0, 7)).toEqual([
      'Cannot find the image `images/missing.png` (`images/missing.png`) in the content folder; fix the path or add the file',
      'Cannot find the image `images/Photo.jpg` (`images/Photo.jpg`) in the content folder; did you mean `images/photo.jpg`? File names are case-sensitive',
      'Unexpected folder `images` as image source (`images/`), expected an image file',
      'Unexpected image `../outside.png` out of the content folder, expected a relative path to an image file inside the content folder; copy the image into the content folder, since only that folder is published',
      'Unexpected image type: `images/scan.bmp` is a `.bmp` file, expected PNG, JPEG, GIF, WebP or SVG (.png, .jpg, .jpeg, .gif, .webp, .svg); convert it to one of these',
      'Unexpected image type: `forms/intake.pdf` is a `.pdf` file, expected PNG, JPEG, GIF, WebP or SVG (.png, .jpg, .jpeg, .gif, .webp, .svg); convert it to one of these',
      'Unexpected malformed percent-encoding in image source `images/%zz.png`, expected `%` followed by two hex digits (a space is `%20`)',
    ]);
    expect(reasons[7]).toMatch(/^Unexpected remote image `https:\/\/cdn.example.org\/spine.png`/);
  });

  describe('symbolic links', () => {
    let root: string | undefined;
    afterAll(async () => {
      if (root) await rm(root, { recursive: true, force: true });
    });

    it('accepts PNG files and symbolic links inside the content folder, and reports links that lead out of it', async () => {
      root = await mkdtemp(path.join(os.tmpdir(), 'pressroom-image-source-'));
      const content = path.join(root, 'content');
      await mkdir(path.join(content, 'images'), { recursive: true });
      await writeFile(path.join(root, 'private.png'), 'not published');
      await writeFile(path.join(content, 'images', 'square.png'), Buffer.from('\x89PNG\r\n\x1a\npublished', 'latin1'));
      await symlink(path.join(root, 'private.png'), path.join(content, 'images', 'escape.png'));
      await symlink(path.join(content, 'images', 'square.png'), path.join(content, 'images', 'alias.png'));
      await symlink(root, path.join(content, 'parent'));
      const body = ['![Alias](images/alias.png) ![Square](images/square.png)', '![Escape](images/escape.png)', '![Through a folder](parent/private.png)'].join('\n');
      const found = await lintMarkdown(`${frontmatter()}${body}\n`, testConfig({}, content));
      expect(placed(found)).toEqual([at(10), at(11)]);
      for (const message of ofRule(found, 'image-source')) {
        expect(message.reason).toMatch(/^Unexpected image `[^`]+` out of the content folder \(through a symbolic link\)/);
      }
    });
  });
});
