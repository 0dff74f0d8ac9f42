/**
 * Raw HTML in an article is not trusted: the renderers keep only the markup Markdown itself
 * produces (transform/sanitize-schema.ts) and drop the rest from every format. This rule says so
 * at the line of each drop, reading the same schema, so what lint warns about is exactly what
 * the sanitizer removes: scripts and styles with their content, embedded frames and objects,
 * forms, unknown elements (their text stays), event-handler and `style` attributes,
 * `javascript:` and `data:` URLs, and images that are not files of the content folder.
 *
 * ok: `<br>`, `<strong>` or `<a href="https://…">` written by hand, which Markdown makes as well.
 * not-ok: `H<sub>2</sub>O` → warning: `<sub>` is not markup Markdown makes (the text stays).
 * not-ok: `<img src="x.png" onerror="alert(1)">` → warning at the `<img>`: event-handler attribute `onerror`.
 * not-ok: `<script>…</script>` → warning at the line of `<script>`, even inside a multi-line block.
 * not-ok: `<a href="javascript:alert(1)">` → warning: `javascript:` URL.
 */
import type { Element, Properties, Root as HastRoot } from 'hast';
import type { Html } from 'mdast';
import type { Point } from 'unist';
import { fromHtml } from 'hast-util-from-html';
import rehypeSanitize from 'rehype-sanitize';
import { SKIP, visit, visitParents } from '../walk.ts';
import type { Rule } from '../rule.ts';
import { sanitizeSchema } from '../../transform/sanitize-schema.ts';
import { showUrl, urlKind } from '../../content/url-kind.ts';
import { toFilePoint } from '../html-place.ts';

const sanitize = rehypeSanitize(sanitizeSchema) as (tree: HastRoot) => HastRoot;

/** Properties that hold URLs. */
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'cite', 'poster', 'data', 'background', 'srcSet', 'xLinkHref', 'longDesc', 'manifest', 'ping']);

const EMBEDDED = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'portal', 'video', 'audio', 'canvas', 'svg', 'math']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const FORMS = new Set(['form', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'label', 'fieldset', 'legend', 'datalist', 'output']);

export const rawHtml: Rule = {
  id: 'raw-html',
  check({ tree, file, report }) {
    const sourceLines = String(file.value ?? '').split(/\r?\n/);
    visit(tree, 'html', (node: Html) => {
      const start = node.position?.start;
      if (!start) return;
      // An unclosed comment hides everything after it up to the end of its block, red flags included.
      const opened = node.value.lastIndexOf('<!--');
      if (opened >= 0 && node.value.indexOf('-->', opened + 4) < 0) {
        report('Unexpected `<!--` that is never closed: it hides the rest of the block from readers in every format; close it with `-->` on the same block', place0(node.value, opened, start, sourceLines), 'error');
      }
      const fragment = fromHtml(node.value, { fragment: true });
      const valueLines = node.value.split(/\r?\n/);
      const place = (point: Point | undefined): Point => toFilePoint(point, start, valueLines, sourceLines);
      visitParents(fragment, 'element', (element, ancestors) => {
        const names = ancestors.filter((a): a is Element => a.type === 'element').map((a) => a.tagName);
        const tag = element.tagName;
        const where = place(element.position?.start);
        const owned = pipelineClasses(element);
        if (owned.length > 0) {
          report(
            `Unexpected class ${owned.map((name) => `\`${name}\``).join(', ')} in raw HTML: it is markup the renderers make themselves, and written by hand it forges a callout or hides text from sighted readers; use a directive (\`:::emergency\`, \`:::tip\`…) or plain text`,
            where,
            'error',
          );
        }
        if (sanitizeSchema.strip?.includes(tag)) {
          report(`Unexpected \`<${tag}>\` in raw HTML: it is removed with its content from every format; ${elementAdvice(tag)}`, where);
          return SKIP;
        }
        const required = sanitizeSchema.ancestors?.[tag];
        if (!sanitizeSchema.tagNames?.includes(tag) || (required && !required.some((name) => names.includes(name)))) {
          const kept = VOID.has(tag) ? '' : ' (its text is kept)';
          report(`Unexpected \`<${tag}>\` in raw HTML: the element is removed from every format${kept}; ${elementAdvice(tag)}`, where);
        } else {
          const dropped = droppedAttributes(element, names);
          for (const problem of dropped) {
            report(problem.reason, place(attributePoint(node.value, element, problem.attribute)));
          }
          if (tag === 'img' && !dropped.some((problem) => problem.attribute === 'src')) {
            const src = typeof element.properties.src === 'string' ? element.properties.src : '';
            const kind = urlKind(src);
            if (src && kind.kind !== 'relative') {
              report(`Unexpected image source \`${showUrl(src)}\` in raw HTML, expected an image file inside the content folder, by relative path: the image is not published, its alt text is shown instead`, where);
            }
          }
        }
      });
    });
  },
  examples: [
    {
      name: 'ok: HTML that Markdown makes too',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Take it with <strong>food</strong>.
`,
      messages: [],
    },
    {
      name: 'not-ok: a script',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

Take it with food.

<script>alert(1)</script>
`,
      messages: ['12:1'],
    },
    {
      name: 'not-ok: an event handler',
      markdown: `---
title: Easing a stiff back
summary: Simple ways to ease a stiff back at home.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-06-01
---

<img src="images/spine.jpg" alt="A model of the spine" onerror="alert(1)">
`,
      messages: ['10:56'],
    },
  ],
};

