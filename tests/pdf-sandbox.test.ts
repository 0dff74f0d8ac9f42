/**
 * The page sandbox: a handout may load only files inside the build's folders. Remote URLs, a
 * file outside the content folder and a symbolic link that escapes it are refused before
 * Chromium sends the request, and each is reported on the article at the Markdown that asked.
 */
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { fromHtml } from 'hast-util-from-html';
import type { ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { transformArticle } from '../pipeline/transform/transform.ts';
import { renderWith } from './helpers/build-context.ts';
import { createPdfRenderer } from '../pipeline/render/pdf.ts';
import { checkRequest } from '../pipeline/render/pdf/sandbox.ts';
import { severityOf } from '../pipeline/diagnostics/report-message.ts';
import type { ResolvedConfig } from '../pipeline/config/resolve.ts';
import { testConfig } from './helpers/lint-markdown.ts';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'pdf', 'sandbox');
const clinic = { name: 'Test Clinic', phone: '+1 555-0100', url: 'https://clinic.example.org/', address: '1 Test Street, Testville' };

let work: string;
let contentDir: string;
let server: Server;
let port: number;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'image/png' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  work = await mkdtemp(path.join(tmpdir(), 'pressroom-pdf-sandbox-'));
  await cp(fixture, work, { recursive: true });
  contentDir = path.join(work, 'content');
  const remote = path.join(contentDir, 'remote.md');
  await writeFile(remote, (await readFile(remote, 'utf8')).replaceAll('PORT', String(port)));
  await symlink(path.join('..', '..', 'outside', 'scan.svg'), path.join(contentDir, 'images', 'escape.svg'));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(work, { recursive: true, force: true });
});

/** Load fixture articles as the build would (parse + validate; lint would refuse these, so skip it). */
async function articles(names: string[], config: ResolvedConfig): Promise<VFile[]> {
  const files = await Promise.all(
    names.map(async (name) => new VFile({ path: path.join(contentDir, name), value: await readFile(path.join(contentDir, name), 'utf8'), cwd: contentDir })),
  );
  await parseArticles(files);
  await validateArticles(files, config);
  return files;
}

function messagesOf(file: VFile) {
  return file.messages.map((message) => ({ ruleId: message.ruleId, line: message.line, column: message.column, severity: severityOf(message), reason: message.reason }));
}

/**
 * The shared transform with its sanitizer bypassed: every Markdown image and every piece of
 * raw HTML reaches the page exactly as written. The request-level sandbox must hold anyway.
 */
const leakyTransform: typeof transformArticle = (file, config, options) => {
  const root = transformArticle(file, config, options);
  const folder = path.dirname(path.resolve(file.cwd, file.path));
  visit(file.data.tree!, (node) => {
    if (node.type === 'image') {
      const src = /^[a-z]+:/i.test(node.url) ? node.url : pathToFileURL(path.resolve(folder, decodeURI(node.url))).href;
      root.children.push({ type: 'element', tagName: 'img', properties: { src, alt: node.alt ?? '' }, children: [] });
    } else if (node.type === 'html') {
      root.children.push(...(fromHtml(node.value, { fragment: true }).children as ElementContent[]));
    }
  });
  return root;
};

describe('checkRequest', () => {
  it('allows data: URLs, about:blank and files inside the roots', async () => {
    const roots = [contentDir];
    expect(await checkRequest('about:blank', roots)).toBeUndefined();
    expect(await checkRequest('data:image/png;base64,AAAA', roots)).toBeUndefined();
    expect(await checkRequest(pathToFileURL(path.join(contentDir, 'images', 'square.svg')).href, roots)).toBeUndefined();
  });

  it('refuses every other scheme', async () => {
    for (const [url, scheme] of [
      [`http://127.0.0.1:${port}/a.png`, 'http'],
      ['https://cdn.example.org/a.png', 'https'],
      ['ws://127.0.0.1/socket', 'ws'],
      ['blob:null/1234', 'blob'],
    ]) {
      expect(await checkRequest(url, [contentDir])).toEqual({ why: 'scheme', scheme });
    }
  });

  it('refuses a file outside the roots, a symbolic link out of them, and a missing file', async () => {
    const outside = path.join(work, 'outside', 'scan.svg');
    expect(await checkRequest(pathToFileURL(outside).href, [contentDir])).toEqual({ why: 'outside', path: outside, realPath: outside });
    const link = path.join(contentDir, 'images', 'escape.svg');
    expect(await checkRequest(pathToFileURL(link).href, [contentDir])).toEqual({ why: 'outside', path: link, realPath: outside });
    const missing = path.join(contentDir, 'images', 'missing.svg');
    expect(await checkRequest(pathToFileURL(missing).href, [contentDir])).toEqual({ why: 'missing', path: missing });
    // `..` in the URL is resolved before the check.
    expect(await checkRequest(`${pathToFileURL(contentDir).href}/../outside/scan.svg`, [contentDir])).toMatchObject({ why: 'outside' });
    // A file: URL naming another machine.
    expect(await checkRequest('file://fileserver/share/a.png', [contentDir])).toMatchObject({ why: 'missing' });
  });

  it('does not mistake a sibling folder with a longer name for a root', async () => {
    expect(await checkRequest(pathToFileURL(path.join(work, 'outside', 'scan.svg')).href, [path.join(work, 'out')])).toMatchObject({ why: 'outside' });
  });
});

