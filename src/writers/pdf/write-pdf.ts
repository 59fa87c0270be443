/**
 * The PDF writer: document tree → layout (with the real font measurer) → painted PDF. Charts are drawn
 * by the chart module into the boxes the layout reserved.
 */
import { drawChart } from '../../charts/draw-chart.js';
import { createMeasurer } from '../../fonts/measurer.js';
import { layoutDocument } from '../../layout/layout-document.js';
import type { LayoutResult } from '../../layout/types.js';
import type { DocumentTree } from '../../tree/types.js';
import { pageMap, type PageMap } from '../../layout/page-map.js';
import { drawPdf, type PdfResult } from './draw-pdf.js';

export type { PdfResult } from './draw-pdf.js';

/** The PDF and the page numbers its layout gave (for the DOCX writer, layout/page-map.ts). */
export interface PdfWithPages extends PdfResult {
  pageMap: PageMap;
}

/**
 * Writes `tree` as PDF. `opts.layout` skips the layout step (tests, or a layout already computed).
 * The diagnostics are the layout's followed by the painter's.
 */
export async function writePdf(
  tree: DocumentTree,
  opts: { layout?: LayoutResult } = {},
): Promise<PdfWithPages> {
  const layout = opts.layout ?? layoutDocument(tree, createMeasurer());
  const pdf = await drawPdf(layout, tree.meta, { chartDrawer: drawChart });
  return { ...pdf, diagnostics: [...layout.diagnostics, ...pdf.diagnostics], pageMap: pageMap(layout) };
}
