/** Legends: a swatch and a label per entry, laid out left to right in rows (or a fixed grid of columns). */
import type { Item, Measurer } from '../layout/types.js';
import { centredBaseline } from './hatch.js';
import { COLORS, SIZES } from './style.js';
import { truncateKeeping } from './text-fit.js';

export interface LegendEntry {
  label: string;
  /** Kept whole after the label when the label must be cut, e.g. « (kontant)». */
  suffix?: string;
  /** Draws the swatch into the given rectangle. */
  swatch(x: number, y: number, width: number, height: number): Item[];
}

export const LEGEND_ROW = 13;
const SWATCH_W = 14;
const SWATCH_H = 8;
const SWATCH_GAP = 4;
const ENTRY_GAP = 14;

function entryItems(entry: LegendEntry, x: number, rowTop: number, maxWidth: number, m: Measurer): Item[] {
  const centre = rowTop + LEGEND_ROW / 2;
  // A little slack so that a label measured to fit exactly is not truncated by rounding.
  const room = maxWidth - SWATCH_W - SWATCH_GAP + 0.01;
  const text = truncateKeeping(entry.label, entry.suffix ?? '', room, m, 'regular', SIZES.legend);
  // The swatch is inset by a point so its outline and hatching stay inside the chart box.
  const items = entry.swatch(x + 1, centre - SWATCH_H / 2, SWATCH_W - 2, SWATCH_H);
  if (text) {
    items.push({
      type: 'text',
      x: x + SWATCH_W + SWATCH_GAP,
      y: centredBaseline(centre, m, 'regular', SIZES.legend),
      text,
      font: 'regular',
      size: SIZES.legend,
      color: COLORS.text,
    });
  }
  return items;
}

/** Entries side by side on one row starting at x; entries that do not fit are truncated or dropped. */
export function legendRow(
  entries: LegendEntry[],
  x: number,
  top: number,
  width: number,
  m: Measurer,
): Item[] {
  const items: Item[] = [];
  let cursor = x;
  const right = x + width;
  for (const entry of entries) {
    const room = right - cursor;
    if (room < SWATCH_W + SWATCH_GAP + 8) break;
    const natural = entryWidth(entry, m);
    items.push(...entryItems(entry, cursor, top, Math.min(natural, room), m));
    cursor += natural + ENTRY_GAP;
  }
  return items;
}

/** Width an entry needs with its whole label. */
export function entryWidth(entry: LegendEntry, m: Measurer): number {
  return SWATCH_W + SWATCH_GAP + m.width(entry.label + (entry.suffix ?? ''), 'regular', SIZES.legend);
}

/** Width of one column of a grid of `columns` columns across `width`, as entryItems gets it. */
export function gridColumnWidth(width: number, columns: number): number {
  return width / columns - ENTRY_GAP / 2;
}

/**
 * Entries in a grid of `columns` equal columns, filled column by column (read down the first column, then
 * the next), so the order read is the order given. Its height is known without measuring.
 */
export function legendGrid(
  entries: LegendEntry[],
  columns: number,
  x: number,
  top: number,
  width: number,
  m: Measurer,
): Item[] {
  const rows = Math.ceil(entries.length / columns);
  const colWidth = width / columns;
  return entries.flatMap((entry, i) =>
    entryItems(
      entry,
      x + Math.floor(i / rows) * colWidth,
      top + (i % rows) * LEGEND_ROW,
      gridColumnWidth(width, columns),
      m,
    ),
  );
}

export function legendGridHeight(count: number, columns: number): number {
  return Math.ceil(count / columns) * LEGEND_ROW;
}
