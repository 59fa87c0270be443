/**
 * Appends attachments (local PDF files) after the document. Their pages are copied as they are; each
 * attachment gets one bookmark to its first page. A file that cannot be read, or is not a valid PDF, is an
 * error diagnostic naming it. Active content is removed from the copied pages (sanitise.ts). (Checking
 * that the real path stays inside the project folder is the check's job, rules/files.ts.)
 */
import { PDFName, type PDFArray, type PDFDocument } from '@cantoo/pdf-lib';
import { loadAttachment, pdfProblemText } from '../../content/pdf-check.js';
import { MAX_ATTACHMENT_BYTES, readSafely, type SafeReadError } from '../../content/safe-read.js';
import { sanitisePages } from './sanitise.js';
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
      bytes = new Uint8Array(readSafely(att.path, { maxBytes: MAX_ATTACHMENT_BYTES }));
    } catch (e) {
      diagnostics.push({
        severity: 'error',
        message: `Vedlegget «${att.title}» (${att.path}) kan ikke leses: ${(e as SafeReadError).code ?? (e as SafeReadError).problem ?? String(e)}.`,
        rule: 'pdf/attachment-unreadable',
        hint: 'Sjekk at filen finnes i prosjektmappen og at navnet er skrevet riktig.',
      });
      continue;
    }
    const loaded = await loadAttachment(bytes);
    if (!loaded.doc) {
      diagnostics.push({
        severity: 'error',
        message: `Vedlegget «${att.title}» (${att.path}) ${pdfProblemText(loaded.problem).message}.`,
        rule: 'pdf/attachment-invalid',
        hint: pdfProblemText(loaded.problem).hint,
      });
      continue;
    }
    const source = loaded.doc;
    const copied = await doc.copyPages(source, source.getPageIndices());
    const removed = sanitisePages(copied);
    if (removed > 0)
      diagnostics.push({
        severity: 'warning',
        message: `Vedlegget «${att.title}» hadde aktivt innhold (JavaScript, handlinger, skjemafelt eller lenker til programmer); ${removed} slike elementer er fjernet i dokumentet.`,
        rule: 'pdf/attachment-active-content',
        hint: 'Sidene ser like ut, men ingenting i vedlegget kjører eller åpner noe. Vil du unngå meldingen, lagre vedlegget på nytt med «Skriv ut til PDF».',
      });
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
