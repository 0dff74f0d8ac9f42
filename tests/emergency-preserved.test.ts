/**
 * The red-flag guarantee: every item of every `:::emergency` block is visible inside the rendered
 * emergency box of every format (and the e-book appendix), or the article is refused. One case
 * per way of losing red flags found by probing (issue 9), each with the exact place reported.
 */
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatter, lintMarkdown } from './helpers/lint-markdown.ts';
import { fileNamed, loadFixture, testUrls, writeContent } from './helpers/render-fixture.ts';
import { renderWith } from './helpers/build-context.ts';
import { transformArticle, lostRedFlags } from '../pipeline/transform/transform.ts';
import { emergencyBoxes, emergencyLosses } from '../pipeline/transform/emergency-preserved.ts';
import { OUTPUT_FORMATS } from '../pipeline/formats.ts';
import { formatsToCheck } from '../pipeline/lint/rules/emergency-preserved.ts';
import { htmlRenderer } from '../pipeline/render/html.ts';

/** Frontmatter is 8 lines and a blank line follows: the body starts on line 10. */
const article = (body: string) => `${frontmatter()}\n${body}`;

const errors = async (body: string) =>
  (await lintMarkdown(article(body)))
    .filter((found) => found.severity === 'error' && ['emergency-preserved', 'directive-fence', 'raw-html'].includes(found.ruleId ?? ''))
    .map((found) => ({ ruleId: found.ruleId, line: found.line, column: found.column }));

describe('lint refuses every known way of losing a red flag, at the construct', () => {
  it('accepts a block with footnote calls, literal directives, closed comments and inline code', async () => {
    const body = ':::emergency\nCall if you have:\n\n- loss of bladder control[^1]\n- Note:this `numb` legs <!-- reviewed -->\n\n<!-- a closed comment -->\n:::\n\n[^1]: A note.\n';
    expect(await errors(body)).toEqual([]);
  });

  it('an unclosed comment inside the block: each swallowed item is an error', async () => {
    const body = ':::emergency\nCall if:\n\n<!-- todo\n- loss of bladder control\n- numbness in legs\n:::\n';
    expect(await errors(body)).toEqual([
      { ruleId: 'emergency-preserved', line: 13, column: 1 },
      { ruleId: 'raw-html', line: 13, column: 1 },
    ]);
  });

  it('an element inside an SVG integration point before the block removes the block: error at the block', async () => {
    const found = await errors('<svg><desc><div>\n\n:::emergency\n- loss of bladder control\n:::\n\nMore.\n');
    expect(found).toContainEqual({ ruleId: 'emergency-preserved', line: 12, column: 1 });
  });

  it('a hiding class on a red flag: error at the item', async () => {
    const found = await errors(':::emergency\n- loss of <span class="visually-hidden">bladder control</span>\n:::\n');
    expect(found).toEqual([
      { ruleId: 'emergency-preserved', line: 11, column: 3 },
      { ruleId: 'raw-html', line: 11, column: 11 },
    ]);
  });

  it('a forged emergency box in raw HTML: error', async () => {
    const found = await errors(':::emergency\n- loss of bladder control\n:::\n\n<section class="callout callout-emergency"><p>Fake</p></section>\n');
    expect(found.filter((found) => found.ruleId === 'emergency-preserved')).toEqual([{ ruleId: 'emergency-preserved', line: 1, column: 1 }]);
  });

  it('a nested fence with as many colons inside a block quote closes the block early: directive-fence at the stray fence', async () => {
    const found = await errors('> :::emergency\n> - first\n> :::note\n> inner\n> :::\n> - loss of bladder control\n> :::\n');
    expect(found).toEqual([{ ruleId: 'directive-fence', line: 16, column: 3 }]);
  });

  it('a lazy continuation `:::` in a quoted block: directive-fence at each stray fence', async () => {
    const found = await errors('> :::emergency\n> - first\n:::\n> - loss of bladder control\n> :::\n');
    expect(found).toEqual([
      { ruleId: 'directive-fence', line: 12, column: 1 },
      { ruleId: 'directive-fence', line: 14, column: 3 },
    ]);
  });

  it('a stray fence behind a list marker or a tab is seen; one in a code block is not', async () => {
    expect(await errors('- :::\n')).toEqual([{ ruleId: 'directive-fence', line: 10, column: 3 }]);
    expect(await errors('Text.\n\n```\n:::\n```\n')).toEqual([]);
  });
});

