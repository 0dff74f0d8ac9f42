/**
 * An e-book embeds the script fonts it needs and only those: a Chinese book carries the pieces
 * of Noto Sans SC its characters fall in (not the whole family), an Arabic book Noto Sans Arabic,
 * and an English book none of them. Each stays EPUBCheck-clean, and a chapter links to the
 * version of another article in the book's language (a translation shares its source's slug).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EPUBCHECK_TIMEOUT, buildFixtureBooks, epubcheck, messagesOf, openEpub, repoRoot, type BuiltBooks } from './epub-helpers.ts';
import { writeContent } from './helpers/render-fixture.ts';
import { frontmatter } from './helpers/lint-markdown.ts';

const book = (id: string, language: string, title: string, chapters: string[]) => `  - id: ${id}
    title: ${title}
    authors: [Willow Creek Physical Therapy]
    identifier: urn:uuid:3f6c2a9e-8b41-4d7a-9c15-2e7b0d4f8a6${id.length % 10}
    language: ${language}
    description: ${title}
    date: 2026-11-01
    chapters: [${chapters.join(', ')}]
`;

let built: BuiltBooks;

beforeAll(async () => {
  const config = (await readFile(path.join(repoRoot, 'tests', 'fixtures', 'html', 'pressroom.yaml'), 'utf8')).replace(/\nbooks:[\s\S]*$/, '');
  const emergency = (sign: string) => `\n:::emergency\n- ${sign}\n:::\n`;
  const folder = await writeContent(
    {
      'heat.md': `${frontmatter({ title: 'Heat for a sore back' })}\nWarm the muscle for 15 minutes. See [cold](cold.md).\n${emergency('Chest pain.')}`,
      'cold.md': `${frontmatter({ title: 'Cold packs' })}\nCool the muscle for 10 minutes.\n${emergency('Chest pain.')}`,
      'heat.zh.md': `${frontmatter({ title: '热敷缓解背痛', language: 'zh-Hans', translationOf: 'heat' })}\n热敷可以帮助肌肉放松。请看[冷敷](cold.md)。\n${emergency('胸痛。')}`,
      'cold.zh.md': `${frontmatter({ title: '冷敷', language: 'zh-Hans', translationOf: 'cold' })}\n冷敷十分钟。\n${emergency('胸痛。')}`,
      'heat.vi.md': `${frontmatter({ title: 'Chườm ấm cho lưng đau', language: 'vi', translationOf: 'heat' })}\nChườm ấm giúp cơ được thư giãn và bớt đau.\n${emergency('Đau ngực.')}`,
      'heat.ar.md': `${frontmatter({ title: 'الحرارة لألم الظهر', language: 'ar', translationOf: 'heat' })}\nدفئ العضلة لمدة ١٥ دقيقة.\n${emergency('ألم في الصدر.')}`,
    },
    `${config}\nbooks:\n${book('english', 'en-US', 'Back care', ['heat', 'cold'])}${book('chinese', 'zh-Hans', '背部护理', ['heat', 'cold'])}${book('arabic', 'ar', 'العناية بالظهر', ['heat'])}${book('vietnamese', 'vi', 'Chăm sóc lưng', ['heat'])}`,
  );
  built = await buildFixtureBooks(folder, { sourceDateEpoch: 1767225600 });
}, EPUBCHECK_TIMEOUT);

/** The font files in a book's manifest. */
async function manifestFonts(id: string): Promise<string[]> {
  const opf = await (await openEpub(built.epub(id))).text('OEBPS/content.opf');
  return [...opf.matchAll(/<item [^>]*href="(fonts\/[^"]+)"[^>]*media-type="([^"]+)"/g)].map((match) => `${match[1]} ${match[2]}`);
}

describe('e-book fonts per script', () => {
  it('build without messages', () => {
    expect(built.bookFiles.map(messagesOf)).toEqual([[], [], [], []]);
  });

  it('an English book embeds only Atkinson Hyperlegible', async () => {
    const fonts = await manifestFonts('english');
    expect(fonts).toHaveLength(8);
    for (const font of fonts) expect(font).toMatch(/^fonts\/atkinson-hyperlegible-[a-z-]+-(400|700)-(normal|italic)\.woff2 font\/woff2$/);
  });

  it('a Chinese book embeds the few pieces of Noto Sans SC its characters need, with a font stack for them', async () => {
    const fonts = await manifestFonts('chinese');
    const noto = fonts.filter((font) => font.includes('noto-sans-sc'));
    // Regular and bold of each piece that holds a character of the book: a handful, not the ~100 of the family.
    expect(noto.length).toBeGreaterThan(1);
    expect(noto.length).toBeLessThan(40);
    expect(fonts.filter((font) => !font.includes('noto-sans-sc') && !font.includes('atkinson'))).toEqual([]);
    const epub = await openEpub(built.epub('chinese'));
    const css = await epub.text(epub.names.find((name) => name.endsWith('.css'))!);
    expect(css).toContain("body { font-family: 'Noto Sans SC', 'Atkinson Hyperlegible', sans-serif; }");
    for (const [, file] of css.matchAll(/url\(fonts\/([^)]+)\)/g)) expect(epub.names).toContain(`OEBPS/fonts/${file}`);
    // The chapter links to the Chinese version of the other article, a chapter of this book.
    expect(await epub.text('OEBPS/chapter-heat.xhtml')).toContain('<a href="chapter-cold.xhtml">冷敷</a>');
  });

  it('an Arabic book embeds Noto Sans Arabic and no CJK font, and reads right to left', async () => {
    const fonts = await manifestFonts('arabic');
    expect(fonts.some((font) => font.includes('noto-sans-arabic'))).toBe(true);
    expect(fonts.filter((font) => /noto-sans-(sc|tc|kr)/.test(font))).toEqual([]);
    const epub = await openEpub(built.epub('arabic'));
    expect(await epub.text('OEBPS/chapter-heat.xhtml')).toMatch(/<html [^>]*dir="rtl"/);
    expect(await epub.text('OEBPS/content.opf')).toContain('page-progression-direction="rtl"');
  });

  it('a Vietnamese book embeds Noto Sans for its letters (ạ, ờ…) and nothing else', async () => {
    const fonts = await manifestFonts('vietnamese');
    const noto = fonts.filter((font) => font.includes('noto-sans-'));
    expect(noto.length).toBeGreaterThan(0);
    for (const font of noto) expect(font).toMatch(/^fonts\/noto-sans-(vietnamese|latin|latin-ext|greek|cyrillic)[a-z-]*-(400|700)-(normal|italic)\.woff2 font\/woff2$/);
  });

  it.each(['english', 'chinese', 'arabic', 'vietnamese'])('passes EPUBCheck 5.3 with 0 errors and 0 warnings: %s', async (id) => {
    const result = await epubcheck(built.epub(id));
    expect(result.messages).toEqual([]);
    expect(result).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
  }, EPUBCHECK_TIMEOUT);
});
