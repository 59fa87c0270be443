/**
 * Document information, catalog entries and the trailer /ID. Nothing here reads the clock: dates come from
 * the document date (meta.isoDate), or SOURCE_DATE_EPOCH when that is not a valid day.
 */
import { PDFHexString, PDFName, type PDFDocument } from '@cantoo/pdf-lib';
import type { DocumentMeta } from '../../tree/types.js';

export const CREATOR = 'grantdocs';
export const PRODUCER = 'grantdocs (@cantoo/pdf-lib)';

/** Midnight UTC of the document date. */
export function documentDate(isoDate: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (!Number.isNaN(d.getTime()) && d.toISOString().startsWith(isoDate)) return d;
  }
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) ? epoch * 1000 : 0);
}

export function setMetadata(doc: PDFDocument, meta: DocumentMeta): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  // pdf-lib joins keywords with spaces, which loses the boundaries of multi-word keywords.
  doc.setKeywords([meta.keywords.join(', ')]);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  const date = documentDate(meta.isoDate);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(meta.lang);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Sets the trailer /ID (both parts) from a content hash. */
export function setDocumentId(doc: PDFDocument, digest: Uint8Array): void {
  const hex = Buffer.from(digest.subarray(0, 16)).toString('hex').toUpperCase();
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(hex), PDFHexString.of(hex)]);
}