describe('lint transforms once for every format unless an `:::only` block makes them differ', () => {
  it('a red flag hidden in the handout only (inside `:::only{format="pdf"}`) is still an error at the item', async () => {
    const found = await errors('::::emergency\n- loss of bladder control\n\n:::only{format="pdf"}\n- numbness <span class="visually-hidden">in your legs</span>\n:::\n::::\n');
    expect(found.filter((found) => found.ruleId === 'emergency-preserved')).toEqual([{ ruleId: 'emergency-preserved', line: 14, column: 3 }]);
  });

  it('transforms once per distinct rendering of the red flags', async () => {
    const fixture = await loadFixture(
      await writeContent({
        'plain.md': article(':::emergency\n- loss of bladder control\n:::\n'),
        'apart.md': article(':::emergency\n- loss of bladder control\n:::\n\n:::only{format="epub"}\nKeep this.\n:::\n'),
        'inside.md': article('::::emergency\n- loss of bladder control\n\n:::only{format="epub"}\n- numbness\n:::\n::::\n'),
        'holding.md': article('::::only{format="pdf"}\n:::emergency\n- loss of bladder control\n:::\n::::\n'),
        'raw.md': article(':::emergency\n- loss of bladder control\n:::\n\n<!-- reviewed -->\n\n:::only{format="pdf"}\nKeep this.\n:::\n'),
      }),
    );
    const formats = (name: string) => formatsToCheck(fileNamed(fixture, name).data.tree!);
    expect(OUTPUT_FORMATS).toEqual(['html', 'pdf', 'epub']);
    expect(formats('plain.md')).toEqual(['html']);
    expect(formats('apart.md')).toEqual(['html']);
    expect(formats('inside.md')).toEqual(['html', 'epub']);
    expect(formats('holding.md')).toEqual(['html', 'pdf']);
    expect(formats('raw.md')).toEqual(['html', 'pdf']);
  });

  it('without raw HTML, an `:::only` block away from the boxes leaves every format with the same boxes and losses', async () => {
    const body = ':::emergency\n- loss of bladder control[^1]\n- ~~numbness~~ in *legs*\n:::\n\n:::only{format="pdf"}\nKeep this[^2].\n\n## A heading\n\n:::warning\nTake care.\n:::\n:::\n\n## A heading\n\n[^1]: One.\n[^2]: Two.\n';
    const fixture = await loadFixture(await writeContent({ 'a.md': article(body) }));
    expect(formatsToCheck(fileNamed(fixture, 'a.md').data.tree!)).toEqual(['html']);
    const results = OUTPUT_FORMATS.map((format) => {
      const file = fileNamed(fixture, 'a.md');
      file.messages.length = 0;
      const rendered = transformArticle(file, fixture.config, { format, ...testUrls });
      return { boxes: emergencyBoxes(rendered), losses: emergencyLosses(file.data.tree!, String(file.value), rendered, format) };
    });
    expect(results[0].boxes).toHaveLength(1);
    for (const result of results.slice(1)) expect(result).toEqual(results[0]);
  });

  it('without `:::only`, every format transforms to the same tree and the same messages (what lets lint transform once)', async () => {
    const bodies = [
      ':::emergency\nCall if:\n\n<!-- todo\n- loss of bladder control\n:::\n',
      '<svg><desc><div>\n\n:::emergency\n- loss of bladder control\n:::\n\nMore.\n',
      ':::emergency\n- loss of <span class="visually-hidden">bladder control</span>[^1]\n:::\n\n:::cta\nCall us.\n:::\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n\n![x](images/missing.png)\n\n[^1]: A note.\n',
    ];
    const fixture = await loadFixture(await writeContent(Object.fromEntries(bodies.map((body, index) => [`a${index}.md`, article(body)]))));
    for (const index of bodies.keys()) {
      const results = OUTPUT_FORMATS.map((format) => {
        const file = fileNamed(fixture, `a${index}.md`);
        file.messages.length = 0;
        const body = transformArticle(file, fixture.config, { format, ...testUrls });
        return { body, messages: file.messages.map((message) => [message.ruleId, message.line, message.column, message.reason]) };
      });
      for (const result of results.slice(1)) expect(result).toEqual(results[0]);
    }
  });
});

