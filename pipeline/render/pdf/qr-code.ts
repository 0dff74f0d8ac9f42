/**
 * The QR code on a handout: an inline SVG from the `qrcode` package that opens the article's
 * web edition, with alt text saying where it leads (Chromium tags it as a Figure with /Alt).
 */
import QRCode from 'qrcode';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';

/**
 * Build the QR code for a URL.
 *
 * @param url Absolute URL the code opens.
 * @param alt Text alternative, read by screen readers and kept in the PDF's structure tree.
 * @returns An `<svg role="img">` element.
 */
export async function qrCode(url: string, alt: string): Promise<Element> {
  // Error correction M survives a smudged or folded printout; the quiet zone comes from CSS padding.
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0, color: { dark: '#000000', light: '#ffffff' } });
  const root = fromHtml(svg, { fragment: true });
  const element = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
  if (!element) throw new Error('qrcode returned no <svg> element');
  element.properties = { ...element.properties, role: 'img', ariaLabel: alt, className: ['qr-code'], focusable: 'false' };
  delete element.properties.width;
  delete element.properties.height;
  return element;
}
