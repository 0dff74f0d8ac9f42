/**
 * The web edition as a patient library: topic pages and related guides, sitemap.xml and the
 * Atom feed valid against their schemas (with every URL leading to a file of the output),
 * robots.txt, one search page and index per language, the 404 page and the redirect pages.
 * The sitemap's language alternates (`xhtml:link`) are validated with a small schema for that
 * element (tests/fixtures/schemas/xhtml-link.xsd): the sitemaps.org schema admits other
 * namespaces only with `processContents="strict"`, so it rejects them without one.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { buildFixture, repoDir, writeContent, type BuiltSite } from './helpers/render-fixture.ts';
import { LIBRARY, writeLibrary } from './helpers/library-fixture.ts';

const SITE = 'https://willowcreek.example.org/library/';
/** The sitemaps.org schema, as the `sitemap` package ships it. */
const SITEMAP_XSD = createRequire(import.meta.url).resolve('sitemap/schema/sitemap.xsd');
/** That schema with the `xhtml:link` element (both imported). */
const SITEMAP_XHTML_XSD = path.join(repoDir, 'tests', 'fixtures', 'schemas', 'sitemap-xhtml.xsd');
const XHTML_LINK_XSD = path.join(repoDir, 'tests', 'fixtures', 'schemas', 'xhtml-link.xsd');
let site: BuiltSite;
const read = (relative: string) => readFile(path.join(site.htmlDir, relative), 'utf8');

async function validate(xml: string, schemaFile: string, extension: 'schema' | 'relaxng', imports: string[] = []): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'output.xml', contents: xml },
    schema: { fileName: path.basename(schemaFile), contents: await readFile(schemaFile, 'utf8') },
    preload: await Promise.all(imports.map(async (file) => ({ fileName: path.basename(file), contents: await readFile(file, 'utf8') }))),
    extension,
  });
  return result.errors.map((error) => error.rawMessage);
}

/** The output file an absolute URL of the web edition names. */
function fileOf(url: string): string {
  expect(url.startsWith(SITE)).toBe(true);
  return path.join(site.htmlDir, decodeURIComponent(url.slice(SITE.length)));
}

beforeAll(async () => {
  site = await buildFixture(await writeLibrary());
});

describe('topics', () => {
  it('writes a page per tag, listing its guides by title, and a topics index with counts', async () => {
    const backPain = await read('topics/back-pain.html');
    const titles = [...backPain.matchAll(/<h2><a href="\.\.\/([^"]+)">([^<]+)<\/a><\/h2>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(titles).toEqual(['back-stretches.html Gentle stretches for a stiff back', 'sciatica.html Sciatica and leg pain']);
    expect(backPain).toContain('<h1>back pain</h1>');
    expect(backPain).toContain('<link rel="stylesheet" href="../assets/style.');
    const index = await read('topics/index.html');
    const topics = [...index.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <span class="count">\((\d+)\)<\/span><\/li>/g)].map((m) => `${m[1]}=${m[3]}`);
    expect(topics).toEqual(['back-pain', 'espalda', 'exercise', 'nerves', 'self-care'].map((slug, i) => `../topics/${slug}.html=${i === 0 ? 2 : 1}`));
  });

  it("links each article to its topics and to the guides that share them", async () => {
    const page = await read('sciatica.html');
    expect(page).toContain('<nav class="article-topics" aria-labelledby="topics"><h2 id="topics">Topics</h2><ul class="tags" aria-label="Topics"><li><a href="topics/back-pain.html">back pain</a></li><li><a href="topics/nerves.html">nerves</a></li></ul></nav>');
    expect(page).toContain('<nav class="related" aria-labelledby="related"><h2 id="related">Related guides</h2><ul><li><a href="back-stretches.html">Gentle stretches for a stiff back</a></li></ul></nav>');
    // Nothing shares "self-care": no related list, and no empty one.
    expect(await read('ice-or-heat.html')).not.toContain('class="related"');
  });
});