/** Classes only the pipeline may set: callouts, the emergency call, hidden text, task boxes, contact blocks. */
const PIPELINE_CLASS = /^(callout(-.*)?|emergency-call|visually-hidden|sr-only|task-box(-.*)?|contact(-.*)?|footnotes|table-scroll)$/;

function pipelineClasses(element: Element): string[] {
  const value: unknown = element.properties.className;
  const names = Array.isArray(value) ? value.map(String) : [];
  return names.filter((name) => PIPELINE_CLASS.test(name));
}

/** The file point of an offset inside a raw HTML node. */
function place0(value: string, offset: number, start: Point, sourceLines: string[]): Point {
  const before = value.slice(0, offset).split(/\r?\n/);
  const line = start.line + before.length - 1;
  if (before.length === 1) return { line, column: start.column + offset };
  // Later lines of a block keep their indentation in the source; find the text on the line.
  const column = (sourceLines[line - 1] ?? '').indexOf('<!--') + 1;
  return { line, column: column > 0 ? column : 1 };
}

interface DroppedAttribute {
  /** Attribute name as written. */
  attribute: string;
  reason: string;
}

/**
 * The attributes of an element (whose tag the schema allows) that the sanitizer removes.
 *
 * @param element Element parsed from raw HTML.
 * @param ancestors Tag names of its ancestors in the same HTML node.
 * @returns One message per dropped attribute.
 */
function droppedAttributes(element: Element, ancestors: string[]): DroppedAttribute[] {
  const kept = sanitizedProperties(element, ancestors);
  const problems: DroppedAttribute[] = [];
  for (const [key, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || value === false) continue;
    const attribute = attributeName(key);
    const after = kept[key];
    let reason: string | undefined;
    if (after === undefined) {
      reason = attributeReason(key, attribute, value, element.tagName);
    } else if (Array.isArray(value) && Array.isArray(after) && after.length < value.length) {
      const lost = value.filter((token) => !after.includes(token));
      reason = `Unexpected \`${attribute}\` value \`${lost.join(' ')}\` on \`<${element.tagName}>\` in raw HTML: it is removed from every format; remove it`;
    }
    if (reason) problems.push({ attribute, reason });
  }
  return problems;
}

