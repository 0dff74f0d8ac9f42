/**
 * The reload channel of `pressroom dev`: open pages listen on a server-sent-events stream and
 * reload when a rebuild finishes. Server-sent events need no library on either side: the browser
 * has `EventSource`, the server writes `event:`/`data:` lines.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface ReloadChannel {
  /**
   * Answer a request for the event stream; the response stays open until the client leaves or the channel closes.
   *
   * @param request The request.
   * @param response Its response.
   */
  listen(request: IncomingMessage, response: ServerResponse): void;
  /**
   * Send an event to every open page.
   *
   * @param event Event name (`reload`).
   * @param data JSON-serialisable details.
   */
  send(event: string, data: unknown): void;
  /** How many pages are listening. */
  readonly size: number;
  /** End every stream (the server is shutting down). */
  close(): void;
}

/**
 * Make a channel.
 *
 * @returns The channel.
 */
export function reloadChannel(): ReloadChannel {
  const clients = new Set<ServerResponse>();
  return {
    listen(request, response) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      // A first comment line makes the browser (and a test) see the stream open at once.
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
    },
    send(event, data) {
      const message = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
      for (const client of clients) client.write(message);
    },
    get size() {
      return clients.size;
    },
    close() {
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