describe('sitemap.xml, robots.txt and feed.xml', () => {
  it('sitemap.xml is valid against the sitemaps.org schema, dated by review, and every URL is a file', async () => {
    const xml = await read('sitemap.xml');
    expect(await validate(xml, SITEMAP_XHTML_XSD, 'schema', [SITEMAP_XSD, XHTML_LINK_XSD])).toEqual([]);
    const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [m[1], m[2]]);
    expect(urls).toContainEqual([`${SITE}sciatica.html`, '2026-09-02']);
    expect(urls).toContainEqual([`${SITE}es/dolor-de-espalda.html`, '2026-06-20']);
    expect(urls).toContainEqual([`${SITE}es/index.html`, '2026-06-20']);
    expect(urls).toContainEqual([`${SITE}topics/back-pain.html`, '2026-09-02']);
    expect(urls).toContainEqual([`${SITE}topics/self-care.html`, '2026-07-01']);
    expect(urls).toHaveLength(2 + 1 + 5 + 4);
    for (const [url] of urls) expect(existsSync(fileOf(url!)), url).toBe(true);
    // Not pages for search engines: the search page, the 404 page and the redirects.
    expect(xml).not.toMatch(/search\.html|404\.html|stretches-for-back/);
  });

  it('a sitemap with a bad date fails the same schema (the check can fail)', async () => {
    const xml = (await read('sitemap.xml')).replace('<lastmod>2026-09-02', '<lastmod>09/02/2026');
    expect(await validate(xml, SITEMAP_XHTML_XSD, 'schema', [SITEMAP_XSD, XHTML_LINK_XSD])).not.toEqual([]);
  });

  it('names the language versions of a page in the sitemap: every one a file, symmetric, with x-default', async () => {
    const xml = await read('sitemap.xml');
    // Without a declaration of `xhtml:link` the sitemaps.org schema refuses it (a strict wildcard).
    expect((await validate(xml, SITEMAP_XSD, 'schema')).join('\n')).toContain('demanded by the strict wildcard');
    const badTag = xml.replace('hreflang="es"', 'hreflang="es US"');
    expect(await validate(badTag, SITEMAP_XHTML_XSD, 'schema', [SITEMAP_XSD, XHTML_LINK_XSD])).not.toEqual([]);
    const entries = new Map(
      [...xml.matchAll(/<url><loc>([^<]+)<\/loc>.*?<\/url>/g)].map((m) => [m[1], Object.fromEntries([...m[0].matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((l) => [l[1], l[2]]))]),
    );
    const indexes = { 'en-US': `${SITE}index.html`, es: `${SITE}es/index.html`, 'x-default': `${SITE}index.html` };
    expect(entries.get(`${SITE}index.html`)).toEqual(indexes);
    expect(entries.get(`${SITE}es/index.html`)).toEqual(indexes);
    expect(entries.get(`${SITE}sciatica.html`)).toEqual({});
    for (const [url, alternates] of entries) {
      for (const [language, href] of Object.entries(alternates)) {
        expect(existsSync(fileOf(href)), href).toBe(true);
        if (language !== 'x-default') expect(Object.values(entries.get(href) ?? {}), `${href} names ${url}`).toContain(url);
      }
    }
  });

  it('robots.txt names the sitemap', async () => {
    expect(await read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap.xml\n`);
  });

  it('feed.xml is valid Atom (RFC 4287), newest review first, and every link is a file', async () => {
    const xml = await read('feed.xml');
    const schema = path.join(repoDir, 'tests', 'fixtures', 'schemas', 'atom.rng');
    expect(await validate(xml, schema, 'relaxng')).toEqual([]);
    expect(await validate(xml.replace(/<updated>[^<]+<\/updated>/, ''), schema, 'relaxng')).not.toEqual([]);
    expect(xml).toContain('<author>\n        <name>Willow Creek Physical Therapy</name>');
    const entries = [...xml.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>[\s\S]*?<updated>([^<]+)<\/updated>[\s\S]*?<\/entry>/g)].map((m) => [m[1], m[2]]);
    expect(entries).toEqual([
      [`${SITE}sciatica.html`, '2026-09-02T00:00:00.000Z'],
      [`${SITE}back-stretches.html`, '2026-08-15T00:00:00.000Z'],
      [`${SITE}ice-or-heat.html`, '2026-07-01T00:00:00.000Z'],
      [`${SITE}es/dolor-de-espalda.html`, '2026-06-20T00:00:00.000Z'],
    ]);
    expect(xml).toContain('<updated>2026-09-02T00:00:00.000Z</updated>');
    for (const [, href] of xml.matchAll(/<link (?:rel="[^"]+" )?href="([^"]+)"/g)) expect(existsSync(fileOf(href!)), href).toBe(true);
    expect(await read('index.html')).toContain('<link rel="alternate" type="application/atom+xml" href="feed.xml" title="New and updated guides | Willow Creek Physical Therapy">');
  });
});

describe('search', () => {
  it('writes one search page and one index per language, and each page links the search of its language', async () => {
    const entry = JSON.parse(await read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([language, index]) => [language, index.page_count]))).toEqual({ en: 3, es: 1 });
    expect(await read('search.html')).toMatch(/^<!doctype html><html lang="en-US">/);
    expect(await read('search-es.html')).toMatch(/^<!doctype html><html lang="es">/);
    expect(await read('es/dolor-de-espalda.html')).toContain('action="../search-es.html"');
    expect(await read('sciatica.html')).toContain('action="search.html"');
    // Pagefind's own UI is not published: the library has its own.
    expect(existsSync(path.join(site.htmlDir, 'pagefind', 'pagefind-ui.js'))).toBe(false);
  });

  it('ships the search boxes hidden, so a page without JavaScript shows no dead box', async () => {
    expect(await read('sciatica.html')).toMatch(/<form class="site-search" role="search" action="search\.html" method="get" hidden /);
    const search = await read('search.html');
    expect(search).toMatch(/<form class="search-form" role="search" action="search\.html" method="get" hidden /);
    expect(search).toContain('<noscript><p class="search-noscript">Search needs JavaScript');
    expect(search).not.toContain('class="site-search"');
  });
});

describe('404 and former addresses', () => {
  it('404.html links from the site root, so it works at any address', async () => {
    const page = await read('404.html');
    expect(page).toContain('<h1>Page not found</h1>');
    expect(page).toContain('<a href="/library/topics/index.html">Topics</a>');
    expect(page).toMatch(/<link rel="stylesheet" href="\/library\/assets\/style\.[0-9a-f]{8}\.css">/);
    expect(page).toContain('<meta name="robots" content="noindex">');
  });

  it('a former slug gets a page that redirects to the article and names its canonical address', async () => {
    const page = await read('stretches-for-back.html');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=back-stretches.html">');
    expect(page).toContain(`<link rel="canonical" href="${SITE}back-stretches.html">`);
    expect(page).toContain('<p>This guide has a new address: <a href="back-stretches.html">Gentle stretches for a stiff back</a>.</p>');
  });
});

describe('edge cases', () => {
  it('escapes titles and summaries in the feed, which stays valid', async () => {
    const odd = LIBRARY['ice-or-heat.md'].replace('title: Ice or heat after a strain', 'title: "Ice & heat <after> a strain ]]> now"');
    const other = await buildFixture(await writeLibrary({ 'ice-or-heat.md': odd }));
    const xml = await readFile(path.join(other.htmlDir, 'feed.xml'), 'utf8');
    expect(await validate(xml, path.join(repoDir, 'tests', 'fixtures', 'schemas', 'atom.rng'), 'relaxng')).toEqual([]);
    expect(xml).toContain('<title type="html"><![CDATA[Ice &amp; heat &lt;after&gt; a strain ]]&gt; now]]></title>');
  });

  it('without the clinic\'s web address: no sitemap, robots.txt or feed, and the 404 page links from the root', async () => {
    const bare = await buildFixture(await writeContent({ 'ice-or-heat.md': LIBRARY['ice-or-heat.md'] }, 'defaults:\n  language: en-US\n'));
    const files = await readdir(bare.htmlDir);
    expect(files.filter((name) => /sitemap|robots|feed/.test(name))).toEqual([]);
    expect(await readFile(path.join(bare.htmlDir, 'ice-or-heat.html'), 'utf8')).not.toContain('application/atom+xml');
    expect(await readFile(path.join(bare.htmlDir, '404.html'), 'utf8')).toContain('<a href="/topics/index.html">Topics</a>');
  });
});

describe('the W3C Nu HTML checker', () => {
  it('finds no errors in any page of the library: articles, index, topics, search, 404, redirects', async () => {
    const pages = (await readdir(site.htmlDir, { recursive: true })).filter((name) => name.endsWith('.html')).map((name) => path.join(site.htmlDir, name));
    expect(pages.map((page) => path.relative(site.htmlDir, page)).sort()).toEqual(
      ['404.html', 'back-stretches.html', 'es/dolor-de-espalda.html', 'es/index.html', 'ice-or-heat.html', 'index.html', 'sciatica.html', 'search-es.html', 'search.html', 'stretches-for-back.html']
        .concat(['back-pain', 'espalda', 'exercise', 'index', 'nerves', 'self-care'].map((name) => `topics/${name}.html`))
        .sort(),
    );
    const vnu = path.join(repoDir, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
    const { stderr } = await promisify(execFile)('java', ['-jar', vnu, '--format', 'json', '--exit-zero-always', ...pages], { maxBuffer: 16 * 1024 * 1024 });
    const messages = (JSON.parse(stderr) as { messages: Array<{ type: string; url: string; lastLine?: number; message: string }> }).messages;
    expect(messages.filter((message) => message.type !== 'info').map((m) => `${path.basename(m.url)}:${m.lastLine}: ${m.message}`)).toEqual([]);
  });
});
