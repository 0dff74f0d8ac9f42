/**
 * Links go to the web (`http:`, `https:`), to an e-mail address (`mailto:`), to a phone
 * number (`tel:`), or to something inside the content (a relative path or `#anchor`).
 * Script and data URLs can run code or smuggle content past review, `file:` points at one
 * computer's disk, and `//host` has no scheme of its own: in a PDF or EPUB it does not
 * reach the web. The scheme is read the way a browser reads it, so `JaVaScRiPt:`,
 * `java&#9;script:` and `&#106;avascript:` are caught. Raw HTML is checked elsewhere.
 *
 * ok: `[Call us](tel:+15550100)`, `[Guide](other.md#causes)`, `<https://clinic.example.org>`
 * not-ok: `[x](javascript:alert(1))` → error at the link.
 * not-ok: `[x](//cdn.example.org/a.pdf)` → error at the link.
 * not-ok: `[ref]: data:text/html,…` → error at the definition.
 */
import type { Rule } from '../rule.ts';
import { linkUrls } from '../link-nodes.ts';
import { showUrl, urlKind } from '../../content/url-kind.ts';

const allowed = new Set(['http', 'https', 'mailto', 'tel']);
const expected = 'expected `https:`, `http:`, `mailto:`, `tel:` or a relative path';

export const linkScheme: Rule = {
  id: 'link-scheme',
  check({ tree, report }) {
    for (const { node, url } of linkUrls(tree)) {
      const kind = urlKind(url);
      const shown = showUrl(url);
      if (kind.kind === 'network-path') {
        report(`Unexpected protocol-relative link \`${shown}\`, ${expected}; write the scheme, as in \`https:${shown.replace(/^[/\\]*/, '//')}\`, because a PDF or EPUB has no page scheme to borrow`, node);
        continue;
      }
      if (kind.kind !== 'scheme') continue;
      const { scheme } = kind;
      if (allowed.has(scheme)) {
        if ((scheme === 'http' || scheme === 'https') && !hasHost(url)) {
          report(`Unexpected malformed web link \`${shown}\`, expected \`${scheme}://\` followed by a host name, as in \`https://clinic.example.org/\``, node);
        }
        continue;
      }
      report(`Unexpected \`${scheme}:\` link \`${shown}\`, ${expected}; ${advice(scheme)}`, node);
    }
  },
  examples: [
    {
      name: 'ok: phone, web and relative links',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

[Call us](tel:+15550100) or see [our guide](neck-pain.md) and <https://clinic.example.org>.
`,
      messages: [],
    },
    {
      name: 'not-ok: a javascript: link',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

[Open the form](javascript:alert(1)).
`,
      messages: ['10:1'],
    },
  ],
};

function advice(scheme: string): string {
  switch (scheme) {
    case 'javascript':
    case 'vbscript':
      return 'script links run code in the reader’s browser; remove the link';
    case 'data':
      return 'a `data:` URL hides its content from review; put the file in the content folder and link it by relative path';
    case 'file':
      return 'a `file:` URL points at one computer’s disk; put the file in the content folder and link it by relative path';
    default:
      return 'other schemes do not open on every reader’s device; link to a web page instead';
  }
}

function hasHost(url: string): boolean {
  try {
    return new URL(url.trim()).hostname !== '' && /^[a-z]+:\/\//i.test(url.trim());
  } catch {
    return false;
  }
}
