/**
 * Repair what Chromium's tags lack for PDF/UA-1, where HTML and CSS cannot express it:
 * - `NonStruct` wrappers (Chromium writes one per `div`, `span` and text run) become `Div`
 *   (between blocks) or `Span` (inside text), so assistive technology sees grouping, not noise;
 * - PDF 2.0 types (`Strong`, `Aside`…) get a role map to their PDF 1.7 type (Matterhorn 02-001);
 * - a `Figure` with no alternate text that only groups an image and its caption (`<figure>`)
 *   becomes a `Div`, since the image inside carries the alternate text (Matterhorn 13-004);
 * - a list item's content besides its label goes into an `LBody` (Chromium writes the text
 *   straight into the `LI`; Matterhorn 09-005);
 * - every link annotation gets `Contents`, the link's text (ISO 14289-1 §7.18.5).
 * The structure tree is otherwise Chromium's: its parent tree and marked-content ids stay valid.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';
import { INLINE_PARENTS, PDF2_ROLES, STANDARD_TYPES } from './structure-types.ts';

export interface TagRepairs {
  /** `NonStruct` elements renamed. */
  nonStruct: number;
  /** Role-map entries added. */
  roles: number;
  /** Grouping figures turned into `Div`. */
  figures: number;
  /** Link annotations given `Contents`. */
  links: number;
  /** List items whose body was wrapped in `LBody`. */
  listBodies: number;
}

/**
 * Repair the tags in place.
 *
 * @param document The loaded PDF.
 * @param linkTexts The text of each link of the page, by `href` (and `#id` for links inside the page).
 * @returns What was changed.
 */
export function repairTags(document: PDFDocument, linkTexts: ReadonlyMap<string, string>): TagRepairs {
  const repairs: TagRepairs = { nonStruct: 0, roles: 0, figures: 0, links: 0, listBodies: 0 };
  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (root instanceof PDFDict) {
    const used = new Set<string>();
    const listItems: PDFDict[] = [];
    walkElements(root, (element, parentType) => {
      const type = nameOf(element.lookup(PDFName.of('S')));
      if (type === 'NonStruct') {
        element.set(PDFName.of('S'), PDFName.of(INLINE_PARENTS.has(parentType) ? 'Span' : 'Div'));
        repairs.nonStruct += 1;
      } else if (type === 'Figure' && !hasAlternate(element) && containsFigure(element)) {
        element.set(PDFName.of('S'), PDFName.of('Div'));
        repairs.figures += 1;
      }
      used.add(nameOf(element.lookup(PDFName.of('S'))));
      if (type === 'LI') listItems.push(element);
    });
    for (const item of listItems) if (wrapListBody(document, item)) repairs.listBodies += 1;
    const roleMap = root.lookup(PDFName.of('RoleMap')) instanceof PDFDict ? (root.lookup(PDFName.of('RoleMap')) as PDFDict) : document.context.obj({});
    for (const type of used) {
      if (STANDARD_TYPES.has(type) || roleMap.has(PDFName.of(type))) continue;
      roleMap.set(PDFName.of(type), PDFName.of(PDF2_ROLES[type] ?? 'Span'));
      repairs.roles += 1;
    }
    if (roleMap.keys().length > 0) root.set(PDFName.of('RoleMap'), roleMap);
  }
  for (const page of document.getPages()) {
    const annotations = page.node.lookup(PDFName.of('Annots'));
    if (!(annotations instanceof PDFArray)) continue;
    for (const annotation of annotations.asArray().map((ref) => document.context.lookup(ref))) {
      if (!(annotation instanceof PDFDict) || nameOf(annotation.lookup(PDFName.of('Subtype'))) !== 'Link') continue;
      if (annotation.has(PDFName.of('Contents'))) continue;
      annotation.set(PDFName.of('Contents'), PDFHexString.fromText(linkDescription(annotation, linkTexts)));
      repairs.links += 1;
    }
  }
  return repairs;
}

/**
 * Visit every structure element below a node, depth-first, with its parent's type.
 *
 * @param node The structure tree root or an element.
 * @param visit Called for each element.
 * @param parentType Type of `node`.
 */
