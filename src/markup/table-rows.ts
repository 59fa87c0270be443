/**
 * The table conventions of the markup stage beyond GFM: which tables have row headers, and the sum rows'
 * label spanning the empty cells after it. Described for template authors in docs/maler.md.
 */
import type { Token } from 'markdown-it';
import type { Inline, TableCell, TableRow } from '../tree/types.js';
import { inlineText } from '../tree/types.js';

/** The span class that marks the first header cell: `| [Kilde]{.radoverskrift} | … |`. */
export const ROW_HEADER_CLASS = '.radoverskrift';

/**
 * True when the inline tokens of a header cell hold the row-header marker; the marker's span tokens are
 * removed, so the cell keeps its text (and nothing warns about an unknown attribute).
 */
export function takeRowHeaderMarker(cell: Token): boolean {
  const kids = cell.children ?? [];
  const isMarker = (t: Token) =>
    (t.type === 'span_open' && t.info === ROW_HEADER_CLASS) || t.type === 'span_close';
  const open = kids.findIndex((t) => t.type === 'span_open' && t.info === ROW_HEADER_CLASS);
  if (open < 0) return false;
  // The span closes at the first span_close after it at the same depth (spans hold no nested spans here).
  let depth = 0;
  let close = -1;
  for (let i = open; i < kids.length; i++) {
    if (kids[i]!.type === 'span_open') depth++;
    if (kids[i]!.type === 'span_close' && --depth === 0) {
      close = i;
      break;
    }
  }
  cell.children = kids.filter((t, i) => !(isMarker(t) && (i === open || i === close)));
  return true;
}

/** A header row with no text in any cell: GFM's way of writing a table without a header. */
export function isEmptyRow(row: TableRow): boolean {
  return row.cells.every((c) => inlineText(c.children).trim() === '');
}

function isEmpty(children: Inline[]): boolean {
  return inlineText(children).trim() === '';
}

/**
 * A sum row's label covers the empty cells right after it («Sum» over «Kilde» and «Form»), so the row
 * has no cell a screen reader announces as «blank», and the label reads as one cell (PDF /ColSpan, DOCX
 * gridSpan). Empty cells elsewhere in the row are kept: an amount spread over a neighbouring column
 * would no longer stand under its own header.
 */
export function spanSumRow(cells: TableCell[]): TableCell[] {
  const [label, ...rest] = cells;
  if (!label) return cells;
  let span = 1;
  while (span - 1 < rest.length && isEmpty(rest[span - 1]!.children)) span++;
  if (span === 1) return cells;
  return [{ ...label, colSpan: span }, ...rest.slice(span - 1)];
}
