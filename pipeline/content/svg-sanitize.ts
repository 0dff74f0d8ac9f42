/**
 * An SVG as every format publishes it: read with an XML parser (as a browser opens an `.svg`
 * file), checked against an allow-list, and written out again. Nothing of the original bytes
 * is published: no DOCTYPE, no processing instruction, no comment, no editor metadata, no
 * attribute the allow-list does not know. What could run or load is refused with its line, so
 * that the author learns about it instead of seeing a silently different drawing.
 *
 * The allow-list is the SVG specifications' own map of elements to attributes
 * (`svg-element-attributes`), less everything that runs, links, animates or embeds.
 */
import { fromXml } from 'xast-util-from-xml';
import { toXml } from 'xast-util-to-xml';
import { svgElementAttributes } from 'svg-element-attributes';
import type { Element as XmlElement, ElementContent, Root as XmlRoot } from 'xast';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Elements of the SVG specifications that run, embed, link, load or change other attributes. */
const DENIED_ELEMENTS = new Set([
  'script', 'handler', 'listener', 'foreignObject', 'iframe', 'audio', 'video', 'canvas', 'animation', 'prefetch',
  'a', 'animate', 'animateColor', 'animateMotion', 'animateTransform', 'set', 'discard',
  'font-face-uri', 'color-profile', 'cursor', 'unknown',
]);

/** Namespaces of drawing programs' own data (Inkscape, Sodipodi, Adobe): dropped with their content. */
const EDITOR_NAMESPACES = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://ns.adobe.com/AdobeIllustrator/10.0/',
  'http://ns.adobe.com/Extensibility/1.0/',
  'http://ns.adobe.com/Graphs/1.0/',
  'http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/',
  'http://ns.adobe.com/SaveForWeb/1.0/',
  'http://ns.adobe.com/Variables/1.0/',
  'http://ns.adobe.com/ImageReplacement/1.0/',
  'http://ns.adobe.com/GenericCustomNamespace/1.0/',
  'http://ns.adobe.com/XPath/1.0/',
]);

const MAX_DEPTH = 200;

/** Raster images embedded as `data:` URLs are pictures, not documents: they cannot run anything. */
const RASTER_DATA_URL = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=]*$/i;

export type SanitizedSvg = { ok: true; svg: string } | { ok: false; problem: string };

/** A refusal with the line of the SVG file it was found on. */
class Refused extends Error {
  constructor(
    readonly what: string,
    readonly line: number | undefined,
  ) {
    super(what);
  }
}

/**
 * Read, check and re-serialize an SVG file.
 *
 * @param text The file's text.
 * @param name The file name to show in the reason (`logo.svg`).
 * @returns The sanitized SVG document, or what was refused and where
 *   ("element `<script>` at line 3 of logo.svg").
 */