describe('handouts that reference files outside the build', () => {
  it('blocks and reports every request a bypassed sanitizer lets through, and writes no PDF for those articles', async () => {
    const outDir = path.join(work, 'output-leaky');
    const config = testConfig({ clinic }, contentDir);
    const files = await articles(['remote.md', 'outside.md', 'symlink.md', 'clean.md'], config);
    const [remote, outside, symlinked, clean] = files;
    // A handout from an earlier build: the renderer neither overwrites nor deletes it (the build
    // keeps a last good output and reports it stale, build/keep-stale.ts).
    await mkdir(path.join(outDir, 'pdf'), { recursive: true });
    await writeFile(path.join(outDir, 'pdf', 'remote.pdf'), 'an old handout');
    const extra = await renderWith(createPdfRenderer({ transform: leakyTransform }), files, { config, outDir, cwd: work });

    expect(requests).toEqual([]);
    expect(extra).toEqual([]);
    const blocked = (file: VFile) => messagesOf(file).filter((message) => message.ruleId === 'pdf-blocked-request');
    expect(blocked(remote)).toEqual([
      expect.objectContaining({ line: 9, column: 1, severity: 'error', reason: expect.stringContaining(`Unexpected request to \`http://127.0.0.1:${port}/spine.png\` (\`http:\`)`) }),
      expect.objectContaining({ line: 11, column: 1, severity: 'error', reason: expect.stringContaining(`\`http://127.0.0.1:${port}/background.png\``) }),
    ]);
    expect(blocked(outside)).toEqual([
      expect.objectContaining({ line: 9, column: 1, severity: 'error', reason: expect.stringContaining(`Unexpected request for \`${path.join(work, 'outside', 'scan.svg')}\`, outside the build’s folders`) }),
    ]);
    expect(blocked(symlinked)).toEqual([
      expect.objectContaining({
        line: 9,
        column: 1,
        severity: 'error',
        reason: expect.stringContaining(`a symbolic link to \`${path.join(work, 'outside', 'scan.svg')}\` outside the build’s folders`),
      }),
    ]);
    for (const file of [remote, outside, symlinked]) expect(file.data.outputs?.pdf).toBeUndefined();
    expect(await readFile(path.join(outDir, 'pdf', 'remote.pdf'), 'utf8')).toBe('an old handout');
    for (const file of [outside, symlinked]) await expect(stat(path.join(outDir, 'pdf', `${file.data.article!.slug}.pdf`))).rejects.toThrow();
    // The clean article in the same build loads its own image and gets its handout.
    expect(messagesOf(clean).filter((message) => message.severity === 'error')).toEqual([]);
    expect(clean.data.outputs?.pdf).toBe(path.join(outDir, 'pdf', 'clean.pdf'));
  });

  it('never loads them through the real transform either: the images are dropped and reported', async () => {
    const outDir = path.join(work, 'output-real');
    const config = testConfig({ clinic }, contentDir);
    const files = await articles(['remote.md', 'outside.md', 'symlink.md'], config);
    await renderWith(createPdfRenderer(), files, { config, outDir, cwd: work });

    expect(requests).toEqual([]);
    for (const file of files) {
      expect(messagesOf(file).filter((message) => message.ruleId?.startsWith('pdf-'))).toEqual([]);
      expect(messagesOf(file).filter((message) => message.ruleId === 'render-image')).toEqual([expect.objectContaining({ line: 9, column: 1, severity: 'warning' })]);
    }
  });
});
