/**
 * The HTTP server of `pressroom dev`, on 127.0.0.1 only: the web edition's folder as built
 * (sirv), with the reload client and the overlay added to HTML responses on the way out, the
 * errors of an article that failed in place of its page, and the reload event stream.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { ReloadChannel } from './reload-channel.ts';
import type { DevState } from './page-reports.ts';
import { CLIENT_PATH, CLIENT_SCRIPT, EVENTS_PATH, decoratePage, errorPage, overlayElement } from './overlay.ts';

export interface DevServerOptions {
  /** Absolute folder of the web edition. */
  htmlDir: string;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  channel: ReloadChannel;
  /** The state of the last rebuild. */
  state(): DevState;
}

export interface DevServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  /** Stop listening and drop every connection (event streams included). */
  close(): Promise<void>;
}

/**
 * Start the server.
 *
 * @param options Folder, port, reload channel and state.
 * @returns Its address and a way to close it.
 * @throws The listen error (EADDRINUSE for a port in use).
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const { htmlDir, channel } = options;
  // dev: look files up on every request, since rebuilds add and remove them.
  const files = sirv(htmlDir, { dev: true, etag: false });
  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`pressroom dev: ${error.message}\n`);
    });
  });
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === EVENTS_PATH) return channel.listen(request, response);
    if (url.pathname === CLIENT_PATH) return send(response, 200, 'text/javascript; charset=utf-8', CLIENT_SCRIPT);
    const page = pagePath(url.pathname);
    if (!page) return files(request, response, () => void notFound(response));
    const state = options.state();
    const report = state.pages.get(page);
    if (state.blocked || report?.status === 'failed') return send(response, 200, 'text/html; charset=utf-8', errorPage(report, state.general));
    const target = path.resolve(htmlDir, page);
    // Only files inside the web edition (a `..` in the path never leaves it).
    const html = target.startsWith(htmlDir + path.sep) ? await readFile(target, 'utf8').catch(() => undefined) : undefined;
    if (html === undefined) return notFound(response);
    send(response, 200, 'text/html; charset=utf-8', decoratePage(html, overlayElement(report, state.general)));
  }
  async function notFound(response: ServerResponse): Promise<void> {
    const html = await readFile(path.join(htmlDir, '404.html'), 'utf8').catch(() => '<!doctype html><title>Not found</title><h1>Not found</h1>');
    send(response, 404, 'text/html; charset=utf-8', decoratePage(html, overlayElement(undefined, options.state().general)));
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise((resolve) => {
        channel.close();
        server.close(() => resolve());
        // Keep-alive connections would hold `close` open.
        server.closeAllConnections();
      }),
  };
}

/** The page a URL path names (`/` → `index.html`), or undefined for anything that is not a page. */
function pagePath(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const page = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  return page.endsWith('.html') ? page.replace(/^\/+/, '') : undefined;
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
