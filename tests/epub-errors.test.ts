/**
 * Books that cannot be built get clear messages on their own file, placed on their lines in
 * pressroom.yaml, and are not written; the other books still build (fixtures/epub/broken).
 */
import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { epubRenderer } from '../pipeline/render/epub.ts';
import { renderWith } from './helpers/build-context.ts';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { testConfig } from './helpers/lint-markdown.ts';
import { EPUBCHECK_TIMEOUT, buildFixtureBooks, epubFixtures, messagesOf, openEpub, type BuiltBooks } from './epub-helpers.ts';

const CONFIG = 'tests/fixtures/epub/broken/pressroom.yaml';
let built: BuiltBooks;

beforeAll(async () => {
  built = await buildFixtureBooks(path.join(epubFixtures, 'broken'));
}, EPUBCHECK_TIMEOUT);

describe('books with problems', () => {
  it('are refused by lint on the config, at their lines; only the books without errors are built', async () => {
    expect(built.bookFiles.map((file) => file.path)).toEqual([CONFIG, CONFIG]);
    expect(built.configFile.path).toBe(CONFIG);
    expect((await readdir(path.join(built.outDir, 'epub'))).sort()).toEqual(['good-book.epub', 'wrong-isbn.epub']);
    expect(built.bookFiles[0].data.outputs?.epub).toBe(built.epub('good-book'));
    expect(messagesOf(built.bookFiles[0])).toEqual([]);
    const good = await openEpub(built.epub('good-book'));
    expect(await good.text('OEBPS/chapter-good-guide.xhtml')).toContain('Nothing wrong here.');
    // Without SOURCE_DATE_EPOCH, the book's own date, never the build time.
    expect(await good.text('OEBPS/content.opf')).toContain('<meta property="dcterms:modified">2026-05-01T00:00:00Z</meta>');
  });

  it('name each chapter that cannot be rendered, at its line, and why', () => {
    expect(messagesOf(built.configFile).filter((line) => line.startsWith('epub-chapter'))).toEqual([
      'epub-chapter 24:9 error Cannot build the e-book `bad-chapters`: chapter `good-guid` cannot be rendered: no article has this slug; did you mean `good-guide`? A slug is the file name without `.md`, or the article’s `slug:`',
      'epub-chapter 25:9 error Cannot build the e-book `bad-chapters`: chapter `draft-guide` cannot be rendered: `tests/fixtures/epub/broken/draft-guide.md` is a draft (`draft: true`); publish it or take the chapter out of the book',
      'epub-chapter 26:9 error Cannot build the e-book `bad-chapters`: chapter `broken-guide` cannot be rendered: `tests/fixtures/epub/broken/broken-guide.md` has errors, such as line 6: unexpected value for `reviewed.by` in the frontmatter: Expected the reviewer with credentials, such as `Dana Whitfield, DPT`; fix them (see its messages)',
      'epub-chapter 27:9 error Unexpected chapter `good-guide` listed twice in the e-book `bad-chapters`, expected each article once; remove the second entry',
    ]);
  });

  it('refuse a cover that is not an image, or not there, instead of writing an empty one', () => {
    expect(messagesOf(built.configFile).filter((line) => line.startsWith('epub-cover'))).toEqual([
      'epub-cover 33:12 error Cannot use the cover of the e-book `bad-cover`: unexpected content in `images/not-an-image.jpg`, expected a PNG, JPEG, GIF, WebP or SVG image; convert the file to one of these types, or remove `cover:` to get a generated cover',
      'epub-cover 41:12 error Cannot use the cover of the e-book `missing-cover`: cannot find the cover `images/nowhere.jpg` in the content folder; fix the path or add the file, or remove `cover:` to get a generated cover',
    ]);
  });

  it('warn about an ISBN with a wrong check digit, and still build the book', () => {
    expect(messagesOf(built.bookFiles[1])).toEqual([
      'epub-identifier 47:17 warning Unexpected check digit in ISBN `978-0-306-40615-8`, expected `7` as the last digit; check the number the ISBN agency gave you (e-book `wrong-isbn`)',
    ]);
    expect(built.bookFiles[1].data.outputs?.epub).toBe(built.epub('wrong-isbn'));
  });

  it('refuse a second book with the same id', () => {
    expect(messagesOf(built.configFile).filter((line) => line.startsWith('epub-book'))).toEqual([
      'epub-book 51:9 error Unexpected duplicate book id `good-book`, expected each book to have its own id (it names the EPUB file); rename one of them',
    ]);
  });
});

