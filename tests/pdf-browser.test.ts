/**
 * The browser's life in a PDF build: a missing browser is one clear error, Chromium is closed
 * also when rendering throws, a crash is survived by one relaunch, and a render that never
 * finishes becomes a timeout on its article.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { Browser } from 'puppeteer-core';
import { parseArticles } from '../pipeline/stages/parse.ts';
import { validateArticles } from '../pipeline/stages/validate.ts';
import { transformArticle } from '../pipeline/transform/transform.ts';
import { createPdfRenderer, pdfRenderer } from '../pipeline/render/pdf.ts';
import * as pdfModule from '../pipeline/render/pdf.ts';
import { renderWith, type ContextInput } from './helpers/build-context.ts';
import { launchBrowser } from '../pipeline/render/browser/launch-browser.ts';
import { BROWSER_INSTALL_HINT } from '../pipeline/render/browser/find-browser.ts';
import { severityOf } from '../pipeline/diagnostics/report-message.ts';
import { frontmatter, testConfig } from './helpers/lint-markdown.ts';

const clinic = { name: 'Test Clinic', phone: '+1 555-0100', url: 'https://clinic.example.org/', address: '1 Test Street, Testville' };

let work: string;
let contentDir: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'pressroom-pdf-browser-'));
  contentDir = path.join(work, 'content');
  await mkdir(contentDir);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function articles(names: string[]): Promise<VFile[]> {
  const files = names.map(
    (name) => new VFile({ path: path.join(contentDir, `${name}.md`), value: `${frontmatter({ title: `Article ${name}` })}## Section of ${name}\n\nSome text.\n`, cwd: contentDir }),
  );
  await parseArticles(files);
  await validateArticles(files, testConfig({ clinic }, contentDir));
  return files;
}

function context(outName: string, pdf: { timeout?: number } = {}): Omit<ContextInput, 'files'> {
  return { config: testConfig({ clinic, pdf }, contentDir), outDir: path.join(work, outName), cwd: work };
}

function found(file: VFile) {
  return file.messages.map((message) => ({ ruleId: message.ruleId, severity: severityOf(message), reason: message.reason }));
}

describe('pdf renderer', () => {
  it('exposes the renderer and its factory, nothing else', () => {
    expect(Object.keys(pdfModule).sort()).toEqual(['createPdfRenderer', 'pdfRenderer']);
    expect(pdfRenderer.format).toBe('pdf');
  });

  it('reports a missing browser once per build, with how to install one, and no stack trace', async () => {
    const files = await articles(['one', 'two']);
    const previous = process.env.PUPPETEER_EXECUTABLE_PATH;
    process.env.PUPPETEER_EXECUTABLE_PATH = path.join(work, 'no-such-chromium');
    let extra: VFile[] = [];
    try {
      extra = await renderWith(pdfRenderer, files, context('out-missing'));
    } finally {
      if (previous === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
      else process.env.PUPPETEER_EXECUTABLE_PATH = previous;
    }
    expect(extra).toHaveLength(1);
    expect(found(extra[0])).toEqual([
      {
        ruleId: 'pdf-browser',
        severity: 'error',
        reason: `Cannot render PDF handouts: PUPPETEER_EXECUTABLE_PATH is set to ${path.join(work, 'no-such-chromium')}, which is not an executable file. ${BROWSER_INSTALL_HINT}`,
      },
    ]);
    // Build-wide problems are reported on the config file the clinic edits.
    expect(extra[0].path).toBe(path.join('content', 'pressroom.yaml'));
    for (const file of files) expect(found(file)).toEqual([]);
  });

  it('reports a config without a clinic once, and renders nothing', async () => {
    const files = await articles(['one']);
    const extra = await renderWith(pdfRenderer, files, { config: testConfig({}, contentDir), outDir: path.join(work, 'out-no-clinic'), cwd: work });
    expect(extra && found(extra[0])).toEqual([expect.objectContaining({ ruleId: 'pdf-config', severity: 'error' })]);
    expect(files[0].data.outputs).toBeUndefined();
  });

  it('closes the browser in finally when rendering throws', async () => {
    const files = await articles(['one', 'two']);
    let browser: Browser | undefined;
    const launch = async () => {
      browser = await launchBrowser();
      browser.newPage = () => Promise.reject(new Error('no pages today'));
      return browser;
    };
    await renderWith(pdfRenderer, files, { ...context('out-throw'), launch });
    expect(browser?.connected).toBe(false);
    for (const file of files) {
      expect(found(file)).toEqual([expect.objectContaining({ ruleId: 'pdf-render', severity: 'error', reason: expect.stringContaining('no pages today') })]);
    }
  });

  it('relaunches Chromium once after a crash, reports the handout it was printing, and carries on', async () => {
    const files = await articles(['a', 'b', 'c']);
    const launched: Browser[] = [];
    const launch = async () => {
      const browser = await launchBrowser();
      if (launched.length === 0) {
        // Kill Chromium as soon as it starts loading the second handout.
        browser.on('targetchanged', (target) => {
          if (target.url().endsWith('/b.html')) browser.process()?.kill('SIGKILL');
        });
      }
      launched.push(browser);
      return browser;
    };
    const out = context('out-crash');
    await renderWith(createPdfRenderer({ poolSize: 1 }), files, { ...out, launch });
    const [a, b, c] = files;
    expect(launched).toHaveLength(2);
    expect(launched.every((browser) => !browser.connected)).toBe(true);
    expect(found(a)).toEqual([]);
    expect(found(b)).toEqual([expect.objectContaining({ ruleId: 'pdf-browser', severity: 'error', reason: expect.stringContaining('Chromium crashed while printing this handout') })]);
    expect(found(c)).toEqual([]);
    expect(a.data.outputs?.pdf).toBe(path.join(out.outDir, 'pdf', 'a.pdf'));
    expect(b.data.outputs?.pdf).toBeUndefined();
    expect(c.data.outputs?.pdf).toBe(path.join(out.outDir, 'pdf', 'c.pdf'));
    await expect(stat(path.join(out.outDir, 'pdf', 'b.pdf'))).rejects.toThrow();
  });

  it('gives up after a second crash and reports the handouts it could not print', async () => {
    const files = await articles(['a', 'b', 'c']);
    let launches = 0;
    const launch = async () => {
      launches += 1;
      const browser = await launchBrowser();
      browser.on('targetchanged', (target) => {
        if (target.url().startsWith('file:')) browser.process()?.kill('SIGKILL');
      });
      return browser;
    };
    await renderWith(createPdfRenderer({ poolSize: 1 }), files, { ...context('out-crash-twice'), launch });
    expect(launches).toBe(2);
    const [a, b, c] = files;
    for (const file of [a, b]) expect(found(file)).toEqual([expect.objectContaining({ ruleId: 'pdf-browser', reason: expect.stringContaining('Chromium crashed while printing') })]);
    expect(found(c)).toEqual([expect.objectContaining({ ruleId: 'pdf-browser', reason: expect.stringContaining('Chromium crashed a second time in this build') })]);
  });

  it('turns a page that never finishes loading into a pdf-timeout on its article', async () => {
    // A named pipe that nobody writes to: Chromium waits for the image forever.
    const fifo = path.join(contentDir, 'never.svg');
    execFileSync('mkfifo', [fifo]);
    const files = await articles(['slow', 'fast']);
    const transform: typeof transformArticle = (file, config, options) => {
      const root = transformArticle(file, config, options);
      if (file.stem === 'slow') root.children.push({ type: 'element', tagName: 'img', properties: { src: pathToFileURL(fifo).href, alt: '' }, children: [] });
      return root;
    };
    try {
      // Long enough for the other article's two editions (regular and large print) on a busy 2-core machine.
      await renderWith(createPdfRenderer({ transform }), files, context('out-timeout', { timeout: 3000 }));
    } finally {
      // Let Chromium's reader see the end of the pipe, if it is still waiting.
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // Nobody reading: nothing to release.
      }
      await rm(fifo);
    }
    const [slow, fast] = files;
    expect(found(slow)).toEqual([
      {
        ruleId: 'pdf-timeout',
        severity: 'error',
        reason:
          'Unexpected handout render time over 3000 ms (while loading the page), expected the page to print within `pdf.timeout`; look for a very large image, or raise `pdf.timeout` in pressroom.yaml',
      },
    ]);
    expect(slow.data.outputs).toBeUndefined();
    expect(found(fast)).toEqual([]);
    expect(fast.data.outputs?.pdf).toBeDefined();
  });
});
