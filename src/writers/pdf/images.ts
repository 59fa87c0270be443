/**
 * Reads and embeds the PNG and JPEG images the pages show, once per file. A missing, unreadable or
 * unsupported image is an error diagnostic naming the file; the painter then draws a crossed frame.
 */
import { imageProblem } from '../../content/image-check.js';
import { MAX_IMAGE_BYTES, readSafely } from '../../content/safe-read.js';
import type { PDFDocument } from '@cantoo/pdf-lib';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { LaidOutPage } from '../../layout/types.js';
import type { Resources } from './resources.js';

function kind(bytes: Uint8Array): 'png' | 'jpeg' | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

/** Embeds every image of `pages` into `res`; returns the image bytes for the document hash. */
export async function embedImages(
  doc: PDFDocument,
  pages: LaidOutPage[],
  res: Resources,
  diagnostics: Diagnostic[],
): Promise<Uint8Array[]> {
  const seen = new Set<string>();
  const all: Uint8Array[] = [];
  for (const page of pages) {
    for (const item of page.items) {
      if (item.type !== 'image' || seen.has(item.src)) continue;
      seen.add(item.src);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readSafely(item.src, { maxBytes: MAX_IMAGE_BYTES }));
      } catch (e) {
        diagnostics.push({
          severity: 'error',
          message: `Bildet ${item.src} kan ikke leses: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
          rule: 'pdf/image-unreadable',
          hint: 'Sjekk at filen finnes i prosjektmappen og at navnet er skrevet riktig.',
        });
        continue;
      }
      const type = kind(bytes);
      try {
        // A truncated file, or more pixels than the limit, is refused before pdf-lib decodes it.
        if (!type || imageProblem(Buffer.from(bytes))) throw new Error('ugyldig bilde');
        const image = type === 'png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
        res.addImage(item.src, image);
        all.push(bytes);
      } catch {
        diagnostics.push({
          severity: 'error',
          message: `Bildet ${item.src} er ikke en gyldig PNG- eller JPEG-fil.`,
          rule: 'pdf/image-invalid',
          hint: 'Lagre bildet som PNG eller JPEG og prøv igjen.',
        });
      }
    }
  }
  return all;
}
