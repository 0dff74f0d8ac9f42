/**
 * The overlay `pressroom dev` adds to every page it serves (never to the files on disk): the
 * article's lint findings (rule id, line:column, message) and a link to its freshly rebuilt
 * handout; and the page shown instead of an article that has errors. Built as hast and
 * serialised by hast-util-to-html, so every message is escaped.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { FileFindings, PageReport } from './page-reports.ts';

/** Where the server answers with the client script and the event stream. */
export const CLIENT_PATH = '/__pressroom/client.js';
export const EVENTS_PATH = '/__pressroom/events';
const OVERLAY_ID = 'pressroom-dev-overlay';

// High contrast whatever the page's own styles; fixed so it never moves the page's content.
const BOX =
  'position:fixed;z-index:2147483647;right:1rem;bottom:1rem;max-width:min(40rem,calc(100vw - 2rem));max-height:60vh;overflow:auto;' +
  'background:#fff;color:#111;border:3px solid #8a1c1c;border-radius:6px;padding:1rem 1.25rem;font:16px/1.5 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.3)';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function findingList(group: FileFindings): ElementContent[] {
  if (group.findings.length === 0) return [h('p', 'No findings.')];
  return [
    h(
      'ul',
      { style: 'margin:.5rem 0;padding-left:1.25rem' },
      group.findings.map((finding) =>
        h('li', { 'data-rule': finding.ruleId }, [
          h('strong', finding.severity),
          ' ',
          h('code', finding.ruleId),
          ` at line ${finding.line ?? '?'}:${finding.column ?? '?'}: `,
          finding.message,
        ]),
      ),
    ),
  ];
}

/** A heading per file (one level below the title) and its findings. */
function sections(groups: FileFindings[], heading: 'h2' | 'h3'): ElementContent[] {
  return groups.flatMap((group) => [h(heading, { style: 'font-size:1rem;margin:.75rem 0 0;padding:0;border:0' }, h('code', group.file)), ...findingList(group)]);
}

/**
 * The overlay for a page, or nothing when there is nothing to say.
 *
 * @param page The article behind the page, if any.
 * @param general Problems of the config and the build as a whole.
 * @returns The `<aside>`, or undefined.
 */
export function overlayElement(page: PageReport | undefined, general: FileFindings[]): Element | undefined {
  const groups = [...(page && page.findings.length > 0 ? [page] : []), ...general];
  if (groups.length === 0 && !page?.handout) return undefined;
  const count = groups.reduce((sum, group) => sum + group.findings.length, 0);
  const title = count > 0 ? `pressroom: ${plural(count, 'finding')}` : 'pressroom: no findings';
  return h('aside', { id: OVERLAY_ID, 'aria-labelledby': `${OVERLAY_ID}-title`, tabIndex: -1, style: BOX }, [
    h('h2', { id: `${OVERLAY_ID}-title`, style: 'font-size:1.1rem;margin:0 2.5rem 0 0;padding:0;border:0;color:#8a1c1c' }, title),
    h(
      'button',
      {
        type: 'button',
        'data-pressroom-close': '',
        'aria-label': 'Close the pressroom overlay (Escape)',
        style: 'position:absolute;top:.5rem;right:.5rem;font:inherit;min-width:2.75rem;min-height:2.75rem;background:#fff;color:#111;border:2px solid #111;border-radius:4px;cursor:pointer',
      },
      '×',
    ),
    ...sections(groups, 'h3'),
    ...(page?.handout
      ? [h('p', { style: 'margin:.5rem 0 0' }, h('a', { href: page.handout, target: '_blank', rel: 'noopener', style: 'color:#0b4f9c' }, 'Open the rebuilt handout (PDF)'))]
      : []),
  ]);
}

/**
 * Add the reload client and the overlay to a served page, just before `</body>`.
 *
 * @param html The page as built.
 * @param overlay The overlay, if any.
 * @returns The page to send.
 */
export function decoratePage(html: string, overlay: Element | undefined): string {
  const addition = `${overlay ? toHtml(overlay) : ''}<script src="${CLIENT_PATH}" defer></script>`;
  const end = html.lastIndexOf('</body>');
  return end === -1 ? `${html}${addition}` : `${html.slice(0, end)}${addition}${html.slice(end)}`;
}

/**
 * The page served in place of an article that has errors (and so is not published): its
 * findings, and a promise to come back when they are fixed.
 *
 * @param page The failed article.
 * @param general Problems of the config and the build as a whole.
 * @returns A complete HTML document.
 */
export function errorPage(page: PageReport | undefined, general: FileFindings[]): string {
  const heading = page ? `${page.file} has errors and is not published` : 'The content cannot be built';
  const tree = h('html', { lang: 'en' }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', `Errors: ${page?.file ?? 'pressroom'}`)]),
    h('body', { style: 'font:18px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff' }, [
      h('main', [
        h('h1', { style: 'color:#8a1c1c;font-size:1.5rem' }, heading),
        h('p', 'Fix what is listed below and save: this page reloads by itself.'),
        ...sections([...(page ? [page] : []), ...general], 'h2'),
      ]),
      h('script', { src: CLIENT_PATH, defer: true }),
    ]),
  ]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}

/** The script every served page loads: reload on the server's word; close the overlay. */
export const CLIENT_SCRIPT = `// pressroom dev: reload when a rebuild finishes; the overlay closes with its button or Escape.
(() => {
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  events.addEventListener('reload', () => location.reload());
  const overlay = document.getElementById(${JSON.stringify(OVERLAY_ID)});
  if (!overlay) return;
  const close = () => { overlay.hidden = true; };
  overlay.querySelector('[data-pressroom-close]')?.addEventListener('click', close);
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') close(); });
})();
`;
