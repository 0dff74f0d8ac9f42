/**
 * A checker of the machine-checkable PDF/UA-1 (ISO 14289-1) failure conditions that a handout
 * can hit, named after the Matterhorn Protocol checkpoints where one applies. No PDF/UA
 * validator (veraPDF) can be installed where pressroom runs, so the build runs this on every
 * handout it writes, and the tests run it on every handout they make. What it cannot judge
 * (whether the reading order makes sense, whether alternate text describes the image) needs a
 * person; the README lists both.
 */
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';
import { pageOperations } from './mark-artifacts.ts';
import { kidsOf, nameOf, textOf, walkElements } from './repair-tags.ts';
import { STANDARD_TYPES } from './structure-types.ts';

/** One failed condition. */
export interface PdfUaFailure {
  /** Matterhorn checkpoint (`06-002`) or ISO 14289-1 clause (`7.18.5`). */
  condition: Condition;
  /** What is wrong, in a sentence. */
  message: string;
}

/** The conditions checked (the README lists the same): id → what passes. */
const PDFUA_CONDITIONS = {
  '01-005': 'All page content is tagged or marked as an artifact.',
  '01-003/01-004': 'No artifact inside tagged content, and no tagged content inside an artifact.',
  '01-007': 'The `Suspects` entry is not true.',
  '7.1-tagged': 'The catalog has a structure tree and `MarkInfo` `Marked` true.',
  '02-001': 'Every structure type is standard or role-mapped to a standard type.',
  '06-001': 'The catalog has an XMP metadata stream.',
  '06-002': 'The XMP metadata has the PDF/UA identifier `pdfuaid:part` 1.',
  '06-003': 'The XMP metadata has a non-empty `dc:title`.',
  '07-001/07-002': '`ViewerPreferences` has `DisplayDocTitle` true.',
  '11-006': 'The catalog names the document language (`Lang`).',
  '13-004': 'Every `Figure` has alternate text (`Alt` or `ActualText`).',
  '14-003': 'Heading levels (`H1`…`H6`) do not skip a level going down, and the first is `H1`.',
  '09-004': 'Table rows hold only `TH` and `TD`; tables hold rows (directly or in `THead`, `TBody`, `TFoot`).',
  '15-003': 'Every `TH` has a `Scope` (the table does not use `Headers`).',
  '09-005': 'Lists hold `LI` (or `Caption`, nested `L`); list items hold `Lbl` and `LBody`.',
  '28-011': 'Every link annotation belongs to a `Link` structure element.',
  '7.18.5': 'Every link annotation has alternate text (`Contents`).',
  '28-008/28-009': 'Every page with annotations has `Tabs` `/S` (tab order follows the structure).',
  '31-embedded': 'Every font is embedded (a `FontFile`, `FontFile2` or `FontFile3`) and has a `ToUnicode` map.',
} as const;

/** A condition the checker knows. */
type Condition = keyof typeof PDFUA_CONDITIONS;

const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Tj', 'TJ', "'", '"', 'Do', 'sh', 'BI']);

/**
 * Check a PDF.
 *
 * @param pdf The PDF, bytes or loaded.
 * @returns The failed conditions; empty when all checked conditions pass.
 */
