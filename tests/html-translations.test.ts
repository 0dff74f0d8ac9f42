/**
 * Pages of translations name each other: `hreflang` alternates both ways with `x-default` on
 * the source, and a language switcher whose links resolve and name each language in itself.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { frontmatter } from './helpers/lint-markdown.ts';
import { buildFixture, writeContent, type BuiltSite } from './helpers/render-fixture.ts';

const body = '\nText.\n\n:::emergency\n- Chest pain.\n:::\n';
let site: BuiltSite;
const pages = ['heat.html', 'heat-es.html', 'heat-ar.html', 'alone.html'];

beforeAll(async () => {
  site = await buildFixture(
    await writeContent({
      'heat.md': `${frontmatter({ title: 'Heat' })}${body}`,
      'heat.es.md': `${frontmatter({ title: 'Calor', language: 'es', translationOf: 'heat' })}${body}`,
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
    const expected = { 'en-US': url('heat.html'), es: url('heat-es.html'), ar: url('heat-ar.html'), 'x-default': url('heat.html') };
    for (const page of ['heat.html', 'heat-es.html', 'heat-ar.html']) expect(await alternates(page), page).toEqual(expected);
    // Symmetric: whatever a page names, names it back.
    for (const page of ['heat.html', 'heat-es.html', 'heat-ar.html']) {
      for (const target of Object.values(await alternates(page))) expect(Object.values(await alternates(path.basename(target)))).toContain(url(page));
    }
    expect(await alternates('alone.html')).toEqual({});
  });

  it('offer a switcher whose links resolve and name each language in itself', async () => {
    const switcher = async (page: string) => {
      const html = await readFile(path.join(site.htmlDir, page), 'utf8');
      const nav = /<nav class="languages" aria-label="([^"]+)">(.*?)<\/nav>/.exec(html);
      return nav && { label: nav[1], links: [...nav[2].matchAll(/<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+">([^<]+)<\/a>/g)].map((match) => `${match[1]} ${match[2]} ${match[3]}`) };
    };
    expect(await switcher('heat.html')).toEqual({ label: 'This page in other languages', links: ['heat-ar.html ar العربية', 'heat-es.html es Español'] });
    expect(await switcher('heat-es.html')).toEqual({ label: 'Esta página en otros idiomas', links: ['heat.html en-US English', 'heat-ar.html ar العربية'] });
    expect(await switcher('heat-ar.html')).toEqual({ label: 'هذه الصفحة بلغات أخرى', links: ['heat.html en-US English', 'heat-es.html es Español'] });
    expect(await switcher('alone.html')).toBeNull();
    for (const page of pages) {
      const links = (await switcher(page))?.links ?? [];
      for (const link of links) expect(existsSync(path.join(site.htmlDir, link.split(' ')[0])), link).toBe(true);
    }
  });
});
