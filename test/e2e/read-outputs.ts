import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import type { DocumentTree } from '../../src/tree/types.js';
import { treeTexts } from '../pdf/tree-text.js';

/** Letters and digits only, lower case: line breaks, hyphenation and spacing differ between formats. */
export function squash(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Checks that every block text of the tree appears in `haystack` in document order. Returns the texts
 * that were not found where expected (empty when all is well).
 */
export function missingInOrder(tree: DocumentTree, haystack: string): string[] {
  const hay = squash(haystack);
  const missing: string[] = [];
  let at = 0;
  for (const text of treeTexts(tree)) {
    const i = hay.indexOf(squash(text), at);
    if (i < 0) missing.push(text);
    else at = i + squash(text).length;
  }
  return missing;
}

/**
 * Body text of a PDF, page by page, without page furniture: text in the top and bottom margins (running
 * header, footer) and rotated text (the watermark) is left out.
 */
export async function pdfBodyText(file: string, margin = 60): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const height = page.view[3]!;
    const content = await page.getTextContent();
    const parts: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [, b, c, , , y] = item.transform as number[];
      if (Math.abs(b!) > 0.01 || Math.abs(c!) > 0.01) continue; // rotated: watermark
      if (y! > height - margin || y! < margin) continue; // header and footer
      parts.push(item.str + (item.hasEOL ? '\n' : ''));
    }
    pages.push(parts.join(''));
  }
  return pages.join('\n');
}

/** All text of document.xml (w:t runs, in order). */
export function docxText(file: string): string {
  const zip = unzipSync(new Uint8Array(readFileSync(file)));
  const xml = strFromU8(zip['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}
