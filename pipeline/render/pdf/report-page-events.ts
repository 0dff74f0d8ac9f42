/**
 * What a handout page did while loading, as messages on its article: a request the sandbox
 * refused (`pdf-blocked-request`), a request that failed (`pdf-request-failed`), and console
 * or page errors (`pdf-console`). Requests are placed at the Markdown that asked for them.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { report } from '../../diagnostics/report-message.ts';
import { locateUrl } from './locate-url.ts';
import type { PageEvent, Refusal } from './sandbox.ts';
import '../../types.ts';

/**
 * Report the events of one render.
 *
 * @param file The article.
 * @param events Events from the sandboxed page.
 * @param silent Count the errors without reporting them (a second edition of the same page,
 *   whose events the first edition already reported).
 * @returns How many errors there were (requests); console messages are warnings.
 */
export function reportPageEvents(file: VFile, events: PageEvent[], silent = false): number {
  const articlePath = path.resolve(file.cwd, file.path);
  const place = (url: string) => (file.data.tree ? locateUrl(file.data.tree, articlePath, url) : undefined);
  let errors = 0;
  const seen = new Set<string>();
  for (const event of events) {
    const key = `${event.kind} ${'url' in event ? event.url : ''} ${'text' in event ? event.text : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (silent) {
      if (event.kind === 'blocked' || event.kind === 'failed') errors += 1;
      continue;
    }
    switch (event.kind) {
      case 'blocked':
        errors += 1;
        report(file, 'error', blockedReason(event.url, event.refusal), 'pdf-blocked-request', place(event.url));
        break;
      case 'failed':
        errors += 1;
        report(file, 'error', `Cannot load \`${shorten(event.url)}\` into the handout (${event.reason}); check that the file exists and is readable`, 'pdf-request-failed', place(event.url));
        break;
      case 'console':
        report(file, 'warning', `Unexpected error in the handout page: ${event.text}`, 'pdf-console', event.url ? place(event.url) : undefined);
        break;
      case 'page-error':
        report(file, 'warning', `Unexpected error in the handout page: ${event.text}`, 'pdf-console');
        break;
    }
  }
  return errors;
}

function blockedReason(url: string, refusal: Refusal): string {
  const expected = 'expected only files inside the content folder; no handout is written until this is fixed';
  switch (refusal.why) {
    case 'scheme':
      return `Unexpected request to \`${shorten(url)}\` (\`${refusal.scheme}:\`) from the handout, ${expected}. Handouts are printed offline and load nothing from the network: copy the file into the content folder and link it by relative path`;
    case 'outside':
      return refusal.realPath === refusal.path
        ? `Unexpected request for \`${refusal.path}\`, outside the build’s folders, ${expected}. Copy the file into the content folder`
        : `Unexpected request for \`${refusal.path}\`, a symbolic link to \`${refusal.realPath}\` outside the build’s folders, ${expected}. Replace the link with a copy of the file`;
    case 'missing':
      return `Cannot find \`${refusal.path}\` for the handout, ${expected}; fix the path or add the file`;
  }
}

/** Long `data:` URLs would flood the report. */
function shorten(url: string): string {
  return url.length > 120 ? `${url.slice(0, 117)}…` : url;
}