export function walkElements(node: PDFDict, visit: (element: PDFDict, parentType: string) => void, parentType = ''): void {
  const seen = new Set<PDFDict>();
  const walk = (current: PDFDict, type: string) => {
    for (const kid of kidsOf(current)) {
      if (seen.has(kid)) continue;
      seen.add(kid);
      visit(kid, type);
      walk(kid, nameOf(kid.lookup(PDFName.of('S'))));
    }
  };
  walk(node, parentType);
}

/**
 * The structure elements among a node's kids (marked-content ids and object references left out).
 *
 * @param node An element or the root.
 * @returns The child elements.
 */
export function kidsOf(node: PDFDict): PDFDict[] {
  const kids = node.lookup(PDFName.of('K'));
  const list = kids instanceof PDFArray ? kids.asArray().map((kid) => node.context.lookup(kid)) : [kids];
  return list.filter((kid): kid is PDFDict => kid instanceof PDFDict && kid.has(PDFName.of('S')));
}

/**
 * A name object's name without the slash.
 *
 * @param value Any object.
 * @returns The name, or '' when it is not a name.
 */
export function nameOf(value: unknown): string {
  return value instanceof PDFName ? value.decodeText() : '';
}

/**
 * A string object's text.
 *
 * @param value Any object.
 * @returns The text, or undefined when it is not a string.
 */
export function textOf(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/**
 * Put the kids of a list item other than its `Lbl` into one `LBody`, where the first of them was.
 * Marked content written straight into the item stays there (its parent tree entry names the item).
 */
function wrapListBody(document: PDFDocument, item: PDFDict): boolean {
  const kids = item.lookup(PDFName.of('K'));
  const list = kids instanceof PDFArray ? kids.asArray() : kids ? [item.get(PDFName.of('K'))!] : [];
  const isBody = (kid: unknown) => {
    const value = kid instanceof PDFRef ? document.context.lookup(kid) : kid;
    if (!(value instanceof PDFDict) || !value.has(PDFName.of('S'))) return false;
    const type = nameOf(value.lookup(PDFName.of('S')));
    return type !== 'Lbl' && type !== 'LBody';
  };
  const moved = list.filter(isBody);
  if (moved.length === 0) return false;
  const itemRef = document.context.getObjectRef(item);
  if (!itemRef) return false;
  const body = document.context.obj({ Type: 'StructElem', S: 'LBody', P: itemRef, K: moved });
  const bodyRef = document.context.register(body);
  for (const kid of moved) {
    const value = document.context.lookup(kid);
    if (value instanceof PDFDict) value.set(PDFName.of('P'), bodyRef);
  }
  const first = list.findIndex(isBody);
  const kept = list.filter((kid) => !isBody(kid));
  kept.splice(first - list.slice(0, first).filter(isBody).length, 0, bodyRef);
  item.set(PDFName.of('K'), document.context.obj(kept));
  return true;
}

function hasAlternate(element: PDFDict): boolean {
  return Boolean(textOf(element.lookup(PDFName.of('Alt')))?.trim() || textOf(element.lookup(PDFName.of('ActualText')))?.trim());
}

function containsFigure(element: PDFDict): boolean {
  let found = false;
  walkElements(element, (kid) => {
    if (nameOf(kid.lookup(PDFName.of('S'))) === 'Figure') found = true;
  });
  return found;
}

/** What a link says: its text on the page, else where it leads. */
function linkDescription(annotation: PDFDict, linkTexts: ReadonlyMap<string, string>): string {
  const action = annotation.lookup(PDFName.of('A'));
  const uri = action instanceof PDFDict ? textOf(action.lookup(PDFName.of('URI'))) : undefined;
  if (uri !== undefined) return linkTexts.get(uri) ?? uri;
  const destination = annotation.lookup(PDFName.of('Dest'));
  const name = textOf(destination) ?? nameOf(destination);
  return (name && linkTexts.get(`#${name}`)) || 'Link to another place in this handout';
}
