/**
 * The per-handout part of the print stylesheet: paper size and the text of the running header
 * and footer, drawn in CSS page-margin boxes. Margin boxes use the page's own (bundled, embedded)
 * font and measured better on Chromium than Puppeteer's header and footer templates, which
 * render in a separate document with a system font and cannot load files.
 * The look of these boxes lives in templates/handout.css; only their content is generated here.
 */
import type { HandoutVariant } from './handout-variants.ts';

export interface PageFurniture {
  paper: 'letter' | 'a4';
  clinicName: string;
  /** `data:` URL of the clinic's logo, if configured. */
  logo?: string;
  /** Right of the header: "In an emergency, call 911". */
  emergency: string;
  /** Left of the footer: the title, a newline, "Last reviewed October 14, 2026". */
  footer: string;
  /** Right of the footer, around the page counters: "Page " N " of " M "". */
  pageOf: readonly [string, string, string];
  /** Writing direction of the article: right-to-left pages mirror the header and footer. */
  direction?: 'ltr' | 'rtl';
}

/**
 * CSS `@page` rules for one handout.
 *
 * @param furniture What the header and footer say.
 * @returns CSS text.
 */
export function pageCss(furniture: PageFurniture): string {
  const logo = furniture.logo ? `background-image: url(${cssString(furniture.logo)});` : 'padding-left: 0;';
  const [page, of, after] = furniture.pageOf;
  const pages = `${cssString(page)} counter(page) ${cssString(of)} counter(pages)${after ? ` ${cssString(after)}` : ''}`;
  if (furniture.direction === 'rtl') {
    // Mirrored: the clinic (and its logo) at the top right, the page count at the bottom left.
    const rtlLogo = furniture.logo
      ? `background-image: url(${cssString(furniture.logo)}); background-repeat: no-repeat; background-position: right bottom 1.2mm; background-size: auto 8mm; padding-right: 11mm;`
      : '';
    return `@page {
  size: ${furniture.paper === 'a4' ? 'A4' : 'letter'};
  @top-left { content: ${cssString(furniture.emergency)}; color: var(--emergency); text-align: left; padding-left: 0; background-image: none; width: auto; }
  @top-right { content: ${cssString(furniture.clinicName)}; color: var(--accent); text-align: right; width: 60%; ${rtlLogo} }
  @bottom-left { content: ${pages}; text-align: left; white-space: normal; width: auto; }
  @bottom-right { content: ${cssString(furniture.footer)}; text-align: right; white-space: pre-wrap; line-height: 1.3; width: 75%; }
}
`;
  }
  return `@page {
  size: ${furniture.paper === 'a4' ? 'A4' : 'letter'};
  @top-left { content: ${cssString(furniture.clinicName)}; ${logo} }
  @top-right { content: ${cssString(furniture.emergency)}; }
  @bottom-left { content: ${cssString(furniture.footer)}; }
  @bottom-right { content: ${pages}; }
}
`;
}

/**
 * The page rules of one edition: its margins and the size of its running header and footer.
 *
 * @param variant The edition.
 * @returns CSS text.
 */
export function variantPageCss(variant: HandoutVariant): string {
  const [top, right, bottom, left] = variant.margins;
  const size = `font-size: ${variant.furnitureSize}pt;`;
  return `@page {
  margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;
  @top-left { ${size} width: ${variant.headerNameWidth}%; }
  @top-right { ${size} white-space: nowrap; }
  @bottom-left { ${size} } @bottom-right { ${size} }
}
`;
}

/**
 * Serialize text as a CSS string (CSS Syntax §4.3.5 in reverse): quotes, backslashes and
 * control characters escaped, newlines as `\a` for `white-space: pre` boxes, and `<` escaped so
 * that no title can close the `<style>` element it is written into.
 *
 * @param value Any text.
 * @returns A double-quoted CSS string.
 */
export function cssString(value: string): string {
  let out = '"';
  for (const character of value) {
    const code = character.codePointAt(0)!;
    if (character === '"' || character === '\\') out += `\\${character}`;
    else if (code < 0x20 || code === 0x7f || character === '<') out += `\\${code.toString(16)} `;
    else out += character;
  }
  return `${out}"`;
}
