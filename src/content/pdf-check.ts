/**
 * Whether an attachment can be appended: a PDF that pdf-lib reads without errors, not encrypted, with at
 * least one page. Used by the check (at the line naming the attachment) and by the PDF writer.
 */
// pdf-lib as changed in the bundle: see src/writers/pdf/draw-pdf.ts.
import { PDFDocument } from '@cantoo/pdf-lib';

export type PdfProblem = 'not-pdf' | 'broken' | 'encrypted' | 'no-pages';

export async function loadAttachment(
  bytes: Uint8Array,
): Promise<{ doc: PDFDocument; problem?: undefined } | { doc?: undefined; problem: PdfProblem }> {
  if (!Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) return { problem: 'not-pdf' };
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, {
      updateMetadata: false,
      throwOnInvalidObject: true,
      ignoreEncryption: true,
    });
  } catch {
    return { problem: 'broken' };
  }
  if (doc.isEncrypted) return { problem: 'encrypted' };
  try {
    if (doc.getPageCount() === 0) return { problem: 'no-pages' };
  } catch {
    return { problem: 'broken' };
  }
  return { doc };
}

export function pdfProblemText(p: PdfProblem): { message: string; hint: string } {
  switch (p) {
    case 'not-pdf':
      return { message: 'er ikke en PDF-fil', hint: 'Lagre eller eksporter dokumentet som PDF og legg ved den filen.' };
    case 'broken':
      return {
        message: 'er en ødelagt PDF-fil som ikke kan leses',
        hint: 'Åpne filen i et PDF-program og lagre eller eksporter den på nytt som PDF.',
      };
    case 'encrypted':
      return {
        message: 'er beskyttet med passord eller kryptert',
        hint: 'Lagre en kopi uten passord og beskyttelse (for eksempel «Skriv ut til PDF») og legg ved den.',
      };
    case 'no-pages':
      return { message: 'har ingen sider', hint: 'Sjekk at det er riktig fil; et vedlegg må ha minst én side.' };
  }
}
