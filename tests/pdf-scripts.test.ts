/**
 * Handouts in every script: Latin (with Vietnamese letters), Cyrillic, Chinese (Simplified and
 * Traditional), Korean and Arabic print with real glyphs from the bundled Noto fonts, every
 * font embedded and subset, and `pdftotext` gives the source text back (no boxes, no lost
 * words); the page furniture is in the article's language, and Arabic is laid out right to left.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { pdfRenderer } from '../pipeline/render/pdf.ts';
import { renderWith } from './helpers/build-context.ts';
import { wordsFor } from '../pipeline/languages/languages.ts';
import { languageFolder } from '../pipeline/content/page-name.ts';
import { SCRIPT_FONTS } from '../pipeline/render/script-fonts.ts';
import { frontmatter, testConfig } from './helpers/lint-markdown.ts';
import { pdffonts, pdftotext, renderPage } from './helpers/pdf-tools.ts';

const clinic = { name: 'Harbor Point Clinic', phone: '+1 555-0100', url: 'https://clinic.example.org/', address: '1 Test Street, Testville' };

/** Per language: title, one sentence, one red flag, and the family that must carry them. */
const samples = {
  vi: { language: 'vi', title: 'Co thắt lưng dưới', sentence: 'Chườm ấm giúp cơ được thư giãn và bớt đau.', flag: 'Mất kiểm soát bàng quang hoặc ruột.', family: SCRIPT_FONTS['noto-sans'].family },
  ru: { language: 'ru', title: 'Спазмы в пояснице', sentence: 'Тепло помогает мышцам расслабиться.', flag: 'Потеря контроля над мочевым пузырём.', family: SCRIPT_FONTS['noto-sans'].family },
  'zh-hans': { language: 'zh-CN', title: '下背部痉挛', sentence: '热敷可以帮助肌肉放松。', flag: '无法控制大小便。', family: SCRIPT_FONTS['noto-sans-sc'].family },
  'zh-hant': { language: 'zh-TW', title: '下背部痙攣', sentence: '熱敷可以幫助肌肉放鬆。', flag: '無法控制大小便。', family: SCRIPT_FONTS['noto-sans-tc'].family },
  ko: { language: 'ko', title: '허리 아래쪽 근육 경련', sentence: '따뜻한 찜질은 근육을 풀어 줍니다.', flag: '대소변을 조절할 수 없습니다.', family: SCRIPT_FONTS['noto-sans-kr'].family },
  ar: { language: 'ar', title: 'تشنجات أسفل الظهر', sentence: 'تساعد الحرارة العضلات على الاسترخاء.', flag: 'فقدان السيطرة على المثانة.', family: SCRIPT_FONTS['noto-sans-arabic'].family },
} as const;

type Sample = keyof typeof samples;

let work: string;
let outDir: string;
let files: Record<Sample, VFile>;

/** Text without whitespace and bidi controls, so line breaks, the spaces pdftotext puts between CJK glyphs and its bidi marks do not count. */
const squeeze = (text: string) => text.normalize('NFC').replace(/[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]+/g, '');

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'pressroom-pdf-scripts-'));
  const contentDir = path.join(work, 'content');
  await mkdir(contentDir);
  const config = testConfig({ clinic }, contentDir);
  files = {} as Record<Sample, VFile>;
  for (const [name, sample] of Object.entries(samples) as Array<[Sample, (typeof samples)[Sample]]>) {
    const markdown = `${frontmatter({ title: sample.title, summary: sample.sentence, language: sample.language })}\n## ${sample.title}\n\n${sample.sentence}\n\n:::emergency\n- ${sample.flag}\n:::\n`;
    files[name] = new VFile({ path: path.join(contentDir, `${name}.md`), value: markdown, cwd: contentDir });
  }
  await parseArticles(Object.values(files));
  await validateArticles(Object.values(files), config);
  outDir = path.join(work, 'out');
  await renderWith(pdfRenderer, Object.values(files), { config, outDir, cwd: work });
}, 120_000);

afterAll(async () => {
  if (!process.env.KEEP_TEST_OUTPUT) await rm(work, { recursive: true, force: true });
});

describe('handouts in every script', () => {
  for (const [name, sample] of Object.entries(samples) as Array<[Sample, (typeof samples)[Sample]]>) {
    it(`${sample.language}: embeds and subsets every font, with ${sample.family} among them, and gives the text back`, () => {
      expect(files[name].messages.map(String)).toEqual([]);
      const pdf = path.join(outDir, 'pdf', languageFolder(sample.language), `${name}.pdf`);
      const fonts = pdffonts(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      // Subset names look like ABCDEF+NotoSansSC-Regular.
      const family = sample.family.replace(/\s+/g, '');
      expect(fonts.some((font) => font.name.replace(/^[A-Z]{6}\+/, '').startsWith(family)), fonts.map((font) => font.name).join(', ')).toBe(true);
      const text = squeeze(pdftotext(pdf));
      const words = wordsFor(sample.language);
      for (const expected of [sample.title, sample.sentence, sample.flag, words.handout.headerEmergency('911'), words.page.directiveLabels.emergency, words.page.disclaimer]) {
        expect(text).toContain(squeeze(expected));
      }
      expect(text).not.toContain('\uFFFD');
    });
  }

  it('lays the Arabic handout out right to left: its heading ends at the right margin', () => {
    const { pixels } = renderPage(path.join(outDir, 'pdf', 'ar', 'ar.pdf'), 1, path.join(work, 'ar'));
    // The title, summary and review line (below the running header, above the columns): their ink is in the right half.
    let left = 0;
    let right = 0;
    for (let y = Math.floor(pixels.height * 0.05); y < Math.floor(pixels.height * 0.14); y++) {
      for (let x = 0; x < pixels.width; x++) {
        const index = (y * pixels.width + x) * 3;
        if (pixels.data[index] + pixels.data[index + 1] + pixels.data[index + 2] < 200) {
          if (x < pixels.width / 2) left++;
          else right++;
        }
      }
    }
    expect(right).toBeGreaterThan(left * 2);
  });

  it('keeps Latin runs of an Arabic handout in order: phone number, address, page furniture mirrored', () => {
    const text = squeeze(pdftotext(path.join(outDir, 'pdf', 'ar', 'ar.pdf')));
    expect(text).toContain(squeeze(clinic.phone));
    expect(text).toContain(squeeze(clinic.address));
  });
});