export function sanitizeSvg(text: string, name: string): SanitizedSvg {
  // Refused before parsing: the parser would only say that the first entity is undefined.
  const subset = /<!DOCTYPE[^>[]*\[/i.exec(text);
  if (subset) return { ok: false, problem: `a DTD internal subset (entity declarations) at line ${lineAt(text, subset.index)} of ${name}` };
  let tree: XmlRoot;
  try {
    tree = fromXml(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof RangeError || (error as { cause?: unknown }).cause instanceof RangeError) return { ok: false, problem: `elements nested too deeply to read in ${name}` };
    const cause = (error as { cause?: { message?: string } }).cause?.message?.split('\n')[0] ?? (error as Error).message;
    return { ok: false, problem: `it is not well-formed XML: ${cause.replace(/\s*\(line \d+, column \d+\)$/, '')} at line ${(error as { line?: number }).line ?? 1} of ${name}` };
  }
  try {
    return { ok: true, svg: `${toXml(sanitizeRoot(tree), { closeEmptyElements: true })}\n` };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return { ok: false, problem: `${error.what}${error.line ? ` at line ${error.line}` : ''} of ${name}` };
  }
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function sanitizeRoot(tree: XmlRoot): XmlRoot {
  let root: XmlElement | undefined;
  for (const node of tree.children) {
    const line = node.position?.start.line;
    if (node.type === 'instruction' && node.name.toLowerCase() !== 'xml') throw new Refused(`processing instruction \`<?${node.name}?>\``, line);
    if (node.type === 'element') root = node;
  }
  if (!root) throw new Refused('no `<svg>` element', 1);
  const scope = namespaces(root, new Map([['', SVG_NS]]));
  if (localName(root.name) !== 'svg' || resolve(root.name, scope) !== SVG_NS) throw new Refused(`root element \`<${root.name}>\`, expected \`<svg>\``, root.position?.start.line);
  const clean = sanitizeElement(root, scope)!;
  clean.attributes = { xmlns: SVG_NS, ...(usesXlink(clean) ? { 'xmlns:xlink': XLINK_NS } : {}), ...clean.attributes };
  return { type: 'root', children: [clean] };
}

/** The element checked and copied, or undefined when it is editor data to drop. */
function sanitizeElement(node: XmlElement, outer: ReadonlyMap<string, string>, depth = 0): XmlElement | undefined {
  const line = node.position?.start.line;
  // Drawings nest groups a few levels deep; thousands of levels only cost (and overflow the stack).
  if (depth > MAX_DEPTH) throw new Refused(`elements nested more than ${MAX_DEPTH} deep`, line);
  const scope = namespaces(node, outer);
  const namespace = resolve(node.name, scope);
  const name = localName(node.name);
  if (namespace && EDITOR_NAMESPACES.has(namespace)) return undefined;
  if (DENIED_ELEMENTS.has(name) || name.toLowerCase() === 'script') throw new Refused(`element \`<${node.name}>\``, line);
  if (namespace !== SVG_NS) throw new Refused(`element \`<${node.name}>\` of namespace \`${namespace ?? 'none'}\`, expected SVG`, line);
  const allowed = Object.hasOwn(svgElementAttributes, name) ? svgElementAttributes[name] : undefined;
  if (!allowed) throw new Refused(`element \`<${node.name}>\`, which is not an SVG element`, line);
  // Metadata (RDF, Dublin Core) says nothing a reader sees.
  if (name === 'metadata') return { type: 'element', name, attributes: {}, children: [] };
  const attributes: Record<string, string> = {};
  for (const [key, raw] of Object.entries(node.attributes)) {
    if (raw === null || raw === undefined) continue;
    const value = String(raw);
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
    const attributeNs = key.includes(':') ? resolve(key, scope) : undefined;
    const local = localName(key);
    if (/^on/i.test(local)) throw new Refused(`event-handler attribute \`${key}\` on \`<${node.name}>\``, line);
    if (local === 'href' && (attributeNs === undefined || attributeNs === XLINK_NS)) {
      checkHref(value, key, node.name, name, line);
      attributes[attributeNs === XLINK_NS ? 'xlink:href' : 'href'] = value;
      continue;
    }
    if (attributeNs === XML_NS && (local === 'lang' || local === 'space')) {
      attributes[`xml:${local}`] = value;
      continue;
    }
    // Other namespaced attributes (editors', XLink's titles) and unknown ones do nothing a reader sees.
    if (attributeNs !== undefined || !(allowed.includes(key) || svgElementAttributes['*']!.includes(key))) continue;
    checkCss(value, `attribute \`${key}\` on \`<${node.name}>\``, line);
    attributes[key] = value;
  }
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'element') {
      const clean = sanitizeElement(child, scope, depth + 1);
      if (clean) children.push(clean);
    } else if (child.type === 'text' || child.type === 'cdata') {
      if (name === 'style') checkCss(child.value, 'stylesheet in `<style>`', child.position?.start.line ?? line);
      children.push({ type: 'text', value: child.value });
    } else if (child.type === 'instruction') {
      throw new Refused(`processing instruction \`<?${child.name}?>\``, child.position?.start.line);
    }
    // Comments are dropped.
  }
  return { type: 'element', name, attributes, children };
}

/** `href` may only point inside the drawing; `<image>` may also hold an embedded raster picture. */
function checkHref(value: string, key: string, element: string, name: string, line: number | undefined): void {
  const url = value.replace(/[\p{White_Space}\p{Cc}\p{Cf}]/gu, '');
  if (url.startsWith('#') && !url.includes('(')) return;
  if (name === 'image' && RASTER_DATA_URL.test(url)) return;
  throw new Refused(`\`${key}="${value.slice(0, 60)}"\` on \`<${element}>\` (only \`#fragment\` references are allowed)`, line);
}

/**
 * CSS, in a stylesheet or an attribute, may name no resource: `url()` only to `#fragments`, no
 * `@import` or `image-set()`, and no escapes (an escape can spell `url(` so that no pattern sees it).
 */
function checkCss(css: string, where: string, line: number | undefined): void {
  if (css.includes('\\')) throw new Refused(`a CSS escape in ${where}`, line);
  if (/@import/i.test(css)) throw new Refused(`\`@import\` in ${where}`, line);
  if (/image-set\(|@font-face/i.test(css)) throw new Refused(`a CSS resource (\`image-set()\` or \`@font-face\`) in ${where}`, line);
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]*)/gi)) {
    if (!match[2]!.trim().startsWith('#')) throw new Refused(`\`url(${match[2]!.trim().slice(0, 60)})\` in ${where} (only \`url(#fragment)\` is allowed)`, line);
  }
}

/** The namespace prefixes in scope on an element. */
function namespaces(node: XmlElement, outer: ReadonlyMap<string, string>): Map<string, string> {
  const scope = new Map(outer);
  for (const [key, value] of Object.entries(node.attributes)) {
    if (key === 'xmlns') scope.set('', String(value));
    else if (key.startsWith('xmlns:')) scope.set(key.slice(6), String(value));
  }
  scope.set('xml', XML_NS);
  return scope;
}

/** The namespace of a qualified name (unprefixed attributes have none: pass them unresolved). */
function resolve(qualified: string, scope: ReadonlyMap<string, string>): string | undefined {
  const colon = qualified.indexOf(':');
  return scope.get(colon === -1 ? '' : qualified.slice(0, colon));
}

function localName(qualified: string): string {
  return qualified.slice(qualified.indexOf(':') + 1);
}

function usesXlink(node: XmlElement): boolean {
  return 'xlink:href' in node.attributes || node.children.some((child) => child.type === 'element' && usesXlink(child));
}
