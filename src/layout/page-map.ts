/**
 * What the laid-out pages tell other writers: whether the document has a table of contents, how many
 * pages it has and on which page (1-based) each heading starts. The DOCX writer writes these numbers into
 * its table of contents and page count, so Word and other readers show them without updating fields.
 */
import type { LayoutResult } from './types.js';

export interface PageMap {
  contents: boolean;
  pageCount: number;
  /** Heading id → page number, counted from 1. */
  headings: Record<string, number>;
}

export function pageMap(layout: LayoutResult): PageMap {
  const headings: Record<string, number> = {};
  for (const [id, at] of Object.entries(layout.anchors)) headings[id] = at.page + 1;
  return { contents: layout.contents ?? false, pageCount: layout.pages.length, headings };
}