describe('the renderers check what they publish', () => {
  const hidden = `---\ntitle: Hidden red flag\nsummary: A red flag hidden by a class.\ntype: guide\nreviewed:\n  by: Dana Whitfield, DPT\n  on: 2026-06-01\n---\n\n:::emergency\n- sudden <span class="visually-hidden">numbness in your legs</span>\n:::\n`;

  it('every format reports the loss on the article, at the item, when lint was bypassed', async () => {
    const fixture = await loadFixture(await writeContent({ 'hidden.md': hidden }));
    for (const format of OUTPUT_FORMATS) {
      const file = fileNamed(fixture, 'hidden.md');
      file.messages.length = 0;
      transformArticle(file, fixture.config, { format, ...testUrls });
      expect(lostRedFlags(file)).toBe(true);
      expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['render-emergency', 11, 3]]);
    }
  });

  it('the web edition does not publish a page that lost a red flag', async () => {
    const dir = await writeContent({ 'hidden.md': hidden });
    const fixture = await loadFixture(dir);
    const outDir = await mkdtemp(path.join(tmpdir(), 'pressroom-out-'));
    await renderWith(htmlRenderer, fixture.files, { config: fixture.config, outDir, cwd: dir });
    const pages = await readdir(path.join(outDir, 'html'));
    expect(pages).toContain('index.html');
    expect(pages).not.toContain('hidden.html');
    expect(fileNamed(fixture, 'hidden.md').messages.map((message) => message.ruleId)).toContain('render-emergency');
  });

  it('the appendix check: copies that miss an item are a loss, complete copies are not', async () => {
    const fixture = await loadFixture(
      await writeContent({ 'two.md': hidden.replace('sudden <span class="visually-hidden">numbness in your legs</span>', 'sudden numbness in your legs\n- chest pain') }),
    );
    const file = fileNamed(fixture, 'two.md');
    const body = transformArticle(file, fixture.config, { format: 'epub', ...testUrls });
    const boxes = emergencyBoxes(body);
    expect(boxes).toHaveLength(1);
    const source = String(file.value);
    expect(emergencyLosses(file.data.tree!, source, { type: 'root', children: boxes }, 'epub')).toEqual([]);
    const list = boxes[0].children.find((child) => child.type === 'element' && child.tagName === 'ul');
    if (list?.type === 'element') list.children = list.children.filter((child) => !(child.type === 'element' && JSON.stringify(child).includes('chest')));
    const losses = emergencyLosses(file.data.tree!, source, { type: 'root', children: boxes }, 'epub');
    expect(losses.map((loss) => loss.position?.start.line)).toEqual([12]);
    expect(losses[0].reason).toContain('“chest pain”');
  });
});

describe('raw-html names the causes it can see', () => {
  const rawErrors = async (body: string) =>
    (await lintMarkdown(article(body))).filter((found) => found.ruleId === 'raw-html' && found.severity === 'error').map((found) => [found.line, found.column, found.reason.slice(0, 30)]);

  it('a forged callout and a hiding class are errors at the element', async () => {
    expect(await rawErrors('<section class="callout callout-emergency"><p>Fake</p></section>\n\nText with <span class="visually-hidden">hidden</span> words.\n')).toEqual([
      [10, 1, 'Unexpected class `callout`, `c'],
      [12, 11, 'Unexpected class `visually-hid'],
    ]);
  });

  it('an unclosed comment is an error where it opens; a closed one is not', async () => {
    expect(await rawErrors(':::emergency\nCall if:\n\n<!-- todo\n- loss of bladder control\n:::\n')).toEqual([[13, 1, 'Unexpected `<!--` that is neve']]);
    expect(await rawErrors('<!-- fine -->\n\nText.\n')).toEqual([]);
  });
});
