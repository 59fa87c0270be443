/**
 * Appends attachments (local PDF files) after the document. Their pages are copied as they are; each
 * attachment gets one bookmark to its first page. A file that cannot be read, or is not a valid PDF, is an
 * error diagnostic naming it. (Checking that the path stays inside the project folder is the build's job.)
 */
import { readFile } from 'node:fs/promises';
import { PDFDocument, PDFName, type PDFArray } from '@cantoo/pdf-lib';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { DocumentMeta } from '../../tree/types.js';

export interface AppendedAttachment {
  title: string;
  /** Where its first page is. */
  dest: PDFArray;
  bytes: Uint8Array;
}

export async function appendAttachments(
  doc: PDFDocument,
  attachments: DocumentMeta['attachments'],
  diagnostics: Diagnostic[],
): Promise<AppendedAttachment[]> {
  const out: AppendedAttachment[] = [];
  for (const att of attachments) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(att.path));
    } catch (e) {
      diagnostics.push({
        severity: 'error',
        message: `Vedlegget «${att.title}» (${att.path}) kan ikke leses: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
        rule: 'pdf/attachment-unreadable',
        hint: 'Sjekk at filen finnes i prosjektmappen og at navnet er skrevet riktig.',
      });
      continue;
    }
    let source: PDFDocument;
    try {
      source = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
      if (source.isEncrypted) throw new Error('kryptert');
      if (source.getPageCount() === 0) throw new Error('ingen sider');
    } catch {
      diagnostics.push({
        severity: 'error',
        message: `Vedlegget «${att.title}» (${att.path}) er ikke en gyldig PDF-fil.`,
        rule: 'pdf/attachment-invalid',
        hint: 'Eksporter vedlegget på nytt som PDF (uten passord) og prøv igjen.',
      });
      continue;
    }
    const copied = await doc.copyPages(source, source.getPageIndices());
    for (const p of copied) doc.addPage(p);
    const first = copied[0]!;
    out.push({
      title: att.title,
      dest: doc.context.obj([first.ref, PDFName.of('Fit')]),
      bytes,
    });
  }
  return out;
}