export async function checkPdfUa(pdf: Uint8Array | PDFDocument): Promise<PdfUaFailure[]> {
  const document = pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf, { updateMetadata: false });
  const failures: PdfUaFailure[] = [];
  const fail = (condition: Condition, message: string) => failures.push({ condition, message });
  const catalog = document.catalog;

  const root = catalog.lookup(PDFName.of('StructTreeRoot'));
  const markInfo = catalog.lookup(PDFName.of('MarkInfo'));
  if (!(root instanceof PDFDict)) fail('7.1-tagged', 'The document has no structure tree (it is not tagged)');
  if (!(markInfo instanceof PDFDict) || markInfo.lookup(PDFName.of('Marked')) !== PDFBool.True) fail('7.1-tagged', 'MarkInfo has no `Marked true`');
  if (markInfo instanceof PDFDict && markInfo.lookup(PDFName.of('Suspects')) === PDFBool.True) fail('01-007', 'MarkInfo has `Suspects true`');

  checkMetadata(catalog.lookup(PDFName.of('Metadata')), fail);
  const preferences = catalog.lookup(PDFName.of('ViewerPreferences'));
  if (!(preferences instanceof PDFDict) || preferences.lookup(PDFName.of('DisplayDocTitle')) !== PDFBool.True) {
    fail('07-001/07-002', 'ViewerPreferences lacks `DisplayDocTitle true`: viewers would show the file name instead of the title');
  }
  if (!textOf(catalog.lookup(PDFName.of('Lang')))?.trim()) fail('11-006', 'The catalog has no `Lang` (document language)');

  const linkAnnotations = new Set<PDFDict>();
  if (root instanceof PDFDict) checkStructureTree(document, root, linkAnnotations, fail);

  document.getPages().forEach((page, index) => {
    const number = index + 1;
    checkContent(pageOperations(page), number, fail);
    const annotations = page.node.lookup(PDFName.of('Annots'));
    if (!(annotations instanceof PDFArray) || annotations.size() === 0) return;
    if (nameOf(page.node.lookup(PDFName.of('Tabs'))) !== 'S') fail('28-008/28-009', `Page ${number} has annotations but no \`Tabs /S\``);
    for (const annotation of annotations.asArray().map((ref) => document.context.lookup(ref))) {
      if (!(annotation instanceof PDFDict) || nameOf(annotation.lookup(PDFName.of('Subtype'))) !== 'Link') continue;
      if (!textOf(annotation.lookup(PDFName.of('Contents')))?.trim()) fail('7.18.5', `A link on page ${number} has no alternate text (\`Contents\`)`);
      if (!linkAnnotations.has(annotation)) fail('28-011', `A link on page ${number} is not inside a \`Link\` structure element`);
    }
  });
  checkFonts(document, fail);
  return failures;
}

type Fail = (condition: Condition, message: string) => void;