/**
 * Run the renderers' sanitizer on a copy of the element (without children, inside the
 * ancestor the schema requires) and read back the properties it keeps.
 */
function sanitizedProperties(element: Element, ancestors: string[]): Properties {
  const copy: Element = { type: 'element', tagName: element.tagName, properties: { ...element.properties }, children: [] };
  const required = sanitizeSchema.ancestors?.[element.tagName];
  const wrapper = required?.find((name) => ancestors.includes(name));
  const root: HastRoot = { type: 'root', children: [wrapper ? { type: 'element', tagName: wrapper, properties: {}, children: [copy] } : copy] };
  let found: Properties = {};
  visit(sanitize(root), 'element', (node) => {
    if (node.tagName === element.tagName) {
      found = node.properties;
      return false;
    }
  });
  return found;
}

function attributeReason(key: string, attribute: string, value: unknown, tag: string): string {
  if (/^on/i.test(attribute)) {
    return `Unexpected event-handler attribute \`${attribute}\` on \`<${tag}>\` in raw HTML: scripts are removed from every format; remove it`;
  }
  if (key === 'style') {
    return `Unexpected \`style\` attribute on \`<${tag}>\` in raw HTML: inline styles are removed from every format, the site's stylesheet applies; remove it`;
  }
  if (URL_PROPERTIES.has(key)) {
    const url = String(Array.isArray(value) ? value.join(' ') : value);
    const kind = urlKind(url);
    const scheme = kind.kind === 'scheme' ? `\`${kind.scheme}:\` URL` : 'URL';
    return `Unexpected ${scheme} \`${showUrl(url)}\` in \`${attribute}\` on \`<${tag}>\` in raw HTML: it is removed from every format; link to an \`https:\` page or to a file of the content folder instead`;
  }
  return `Unexpected \`${attribute}\` attribute on \`<${tag}>\` in raw HTML: it is removed from every format; remove it or write the content in Markdown`;
}

function elementAdvice(tag: string): string {
  if (tag === 'script' || tag === 'noscript' || tag === 'template') return 'pages carry no scripts; remove it';
  if (tag === 'style') return "pages use the site's stylesheet; remove it";
  if (EMBEDDED.has(tag)) return 'embedded content is not published; link to it instead';
  if (FORMS.has(tag)) return 'forms are not published; link to a form page or a printable PDF instead';
  return 'write it in Markdown instead';
}

/**
 * An attribute name as written in HTML, from its hast property name.
 *
 * @param key Property name (`className`, `onError`, `ariaLabel`…).
 * @returns Attribute name (`class`, `onerror`, `aria-label`…).
 */
function attributeName(key: string): string {
  const special: Record<string, string> = { className: 'class', htmlFor: 'for', acceptCharset: 'accept-charset', httpEquiv: 'http-equiv', xLinkHref: 'xlink:href' };
  if (special[key]) return special[key];
  if (/^(aria|data)[A-Z]/.test(key)) return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return key.toLowerCase();
}

/**
 * Where an attribute is written inside an element's start tag, so a tag spread over several
 * lines is reported at the attribute's line.
 *
 * @param value Text of the HTML node.
 * @param element Element parsed from it.
 * @param attribute Attribute name.
 * @returns Point relative to the HTML node, or the element's start.
 */
function attributePoint(value: string, element: Element, attribute: string): Point | undefined {
  const start = element.position?.start;
  const end = element.children[0]?.position?.start.offset ?? element.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return start;
  const tag = value.slice(start.offset, end);
  const match = new RegExp(`[\\s"'/]${attribute.replace(/[^\w-]/g, '\\$&')}(?=[\\s=/>]|$)`, 'i').exec(tag);
  if (!match) return start;
  const before = value.slice(0, start.offset + match.index + 1);
  const lines = before.split(/\r?\n/);
  return { line: lines.length, column: lines.at(-1)!.length + 1, offset: before.length };
}
