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
 *
 * The longest «word» is the wider of two readings: the PDF's line breaker's, and a word processor's, which
 * breaks only at spaces and after a hyphen between letters. Word and LibreOffice do not know the PDF's
 * rules (an «Ikke avklart» marker held together, a range of amounts broken after its dash), so a column
 * wide enough for the PDF could still break «2 500 000–3 000 000 kr» between digits in the DOCX. When
 * those pieces do not fit side by side, the PDF's own minimums decide (an amount range then breaks after
 * its dash in the PDF).
 */
import type { Align, Table, TableRow } from '../tree/types.js';
import { placeCells, tableColumnCount } from '../tree/types.js';
import { flattenInlines } from './inline-runs.js';
import {
  makeParagraph,
  maxContentWidth,
  measureRange,
  minContentWidth,
  type Paragraph,
} from './line-break.js';
import type { WidthCache } from './measure-cache.js';
import { colors, space, type } from './style.js';

/** The content widths of one cell, without padding, and the columns it stands in. */
export interface CellExtent {
  column: number;
  span: number;
  /** Its longest piece the PDF's line breaker never breaks. */
  min: number;
  /** Its longest piece a word processor keeps on one line too (an amount range, a marker); ≥ min. */
  whole: number;
  /** Its longest line, unbroken. */
  max: number;
}

/** Minimum, preferred minimum and maximum widths of the columns, padding included. */
export interface ColumnBounds {
  min: number[];
  whole: number[];
  max: number[];
}

/**
 * Room a word processor needs beyond the advance widths measured here: LibreOffice sets a cell's text
 * about a point further in on each side than the cell margins say, and rounds glyph advances. The DOCX
 * writer asks for it; the PDF, which draws exactly what is measured, does not.
 */
export const WORD_PROCESSOR_SLACK = (w: number): number => (w > 0 ? w * 1.02 + 2.5 : 0);

/**
 * The widest piece of `p` between the breaks a word processor takes for certain: spaces, tabs, line
 * breaks, soft hyphens, and a hyphen between letters. An «Ikke avklart» marker counts as one piece.
 */
export function wordProcessorMinWidth(p: Paragraph, cache: WidthCache): number {
  const { text } = p;
  const marker = new Array<boolean>(text.length).fill(false);
  p.runs.forEach((r, i) => {
    if (r.unresolved) marker.fill(true, p.runStart[i]!, p.runStart[i]! + r.text.length);
  });
  const letter = (i: number) => /\p{L}/u.test(text[i] ?? '');
  let widest = 0;
  let start = 0;
  const piece = (end: number) => {
    widest = Math.max(widest, measureRange(p, start, end, cache));
  };
  for (let i = 0; i < text.length; i++) {
    if (marker[i]) continue;
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00ad') {
      piece(i);
      start = i + 1;
    } else if (ch === '-' && letter(i - 1) && letter(i + 1)) {
      piece(i + 1);
      start = i + 1;
    }
  }
  piece(text.length);
  return widest;
}

/** A column's minimum never exceeds this share of the table: a very long word (an address) breaks. */
const MAX_MIN_SHARE = 0.4;

/**
 * Column widths (points) for `table` set at `size` (default: the table text size) in a column
 * `available` points wide, with `pad` points of padding left and right in every cell; `slack` widens
 * every measured width (see WORD_PROCESSOR_SLACK).
 */
export function tableColumnWidths(
  table: Table,
  available: number,
  cache: WidthCache,
  options: { size?: number; pad?: number; slack?: (width: number) => number } = {},
): number[] {
  const { size = type.table.size, pad = space.cellPadX, slack = (w: number) => w } = options;
  const columns = tableColumnCount(table);
  const extents: CellExtent[] = [];
  const measure = (row: TableRow, bold: boolean) => {
    for (const { cell, column, span } of placeCells(row, columns)) {
      const { runs } = flattenInlines(cell.children, '', { bold, italic: false, color: colors.text });
      const p = makeParagraph(runs, size);
      const min = minContentWidth(p, cache);
      const whole = Math.max(min, wordProcessorMinWidth(p, cache));
      const max = Math.max(whole, maxContentWidth(p, cache));
      extents.push({ column, span, min: slack(min), whole: slack(whole), max: slack(max) });
    }
  };
  for (const row of table.header) measure(row, true);
  for (const row of table.body) measure(row, !!row.total);
  const aligns = Array.from({ length: columns }, (_, c) => table.columns[c]?.align ?? 'left');
  const { min, whole, max } = columnBounds(extents, columns, available, 2 * pad, size);
  return shareWidths(min, max, available, aligns, whole);
}

/**
 * Minimum, preferred minimum and maximum width of every column, padding included, from its cells.
 * Every column is at least `floor` wide (one letter); a spanning cell widens its columns only by what
 * they lack, in proportion to their maximum widths.
 */
export function columnBounds(
  cells: readonly CellExtent[],
  columns: number,
  available: number,
  pad: number,
  floor: number,
): ColumnBounds {
  const b: ColumnBounds = {
    min: new Array<number>(columns).fill(pad + floor),
    whole: new Array<number>(columns).fill(pad + floor),
    max: new Array<number>(columns).fill(pad + floor),
  };
  const capped = (w: number) => Math.min(w, available * MAX_MIN_SHARE) + pad;
  const width = { min: capped, whole: capped, max: (w: number) => w + pad };
  const kinds = ['min', 'whole', 'max'] as const;
  for (const c of cells) {
    if (c.span !== 1 || c.column >= columns) continue;
    for (const k of kinds) b[k][c.column] = Math.max(b[k][c.column]!, width[k](c[k]));
  }
  const spanning = cells.filter((c) => c.span > 1 && c.column < columns).sort((x, y) => x.span - y.span);
  for (const c of spanning) {
    const cols = Array.from({ length: Math.min(c.span, columns - c.column) }, (_, i) => c.column + i);
    // The cell's own padding is counted once; the columns' padding of the inner borders is room too.
    for (const k of kinds) widen(b[k], cols, width[k](c[k]) - sum(cols.map((i) => b[k][i]!)), b.max);
  }
  for (let i = 0; i < columns; i++) {
    b.whole[i] = Math.max(b.whole[i]!, b.min[i]!);
    b.max[i] = Math.max(b.max[i]!, b.whole[i]!);
  }
  return b;
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
 * `whole` (between the two) is where a column holds every amount and marker on one line in a word
 * processor too: when those fit side by side, no column gets less. The widths always add up to
 * `available`; each column gets at least its minimum whenever the minimums fit side by side.
 */
export function shareWidths(
  min: readonly number[],
  max: readonly number[],
  available: number,
  aligns: readonly Align[],
  whole: readonly number[] = min,
): number[] {
  if (min.length === 0) return [];
  const sumMax = sum(max);
  if (sumMax <= available) {
    // Room to spare: text columns take it, so numbers stay close to their labels.
    const grow = min.map((_, c) => (aligns[c] ?? 'left') === 'left');
    if (!grow.some(Boolean)) grow.fill(true);
    const base = max.reduce((a, m, c) => a + (grow[c] ? m : 0), 0);
    const share = (c: number) => (base > 0 ? max[c]! / base : 1 / grow.filter(Boolean).length);
    return max.map((m, c) => (grow[c] ? m + (available - sumMax) * share(c) : m));
  }
  for (const low of [whole, min]) {
    const sumLow = sum(low);
    if (sumLow <= available) {
      const f = (available - sumLow) / (sumMax - sumLow);
      return low.map((m, c) => m + (max[c]! - m) * f);
    }
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