describe('books configured in code (no pressroom.yaml)', { timeout: EPUBCHECK_TIMEOUT }, () => {
  function articles(contentDir: string, markdown: Record<string, string>): VFile[] {
    return Object.entries(markdown).map(([name, value]) => new VFile({ path: name, value, cwd: contentDir }));
  }

  it('never put an image that leads out of the content folder through a symbolic link into the book', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'pressroom-epub-symlink-'));
    const contentDir = path.join(root, 'content');
    await mkdir(path.join(contentDir, 'images'), { recursive: true });
    await writeFile(path.join(root, 'secret.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
    await symlink(path.join(root, 'secret.svg'), path.join(contentDir, 'images', 'escape.svg'));
    const config = testConfig(
      { books: [{ id: 'linked', title: 'Linked', authors: ['A'], identifier: 'urn:uuid:5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', description: 'd', chapters: ['guide'] }] },
      contentDir,
    );
    const files = articles(contentDir, {
      'guide.md': '---\ntitle: Guide\nsummary: A guide.\ntype: guide\nreviewed:\n  by: Ada Reyes, PT\n  on: 2026-04-01\n---\n\n![A secret picture](images/escape.svg)\n',
    });
    await parseArticles(files);
    await validateArticles(files, config);
    const outDir = path.join(root, 'out');
    const [book] = await renderWith(epubRenderer, files, { config, outDir, cwd: contentDir });
    expect(book.path).toBe('books/linked');
    // The shared transform shows the alt text instead, with a warning on the article.
    expect(messagesOf(book)).toEqual([]);
    expect(messagesOf(files[0])).toEqual([
      'render-image 10:1 warning Unexpected image source `images/escape.svg`, expected an image file inside the content folder; the image is not published, its alt text is shown instead',
    ]);
    const epub = await openEpub(path.join(outDir, 'epub', 'linked.epub'));
    expect(epub.names.filter((name) => name.includes('images/'))).toEqual([]);
    expect(await epub.text('OEBPS/chapter-guide.xhtml')).toContain('<p>A secret picture</p>');
  });

  it('do not build a book whose chapter fails to render (a call to action without clinic details)', async () => {
    const contentDir = await mkdtemp(path.join(tmpdir(), 'pressroom-epub-cta-'));
    const config = testConfig(
      { books: [{ id: 'no-clinic', title: 'No clinic', authors: ['A'], identifier: 'urn:uuid:6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', description: 'd', chapters: ['guide'] }] },
      contentDir,
    );
    const files = articles(contentDir, {
      'guide.md': '---\ntitle: Guide\nsummary: A guide.\ntype: guide\nreviewed:\n  by: Ada Reyes, PT\n  on: 2026-04-01\n---\n\n:::cta\nCall us.\n:::\n',
    });
    await parseArticles(files);
    await validateArticles(files, config);
    const [book] = await renderWith(epubRenderer, files, { config, outDir: path.join(contentDir, 'out'), cwd: contentDir });
    expect(messagesOf(book)).toEqual(['epub-chapter ?:? error Cannot build the e-book `no-clinic`: chapter `guide` (`guide.md`) has rendering errors; see its messages']);
    expect(messagesOf(files[0]).some((line) => line.startsWith('render-cta'))).toBe(true);
  });

  it('explain how to do without a browser when a cover must be drawn and none can be started', async () => {
    const contentDir = await mkdtemp(path.join(tmpdir(), 'pressroom-epub-nobrowser-'));
    const config = testConfig(
      { books: [{ id: 'no-browser', title: 'No browser', authors: ['A'], identifier: 'urn:uuid:7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', description: 'd', chapters: ['guide'] }] },
      contentDir,
    );
    const files = articles(contentDir, { 'guide.md': '---\ntitle: Guide\nsummary: A guide.\ntype: guide\nreviewed:\n  by: Ada Reyes, PT\n  on: 2026-04-01\n---\n\nText.\n' });
    await parseArticles(files);
    await validateArticles(files, config);
    const previous = process.env.PUPPETEER_EXECUTABLE_PATH;
    process.env.PUPPETEER_EXECUTABLE_PATH = path.join(contentDir, 'no-such-browser');
    try {
      const [book] = await renderWith(epubRenderer, files, { config, outDir: path.join(contentDir, 'out'), cwd: contentDir });
      const [message] = messagesOf(book);
      expect(message).toMatch(/^epub-cover \?:\? error Cannot draw a cover for the e-book `no-browser` \(PUPPETEER_EXECUTABLE_PATH is set to .*no-such-browser, which is not an executable file/);
      expect(message).toMatch(/; set `cover:` to an image file in the content folder, or make a browser available$/);
      expect(book.data.outputs).toBeUndefined();
    } finally {
      if (previous === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
      else process.env.PUPPETEER_EXECUTABLE_PATH = previous;
    }
  });

  it('build nothing, and return no file, when the config has no books', async () => {
    expect(await renderWith(epubRenderer, [], { config: testConfig({}), outDir: tmpdir(), cwd: tmpdir() })).toEqual([]);
  });
});
