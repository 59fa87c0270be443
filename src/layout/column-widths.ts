/**
 * Column widths of a table, shared by the PDF layout and the DOCX writer (so a table has the same
 * columns in both): every column gets its min-content width (its longest word, which it never has to
 * break) and its max-content width (its longest line unbroken) from the cells' text measured in the
 * table's fonts, and the available width is shared between them as a browser's automatic table layout
 * does:
 *
 * - everything fits unbroken: each column gets its max-content width, and the text columns share the
 *   rest, so amounts stay close to their labels;
 * - the longest words fit side by side but not the longest lines: each column gets its minimum plus
 *   the same fraction of what it would like more (max − min), so no column breaks a word while another
 *   could give up width;
 * - not even the longest words fit: the columns with the widest words give way (water filling), the
 *   others keep their longest word («Ikke avklart», a date) whole.
 *
 * A cell spanning several columns (a sum row's label) counts only for what its columns together lack.
 */
import type { Align, Table, TableRow } from '../tree/types.js';
import { placeCells, tableColumnCount } from '../tree/types.js';
import { flattenInlines } from './inline-runs.js';
import { makeParagraph, maxContentWidth, minContentWidth } from './line-break.js';
import type { WidthCache } from './measure-cache.js';
import { colors, space, type } from './style.js';

/** The content widths of one cell, without padding, and the columns it stands in. */
export interface CellExtent {
  column: number;
  span: number;
  min: number;
  max: number;
}

/** A column's minimum never exceeds this share of the table: a very long word (an address) breaks. */
const MAX_MIN_SHARE = 0.4;

/**
 * Column widths (points) for `table` set at `size` in a column `available` points wide, with `pad`
 * points of padding left and right in every cell.
 */
export function tableColumnWidths(
  table: Table,
  available: number,
  cache: WidthCache,
  size: number = type.table.size,
  pad: number = space.cellPadX,
): number[] {
  const columns = tableColumnCount(table);
  const extents: CellExtent[] = [];
  const measure = (row: TableRow, bold: boolean) => {
    for (const { cell, column, span } of placeCells(row, columns)) {
      const { runs } = flattenInlines(cell.children, '', { bold, italic: false, color: colors.text });
      const p = makeParagraph(runs, size);
      extents.push({ column, span, min: minContentWidth(p, cache), max: maxContentWidth(p, cache) });
    }
  };
  for (const row of table.header) measure(row, true);
  for (const row of table.body) measure(row, !!row.total);
  const aligns = Array.from({ length: columns }, (_, c) => table.columns[c]?.align ?? 'left');
  const { min, max } = columnBounds(extents, columns, available, 2 * pad, size);
  return shareWidths(min, max, available, aligns);
}

/**
 * Minimum and maximum width of every column, padding included, from its cells. Every column is at
 * least `floor` wide (one letter); a spanning cell widens its columns only by what they lack, in
 * proportion to their maximum widths.
 */
export function columnBounds(
  cells: readonly CellExtent[],
  columns: number,
  available: number,
  pad: number,
  floor: number,
): { min: number[]; max: number[] } {
  const min = new Array<number>(columns).fill(pad + floor);
  const max = new Array<number>(columns).fill(pad + floor);
  const capped = (w: number) => Math.min(w, available * MAX_MIN_SHARE) + pad;
  for (const c of cells) {
    if (c.span !== 1 || c.column >= columns) continue;
    min[c.column] = Math.max(min[c.column]!, capped(c.min));
    max[c.column] = Math.max(max[c.column]!, c.max + pad);
  }
  const spanning = cells.filter((c) => c.span > 1 && c.column < columns).sort((a, b) => a.span - b.span);
  for (const c of spanning) {
    const cols = Array.from({ length: Math.min(c.span, columns - c.column) }, (_, i) => c.column + i);
    // The cell's own padding is counted once; the columns' padding of the inner borders is room too.
    widen(min, cols, capped(c.min) - sum(cols.map((i) => min[i]!)), max);
    widen(max, cols, c.max + pad - sum(cols.map((i) => max[i]!)), max);
  }
  for (let i = 0; i < columns; i++) max[i] = Math.max(max[i]!, min[i]!);
  return { min, max };
}

function widen(target: number[], cols: number[], lack: number, weights: number[]): void {
  if (lack <= 0) return;
  const total = sum(cols.map((i) => weights[i]!));
  for (const i of cols) target[i]! += total > 0 ? (lack * weights[i]!) / total : lack / cols.length;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/**
 * Shares `available` between columns with the given minimum and maximum widths (see the file comment).
 * The widths always add up to `available`; each column gets at least its minimum whenever the minimums
 * fit side by side.
 */
export function shareWidths(
  min: readonly number[],
  max: readonly number[],
  available: number,
  aligns: readonly Align[],
): number[] {
  if (min.length === 0) return [];
  const sumMin = sum(min);
  const sumMax = sum(max);
  if (sumMax <= available) {
    // Room to spare: text columns take it, so numbers stay close to their labels.
    const grow = min.map((_, c) => (aligns[c] ?? 'left') === 'left');
    if (!grow.some(Boolean)) grow.fill(true);
    const base = max.reduce((a, m, c) => a + (grow[c] ? m : 0), 0);
    const share = (c: number) => (base > 0 ? max[c]! / base : 1 / grow.filter(Boolean).length);
    return max.map((m, c) => (grow[c] ? m + (available - sumMax) * share(c) : m));
  }
  if (sumMin <= available) {
    const f = (available - sumMin) / (sumMax - sumMin);
    return min.map((m, c) => m + (max[c]! - m) * f);
  }
  return fitMinimums(min, available);
}

/**
 * Widths for a table whose longest words do not fit side by side: the columns with the widest words
 * give way, the others keep their longest word (an «Ikke avklart» marker, a date) whole. The cap is the
 * largest width C with Σ min(m, C) = available (water filling): narrow columns keep m, wide ones get C.
 */
export function fitMinimums(min: readonly number[], available: number): number[] {
  const sorted = [...min].sort((a, b) => a - b);
  let rest = available;
  let open = min.length;
  for (const m of sorted) {
    if (m * open > rest) break;
    rest -= m;
    open--;
  }
  const cap = open > 0 ? rest / open : Infinity;
  return min.map((m) => Math.min(m, cap));
}
