/**
 * Pages of translations name each other: `hreflang` alternates both ways with `x-default` on
 * the source, and a language switcher whose links resolve and name each language in itself.
 * A translation shares its source's slug and lives in its language's folder (`es/heat.html`);
 * each language has an index, and the indexes name each other the same way.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { frontmatter } from './helpers/lint-markdown.ts';
import { buildFixture, writeContent, type BuiltSite } from './helpers/render-fixture.ts';

const body = '\nText.\n\n:::emergency\n- Chest pain.\n:::\n';
let site: BuiltSite;
const pages = ['heat.html', 'es/heat.html', 'ar/heat.html', 'alone.html', 'index.html', 'es/index.html', 'ar/index.html'];

beforeAll(async () => {
  site = await buildFixture(
    await writeContent({
      'heat.md': `${frontmatter({ title: 'Heat' })}${body}`,
      'heat.es.md': `${frontmatter({ title: 'Calor', language: 'es', translationOf: 'heat', formerSlugs: ['calor-local'] })}${body}\nVea [el frío](cold.md), [el hielo](cold.md#ice) y [solo](alone.md).\n`,
      'cold.md': `${frontmatter({ title: 'Cold' })}${body}\n## Ice\n\nIce.\n`,
      'cold.es.md': `${frontmatter({ title: 'Frío', language: 'es', translationOf: 'cold' })}${body}\n## Hielo\n\nHielo.\n`,
      'heat.ar.md': `${frontmatter({ title: 'الحرارة', language: 'ar', translationOf: 'heat' })}${body}`,
      'alone.md': `${frontmatter({ title: 'Alone' })}${body}`,
    }),
  );
}, 60_000);

async function alternates(page: string): Promise<Record<string, string>> {
  const html = await readFile(path.join(site.htmlDir, page), 'utf8');
  return Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((match) => [match[1], match[2]]));
}

describe('translated pages', () => {
  it('list every version with hreflang, symmetric, and the source as x-default', async () => {
    const url = (page: string) => `https://willowcreek.example.org/library/${page}`;
    const expected = { 'en-US': url('heat.html'), es: url('es/heat.html'), ar: url('ar/heat.html'), 'x-default': url('heat.html') };
    for (const page of ['heat.html', 'es/heat.html', 'ar/heat.html']) expect(await alternates(page), page).toEqual(expected);
    const indexes = { 'en-US': url('index.html'), es: url('es/index.html'), ar: url('ar/index.html'), 'x-default': url('index.html') };
    for (const page of ['index.html', 'es/index.html', 'ar/index.html']) expect(await alternates(page), page).toEqual(indexes);
    // Symmetric: whatever a page names, names it back.
    for (const page of pages) {
      for (const target of Object.values(await alternates(page))) expect(Object.values(await alternates(target.slice(url('').length)))).toContain(url(page));
    }
    expect(await alternates('alone.html')).toEqual({});
  });

  it('offer a switcher whose links resolve and name each language in itself', async () => {
    const switcher = async (page: string) => {
      const html = await readFile(path.join(site.htmlDir, page), 'utf8');
      const nav = /<nav class="languages" aria-label="([^"]+)">(.*?)<\/nav>/.exec(html);
      return nav && { label: nav[1], links: [...nav[2].matchAll(/<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+">([^<]+)<\/a>/g)].map((match) => `${match[1]} ${match[2]} ${match[3]}`) };
    };
    expect(await switcher('heat.html')).toEqual({ label: 'This page in other languages', links: ['ar/heat.html ar العربية', 'es/heat.html es Español'] });
    expect(await switcher('es/heat.html')).toEqual({ label: 'Esta página en otros idiomas', links: ['../heat.html en-US English', '../ar/heat.html ar العربية'] });
    expect(await switcher('ar/heat.html')).toEqual({ label: 'هذه الصفحة بلغات أخرى', links: ['../heat.html en-US English', '../es/heat.html es Español'] });
    expect(await switcher('alone.html')).toBeNull();
    expect(await switcher('index.html')).toEqual({ label: 'This page in other languages', links: ['es/index.html es Español', 'ar/index.html ar العربية'] });
    expect(await switcher('es/index.html')).toEqual({ label: 'Esta página en otros idiomas', links: ['../index.html en-US English', '../ar/index.html ar العربية'] });
    for (const page of pages) {
      const links = (await switcher(page))?.links ?? [];
      for (const link of links) expect(existsSync(path.join(site.htmlDir, path.dirname(page), link.split(' ')[0])), link).toBe(true);
    }
  });

  it('give each language an index of its own articles, in its words and direction', async () => {
    const listed = async (page: string) => [...(await readFile(path.join(site.htmlDir, page), 'utf8')).matchAll(/<h2[^>]*><a href="([^"]+)">/g)].map((match) => match[1]);
    expect(await listed('index.html')).toEqual(['alone.html', 'cold.html', 'heat.html']);
    expect(await listed('es/index.html')).toEqual(['../es/heat.html', '../es/cold.html']);
    expect(await listed('ar/index.html')).toEqual(['../ar/heat.html']);
    const arabic = await readFile(path.join(site.htmlDir, 'ar/index.html'), 'utf8');
    expect(arabic).toMatch(/<html lang="ar" dir="rtl">/);
    // The stylesheet and the site's links lead back up from the folder.
    expect(arabic).toMatch(/<link rel="stylesheet" href="\.\.\/assets\/style\.[0-9a-f]+\.css">/);
  });

  it('keep a translation in its language: the source\'s slug, its own folder, its own handout', async () => {
    const spanish = await readFile(path.join(site.htmlDir, 'es/heat.html'), 'utf8');
    expect(spanish).toContain('<link rel="canonical" href="https://willowcreek.example.org/library/es/heat.html">');
    expect(existsSync(path.join(site.htmlDir, 'heat-es.html'))).toBe(false);
    // A link to an article that has a Spanish translation leads to it; otherwise to the article itself.
    expect(spanish).toContain('<a href="../es/cold.html">el frío</a>');
    // …unless the link names a heading the translation does not have.
    expect(spanish).toContain('<a href="../cold.html#ice">el hielo</a>');
    expect(spanish).toContain('<a href="../alone.html">solo</a>');
  });

  it('name each other in the sitemap, with x-default on the source', async () => {
    const xml = await readFile(path.join(site.htmlDir, 'sitemap.xml'), 'utf8');
    const url = (page: string) => `https://willowcreek.example.org/library/${page}`;
    const entry = (page: string) => new RegExp(`<url><loc>${url(page).replace(/[.]/g, '\\.')}</loc>.*?</url>`).exec(xml)?.[0] ?? '';
    const links = (page: string) => [...entry(page).matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`).sort();
    const expected = [`ar ${url('ar/heat.html')}`, `en-US ${url('heat.html')}`, `es ${url('es/heat.html')}`, `x-default ${url('heat.html')}`];
    for (const page of ['heat.html', 'es/heat.html', 'ar/heat.html']) expect(links(page), page).toEqual(expected);
    expect(links('alone.html')).toEqual([]);
  });

  it('leave a redirect at a translation\'s former slug, in its language\'s folder', async () => {
    const moved = await readFile(path.join(site.htmlDir, 'es/calor-local.html'), 'utf8');
    expect(moved).toContain('<meta http-equiv="refresh" content="0; url=../es/heat.html">');
    expect(moved).toContain('<link rel="canonical" href="https://willowcreek.example.org/library/es/heat.html">');
    expect(moved).toContain('<a href="../es/heat.html">Calor</a>');
    expect(moved).toMatch(/<html lang="es"/);
    expect(existsSync(path.join(site.htmlDir, 'calor-local.html'))).toBe(false);
  });
});
