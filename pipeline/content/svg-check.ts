/**
 * An SVG published as a file can be opened on its own, on the clinic's web site, where
 * scripts in it would run. Refuse SVGs with anything that runs or loads: `<script>`,
 * `<foreignObject>`, embedded documents, event-handler attributes, and links or references
 * to anything but the SVG's own `#fragments` or an image `data:` URL, also in its CSS
 * (`url(…)` and `@import` in `<style>`, `style` and presentation attributes such as `fill`), and
 * external XML entities.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const ACTIVE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'handler', 'listener', 'set', 'animate']);

/**
 * Why an SVG file is unsafe to publish, if it is.
 *
 * @param text The SVG source.
 * @returns A short reason, or undefined when nothing active was found.
 */
export function svgProblem(text: string): string | undefined {
  // The HTML parser drops the DOCTYPE's internal subset, where an XML reader would load these.
  const entity = /<!ENTITY\s+(?:%\s*)?[^\s>]+\s+(?:SYSTEM|PUBLIC)\b/i.exec(text);
  if (entity) return `it declares an external entity (\`${entity[0]}\`)`;
  // Parsed as HTML, `<svg>` content lands in the SVG namespace with every attribute kept.
  const tree = fromHtml(text.replace(/^\s*<\?xml[^>]*\?>/, ''), { fragment: true });
  let problem: string | undefined;
  visit(tree, 'element', (node) => {
    const name = node.tagName.toLowerCase();
    if (ACTIVE_ELEMENTS.has(name)) {
      problem = `it contains a \`<${node.tagName}>\` element`;
      return false;
    }
    if (name === 'style') problem = cssProblem(toString(node), true);
    for (const [key, value] of Object.entries(node.properties)) {
      problem ??= typeof value === 'string' ? cssProblem(value, key === 'style') : undefined;
    }
    if (problem) return false;
    for (const [key, value] of Object.entries(node.properties)) {
      const attribute = key.toLowerCase();
      if (attribute.startsWith('on')) {
        problem = `it has an event-handler attribute (\`${key}\`)`;
        return false;
      }
      if ((attribute === 'href' || attribute === 'xlinkhref' || attribute === 'src') && typeof value === 'string') {
        if (!isOwnReference(value)) {
          problem = `it links to \`${value.slice(0, 60)}\``;
          return false;
        }
      }
    }
  });
  return problem;
}

/** Whether a reference stays inside the SVG: empty, a `#fragment` or an image `data:` URL. */
function isOwnReference(value: string): boolean {
  const url = value.replace(/[\p{White_Space}\p{Cc}\p{Cf}]/gu, '');
  return url === '' || url.startsWith('#') || /^data:image\/(png|jpe?g|gif|webp);/i.test(url);
}

/** Where CSS can name a resource: `url(`, and a string after `@import` or `image-set(`. */
const CSS_REFERENCE = /url\(|@import|image-set\(/gi;

/**
 * Why CSS text (a stylesheet, or an attribute such as `fill`) would load something, if it would.
 *
 * @param css CSS text.
 * @param stylesheet Whether it is a `<style>` or a `style` attribute (any CSS, not one value).
 * @returns A short reason, or undefined.
 */
function cssProblem(css: string, stylesheet: boolean): string | undefined {
  // An escape can spell `url(` so that no pattern sees it; drawings do not need one.
  if (stylesheet && css.includes('\\')) return `its CSS has an escape (\`${css.trim().slice(0, 60)}\`)`;
  for (const match of css.matchAll(CSS_REFERENCE)) {
    const rest = css.slice(match.index + match[0].length).trimStart();
    const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : undefined;
    // A quoted target ends at its quote; a bare `url(` target at `)`; after `@import` or
    // `image-set(` without a string, `url(` follows and is looked at on its own.
    const end = quote ? rest.indexOf(quote, 1) : match[0].startsWith('url') ? rest.indexOf(')') : 0;
    const target = quote ? rest.slice(1, end === -1 ? undefined : end) : rest.slice(0, end === -1 ? undefined : end);
    if (!isOwnReference(target)) return `its CSS loads \`${target.trim().slice(0, 60)}\``;
  }
  return undefined;
}
