/**
 * An SVG published as a file can be opened on its own, on the clinic's web site, where
 * scripts in it would run. Refuse SVGs with anything that runs or loads: `<script>`,
 * `<foreignObject>`, embedded documents, event-handler attributes, and links or references
 * to anything but the SVG's own `#fragments` or an image `data:` URL.
 */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const ACTIVE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'handler', 'listener', 'set', 'animate']);

/**
 * Why an SVG file is unsafe to publish, if it is.
 *
 * @param text The SVG source.
 * @returns A short reason, or undefined when nothing active was found.
 */
export function svgProblem(text: string): string | undefined {
  // Parsed as HTML, `<svg>` content lands in the SVG namespace with every attribute kept.
  const tree = fromHtml(text.replace(/^\s*<\?xml[^>]*\?>/, ''), { fragment: true });
  let problem: string | undefined;
  visit(tree, 'element', (node) => {
    const name = node.tagName.toLowerCase();
    if (ACTIVE_ELEMENTS.has(name)) {
      problem = `it contains a \`<${node.tagName}>\` element`;
      return false;
    }
    for (const [key, value] of Object.entries(node.properties)) {
      const attribute = key.toLowerCase();
      if (attribute.startsWith('on')) {
        problem = `it has an event-handler attribute (\`${key}\`)`;
        return false;
      }
      if ((attribute === 'href' || attribute === 'xlinkhref' || attribute === 'src') && typeof value === 'string') {
        const url = value.replace(/[\p{White_Space}\p{Cc}\p{Cf}]/gu, '');
        if (url && !url.startsWith('#') && !/^data:image\/(png|jpe?g|gif|webp);/i.test(url)) {
          problem = `it links to \`${value.slice(0, 60)}\``;
          return false;
        }
      }
    }
  });
  return problem;
}
