/**
 * The page numbers of a document as the PDF lays it out, for a build that writes the DOCX without the
 * PDF (the DOCX writer writes them into its table of contents and page count; layout/page-map.ts).
 */
import { createMeasurer } from '../fonts/measurer.js';
import { layoutDocument } from '../layout/layout-document.js';
import { pageMap, type PageMap } from '../layout/page-map.js';
import type { DocumentTree } from '../tree/types.js';

export function pagesOf(tree: DocumentTree): PageMap {
  return pageMap(layoutDocument(tree, createMeasurer()));
}