function checkMetadata(metadata: unknown, fail: Fail): void {
  if (!(metadata instanceof PDFRawStream)) {
    fail('06-001', 'The catalog has no XMP metadata stream');
    return;
  }
  const xml = Buffer.from(decodePDFRawStream(metadata).decode()).toString('utf8');
  if (!/<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|pdfuaid:part=["']1["']/.test(xml)) fail('06-002', 'The XMP metadata has no `pdfuaid:part` 1');
  const title = /<dc:title>[\s\S]*?<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(xml);
  if (!title || title[1].trim() === '') fail('06-003', 'The XMP metadata has no `dc:title`');
}

function checkStructureTree(document: PDFDocument, root: PDFDict, linkAnnotations: Set<PDFDict>, fail: Fail): void {
  const roleMap = root.lookup(PDFName.of('RoleMap'));
  const role = (type: string): string => {
    let current = type;
    for (let step = 0; step < 10 && !STANDARD_TYPES.has(current); step += 1) {
      const mapped = roleMap instanceof PDFDict ? nameOf(roleMap.lookup(PDFName.of(current))) : '';
      if (!mapped) return current;
      current = mapped;
    }
    return current;
  };
  const unmapped = new Set<string>();
  let previousHeading = 0;
  walkElements(root, (element) => {
    const written = nameOf(element.lookup(PDFName.of('S')));
    const type = role(written);
    if (!STANDARD_TYPES.has(type)) unmapped.add(written);
    const kids = kidsOf(element).map((kid) => role(nameOf(kid.lookup(PDFName.of('S')))));
    switch (type) {
      case 'Figure':
        if (!textOf(element.lookup(PDFName.of('Alt')))?.trim() && !textOf(element.lookup(PDFName.of('ActualText')))?.trim()) {
          fail('13-004', 'A `Figure` has no alternate text');
        }
        break;
      case 'TR':
        if (kids.some((kid) => kid !== 'TH' && kid !== 'TD')) fail('09-004', `A table row holds ${kids.filter((kid) => kid !== 'TH' && kid !== 'TD').join(', ')}`);
        break;
      case 'Table':
        if (kids.some((kid) => !['TR', 'THead', 'TBody', 'TFoot', 'Caption'].includes(kid))) fail('09-004', `A table holds ${kids.join(', ')}`);
        break;
      case 'TH':
        if (!hasScope(element)) fail('15-003', 'A `TH` has no `Scope`');
        break;
      case 'L':
        if (kids.some((kid) => !['LI', 'Caption', 'L'].includes(kid))) fail('09-005', `A list holds ${kids.filter((kid) => !['LI', 'Caption', 'L'].includes(kid)).join(', ')}`);
        break;
      case 'LI':
        if (kids.some((kid) => kid !== 'Lbl' && kid !== 'LBody')) fail('09-005', `A list item holds ${kids.filter((kid) => kid !== 'Lbl' && kid !== 'LBody').join(', ')}`);
        break;
      case 'Link':
        for (const annotation of objectReferences(document, element)) linkAnnotations.add(annotation);
        break;
    }
    const heading = /^H([1-6])$/.exec(type);
    if (heading) {
      const level = Number(heading[1]);
      if (previousHeading === 0 && level !== 1) fail('14-003', `The first heading is \`H${level}\`, expected \`H1\``);
      else if (level > previousHeading + 1 && previousHeading > 0) fail('14-003', `Heading \`H${level}\` follows \`H${previousHeading}\`, skipping a level`);
      previousHeading = level;
    }
  });
  for (const type of unmapped) fail('02-001', `The structure type \`${type}\` is neither standard nor role-mapped to a standard type`);
}

function hasScope(element: PDFDict): boolean {
  const attributes = element.lookup(PDFName.of('A'));
  const list = attributes instanceof PDFArray ? attributes.asArray().map((item) => element.context.lookup(item)) : [attributes];
  return list.some((item) => item instanceof PDFDict && nameOf(item.lookup(PDFName.of('Scope'))) !== '');
}

/** Annotations an element refers to by `OBJR` kids. */
function objectReferences(document: PDFDocument, element: PDFDict): PDFDict[] {
  const kids = element.lookup(PDFName.of('K'));
  const list = kids instanceof PDFArray ? kids.asArray() : [kids];
  const found: PDFDict[] = [];
  for (const kid of list) {
    const value = kid instanceof PDFRef ? document.context.lookup(kid) : kid;
    if (value instanceof PDFDict && nameOf(value.lookup(PDFName.of('Type'))) === 'OBJR') {
      const object = value.lookup(PDFName.of('Obj'));
      if (object instanceof PDFDict) found.push(object);
    }
  }
  return found;
}

/** Content marked as neither, or marked content nested the wrong way, on one page. */
function checkContent(operations: ReturnType<typeof pageOperations>, page: number, fail: Fail): void {
  if (!operations) {
    fail('01-005', `Page ${page} has a content stream that cannot be read`);
    return;
  }
  const stack: Array<'artifact' | 'tagged' | 'other'> = [];
  let unmarked = 0;
  let artifactInTagged = 0;
  let taggedInArtifact = 0;
  for (const { operator, operands } of operations) {
    if (operator === 'BDC' || operator === 'BMC') {
      const kind = operands.startsWith('/Artifact') ? 'artifact' : /\/MCID\s+\d+/.test(operands) ? 'tagged' : 'other';
      if (kind === 'artifact' && stack.includes('tagged')) artifactInTagged += 1;
      if (kind === 'tagged' && stack.includes('artifact')) taggedInArtifact += 1;
      stack.push(kind);
    } else if (operator === 'EMC') {
      stack.pop();
    } else if (PAINT.has(operator) && !stack.includes('artifact') && !stack.includes('tagged')) {
      unmarked += 1;
    }
  }
  if (unmarked > 0) fail('01-005', `Page ${page} has ${unmarked} painting operations that are neither tagged nor marked as artifacts`);
  if (artifactInTagged > 0) fail('01-003/01-004', `Page ${page} has ${artifactInTagged} artifacts inside tagged content`);
  if (taggedInArtifact > 0) fail('01-003/01-004', `Page ${page} has ${taggedInArtifact} tagged sequences inside artifacts`);
}

function checkFonts(document: PDFDocument, fail: Fail): void {
  const seen = new Set<PDFDict>();
  for (const page of document.getPages()) {
    const resources = page.node.Resources();
    const fonts = resources?.lookup(PDFName.of('Font'));
    if (!(fonts instanceof PDFDict)) continue;
    for (const [name, ref] of fonts.entries()) {
      const font = document.context.lookup(ref);
      if (!(font instanceof PDFDict) || seen.has(font)) continue;
      seen.add(font);
      const label = nameOf(font.lookup(PDFName.of('BaseFont'))) || name.decodeText();
      const subtype = nameOf(font.lookup(PDFName.of('Subtype')));
      if (subtype === 'Type3') continue;
      const descendants = font.lookup(PDFName.of('DescendantFonts'));
      const described = descendants instanceof PDFArray ? document.context.lookup(descendants.get(0)) : font;
      const descriptor = described instanceof PDFDict ? described.lookup(PDFName.of('FontDescriptor')) : undefined;
      const embedded = descriptor instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key)));
      if (!embedded) fail('31-embedded', `The font \`${label}\` is not embedded`);
      if (!font.has(PDFName.of('ToUnicode')) && subtype === 'Type0') fail('31-embedded', `The font \`${label}\` has no \`ToUnicode\` map`);
    }
  }
}
