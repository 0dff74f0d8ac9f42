/**
 * The XMP metadata stream PDF/UA-1 requires (ISO 14289-1 §7.1, Matterhorn 06-001 to 06-003):
 * title, language, creator, description and keywords, the dates of the Info dictionary, and
 * `pdfuaid:part` 1. Written uncompressed, as readers and archivers expect to find it.
 */
import { PDFName, type PDFDocument } from 'pdf-lib';

export interface XmpFields {
  title: string;
  /** BCP 47 tag of the document. */
  language: string;
  /** The clinic. */
  creator: string;
  /** The article's summary. */
  description: string;
  keywords: string[];
  creatorTool: string;
  producer: string;
  /** Creation and modification date; the same instant as the Info dictionary's. */
  date: Date;
}

/**
 * Attach the XMP packet to the catalog (`/Metadata`), replacing any earlier one.
 *
 * @param document The loaded PDF.
 * @param fields What the packet says.
 */
export function setXmpMetadata(document: PDFDocument, fields: XmpFields): void {
  const stream = document.context.stream(Buffer.from(xmpPacket(fields), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  document.catalog.set(PDFName.of('Metadata'), document.context.register(stream));
}

/**
 * The XMP packet as text.
 *
 * @param fields What it says.
 * @returns An XML document wrapped in `<?xpacket?>` markers.
 */
function xmpPacket(fields: XmpFields): string {
  const date = fields.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const language = escapeXml(fields.language);
  const keywords = fields.keywords.map((keyword) => `<rdf:li>${escapeXml(keyword)}</rdf:li>`).join('');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title)}</rdf:li><rdf:li xml:lang="${language}">${escapeXml(fields.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.description)}</rdf:li></rdf:Alt></dc:description>
   <dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.creator)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>${language}</rdf:li></rdf:Bag></dc:language>
   <dc:subject><rdf:Bag>${keywords}</rdf:Bag></dc:subject>
   <pdf:Keywords>${escapeXml(fields.keywords.join(', '))}</pdf:Keywords>
   <pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>
   <xmp:CreatorTool>${escapeXml(fields.creatorTool)}</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
