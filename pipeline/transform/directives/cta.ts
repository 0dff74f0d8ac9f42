/**
 * `:::cta`: the author's invitation, then the clinic's contact details from the config
 * (name, phone as a `tel:` link, address, web site, e-mail), so every call to action
 * carries the same, current details.
 *
 *     <aside class="callout callout-cta"><p class="callout-label">Contact us</p>
 *       …author's text…
 *       <address class="contact">…</address>
 *     </aside>
 */
import type { Element, ElementContent } from 'hast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { State } from './handler-types.ts';
import { calloutElement, labelAndBody } from './callout.ts';
import { phoneHref } from './phone-href.ts';
import type { DirectiveContext } from './context.ts';
import { reportOnce } from '../../diagnostics/report-once.ts';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { PageWords } from '../../languages/interface-words.ts';

/**
 * Handler for `:::cta`.
 *
 * @param context Article and format.
 * @returns An mdast → hast handler.
 */
export function ctaHandler(context: DirectiveContext) {
  return (state: State, node: ContainerDirective): Element => {
    const { label, body } = labelAndBody(state, node, context.text.directiveLabels.cta);
    const contact = contactBlock(context.config, context.text);
    if (!contact) {
      reportOnce(
        context.file,
        'error',
        'Unexpected `:::cta` without clinic details, expected a `clinic` (name, phone, url, address) in pressroom.yaml; add it so the contact block can be shown',
        'render-cta',
        node,
      );
    }
    const result = calloutElement('cta', label, contact ? [...body, contact] : body);
    state.patch(node, result);
    return result;
  };
}

/**
 * The clinic's contact details as an `<address>`.
 *
 * @param config Resolved config.
 * @param text Interface words.
 * @returns The element, or undefined without a clinic.
 */
export function contactBlock(config: ResolvedConfig, text: PageWords): Element | undefined {
  const clinic = config.clinic;
  if (!clinic) return undefined;
  const line = (key: string, ...content: ElementContent[]): Element => ({
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [{ type: 'element', tagName: 'span', properties: { className: ['contact-key'] }, children: [{ type: 'text', value: `${key}:` }] }, { type: 'text', value: ' ' }, ...content],
  });
  const link = (href: string, value: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value }] });
  const addressLines = clinic.address.split(/\r?\n/).flatMap((part, index): ElementContent[] =>
    index === 0 ? [{ type: 'text', value: part.trim() }] : [{ type: 'element', tagName: 'br', properties: {}, children: [] }, { type: 'text', value: part.trim() }],
  );
  const lines: Element[] = [
    { type: 'element', tagName: 'p', properties: { className: ['contact-name'] }, children: [{ type: 'text', value: clinic.name }] },
    line(text.phone, link(phoneHref(clinic.phone), clinic.phone)),
    line(text.address, ...addressLines),
    line(text.website, link(clinic.url, displayUrl(clinic.url))),
  ];
  if (clinic.email) lines.push(line(text.email, link(`mailto:${clinic.email}`, clinic.email)));
  return { type: 'element', tagName: 'address', properties: { className: ['contact'] }, children: lines };
}

/**
 * A web address as people read it: without `https://` and a trailing `/`.
 *
 * @param url Absolute URL.
 * @returns Shorter text.
 */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
