/**
 * The XMP metadata stream (catalog /Metadata): the same title, author, subject, keywords, tools and dates
 * as the Info dictionary, the document language, and — for a tagged document — the PDF/UA
 * identification. No clock, no random ids: equal input gives equal bytes.
 */
import { PDFName, type PDFDocument } from '@cantoo/pdf-lib';
import type { DocumentMeta } from '../../tree/types.js';
import { CREATOR, PRODUCER, documentDate } from './metadata.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function xmpPacket(meta: DocumentMeta, tagged: boolean): string {
  const date = documentDate(meta.isoDate)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const keywords = meta.keywords.join(', ');
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    '  xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '  xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"' + (tagged ? '' : '>'),
    ...(tagged
      ? ['  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">', '<pdfuaid:part>1</pdfuaid:part>']
      : []),
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${esc(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${esc(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${esc(meta.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Keywords>${esc(keywords)}</pdf:Keywords>`,
    `<pdf:Producer>${esc(PRODUCER)}</pdf:Producer>`,
    `<xmp:CreatorTool>${esc(CREATOR)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** Adds the XMP stream to the catalog (uncompressed, as tools expect to find it). */
export function setXmp(doc: PDFDocument, meta: DocumentMeta, tagged: boolean): void {
  const bytes = new TextEncoder().encode(xmpPacket(meta, tagged));
  const stream = doc.context.stream(bytes, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
