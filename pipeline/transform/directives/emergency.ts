/**
 * `:::emergency`: a prominent, labelled region that always tells the reader how to get help,
 * with the clinic's emergency number (911 when no clinic is configured) as a phone link,
 * before the author's list of red flags.
 *
 *     <section class="callout callout-emergency" aria-labelledby="emergency-1">
 *       <p class="callout-label" id="emergency-1">Get emergency care</p>
 *       <p class="emergency-call">Call <a href="tel:911">911</a> or go to the nearest emergency room.</p>
 *       …
 *     </section>
 */
import type { Element } from 'hast';
import type { State } from './handler-types.ts';
import type { ContainerDirective } from 'mdast-util-directive';
import { calloutElement, labelAndBody } from './callout.ts';
import { phoneHref } from './phone-href.ts';
import type { DirectiveContext } from './context.ts';

/** Used when the config has no clinic: the schema's own default. */
const DEFAULT_EMERGENCY_NUMBER = '911';

/**
 * The emergency number for a config.
 *
 * @param context Article and format.
 * @returns The number as written in the config.
 */
export function emergencyNumber(context: Pick<DirectiveContext, 'config'>): string {
  return context.config.clinic?.emergencyNumber ?? DEFAULT_EMERGENCY_NUMBER;
}

/**
 * Handler for `:::emergency`.
 *
 * @param context Article and format.
 * @returns An mdast → hast handler.
 */
export function emergencyHandler(context: DirectiveContext) {
  return (state: State, node: ContainerDirective): Element => {
    const { label, body } = labelAndBody(state, node, context.text.directiveLabels.emergency);
    const number = emergencyNumber(context);
    const [before, after] = context.text.emergencyCall;
    const call: Element = {
      type: 'element',
      tagName: 'p',
      properties: { className: ['emergency-call'] },
      children: [
        { type: 'text', value: before },
        { type: 'element', tagName: 'a', properties: { href: phoneHref(number) }, children: [{ type: 'text', value: number }] },
        { type: 'text', value: after },
      ],
    };
    const result = calloutElement('emergency', label, [call, ...body]);
    state.patch(node, result);
    return result;
  };
}
