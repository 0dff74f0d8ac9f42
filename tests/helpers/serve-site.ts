/**
 * Serve a built web edition over real HTTP on 127.0.0.1 (Pagefind's search needs http, not
 * file://), under the path of the clinic's web address, with `404.html` for missing pages as a
 * static host would.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface ServedSite {
  /** `http://127.0.0.1:<port><prefix>` */
  url: string;
  close(): Promise<void>;
}

/**
 * @param htmlDir The web edition's folder.
 * @param prefix Path it is served under (`/library/`).
 * @returns The base URL and a way to stop the server.
 */
export async function serveSite(htmlDir: string, prefix = '/'): Promise<ServedSite> {
  const files = sirv(htmlDir, { dev: true, etag: false });
  const notFound = async (response: import('node:http').ServerResponse) => {
    response.statusCode = 404;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(await readFile(path.join(htmlDir, '404.html')));
  };
  const server: Server = createServer((request, response) => {
    if (!request.url?.startsWith(prefix)) return void notFound(response);
    request.url = `/${request.url.slice(prefix.length)}`;
    files(request, response, () => void notFound(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
