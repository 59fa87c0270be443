/**
 * Timeline (Gantt) chart: one row per step title (steps with the same title share a row, timeline-rows.ts)
 * with its label on the left, bars for ranges, diamonds for single dates, a month or quarter axis with
 * Norwegian labels, year separators and labels, and a legend. Tentative steps are hatched with a dashed
 * outline (ranges) or outlined with a dash (dates).
 */
import type { Item, Measurer } from '../layout/types.js';
import type { TimelineChartData, TimelineRow } from '../tree/types.js';
import { MONTHS_SHORT, quarterLabel } from './format.js';
import { centredBaseline, diamond, hatchLines, textAt } from './hatch.js';
import { LEGEND_ROW, legendRow, type LegendEntry } from './legend.js';
import { COLORS, DASH, DECOR, SIZES, tint, WHITE } from './style.js';
import { buildAxis, rowExtent, type TimeAxis } from './timeline-axis.js';
import { displayRows, rowLabelLines } from './timeline-rows.js';
import type { Box } from './types.js';

const YEAR_ROW = 12;
const CELL_ROW = 12;
const AXIS_H = YEAR_ROW + CELL_ROW;
const ROW_GAP_TOP = 2;
/** Row height reserved by timelineHeight; drawTimeline stretches rows to fill a taller box. */
/** Room for a label of two lines at 9 pt. */
export const ROW_H = 26;
const LEGEND_H = LEGEND_ROW + 5;
const LABEL_GAP = 8;
const RIGHT_PAD = 6;
/** A tentative date: white inside, dashed outline. */
const TENTATIVE_DIAMOND = { fill: WHITE, stroke: COLORS.timeline, lineWidth: 1, dash: [1.5, 1] };

export function timelineHeight(data: TimelineChartData): number {
  return AXIS_H + ROW_GAP_TOP + displayRows(data).length * ROW_H + LEGEND_H;
}

/** Width of the label column for a chart of this width. */
export function labelColumnWidth(width: number): number {
  return Math.round(Math.min(170, Math.max(width * 0.3, Math.min(80, width * 0.35))));
}

function cellLabel(axis: TimeAxis, index: number): string {
  return axis.unit === 'quarter' ? quarterLabel(index) : MONTHS_SHORT[index - 1]!;
}

/** Labels every k-th month (calendar aligned) or quarter, with the smallest k whose labels do not collide. */
function axisLabels(axis: TimeAxis, box: Box, top: number, m: Measurer): Item[] {
  const steps = axis.unit === 'quarter' ? [1, 2] : [1, 2, 3, 6];
  const cellW = Math.min(...axis.cells.map((c) => axis.x(c.end) - axis.x(c.start)));
  const widest = Math.max(...axis.cells.map((c) => m.width(cellLabel(axis, c.index), 'regular', SIZES.axis)));
  const step = steps.find((k) => widest + 3 <= k * cellW);
  if (step === undefined) return [];
  const baseline = centredBaseline(top + CELL_ROW / 2, m, 'regular', SIZES.axis);
  const leftAligned = widest + 3 > cellW;
  const items: Item[] = [];
  for (const cell of axis.cells) {
    if ((cell.index - 1) % step !== 0) continue;
    const label = cellLabel(axis, cell.index);
    const w = m.width(label, 'regular', SIZES.axis);
    const centre = (axis.x(cell.start) + axis.x(cell.end)) / 2;
    // A label wider than its cell starts just right of the cell's grid line (a year separator) instead
    // of straddling it; the cells it runs into are not labelled.
    const start = leftAligned ? axis.x(cell.start) + 2 : centre - w / 2;
    const left = Math.min(Math.max(start, box.x), box.x + box.width - w);
    items.push({
      type: 'text',
      x: left,
      y: baseline,
      text: label,
      font: 'regular',
      size: SIZES.axis,
      color: COLORS.axisText,
    });
  }
  return items;
}

function yearLabels(axis: TimeAxis, top: number, m: Measurer): Item[] {
  const baseline = centredBaseline(top + YEAR_ROW / 2, m, 'bold', SIZES.year);
  return axis.years.flatMap((y) => {
    const left = axis.x(y.start);
    const right = axis.x(y.end);
    const label = String(y.year);
    if (m.width(label, 'bold', SIZES.year) + 4 > right - left) return [];
    return [textAt(label, (left + right) / 2, baseline, 'middle', m, 'bold', SIZES.year, COLORS.text)];
  });
}

function gridLines(axis: TimeAxis, axisTop: number, rowsTop: number, rowsBottom: number): Item[] {
  const items: Item[] = [];
  const yearStarts = new Set(axis.years.map((y) => y.start));
  for (const cell of axis.cells.slice(1)) {
    if (yearStarts.has(cell.start)) continue;
    const x = axis.x(cell.start);
    items.push({ type: 'line', x1: x, y1: rowsTop, x2: x, y2: rowsBottom, color: DECOR.grid, width: 0.5 });
  }
  for (const y of axis.years) {
    if (y.start <= axis.startDay) continue;
    const x = axis.x(y.start);
    items.push({ type: 'line', x1: x, y1: axisTop, x2: x, y2: rowsBottom, color: COLORS.axis, width: 0.75 });
  }
  items.push({
    type: 'line',
    x1: axis.x0,
    y1: rowsTop,
    x2: axis.x1,
    y2: rowsTop,
    color: COLORS.axis,
    width: 0.75,
  });
  return items;
}

function rangeBar(left: number, top: number, width: number, height: number, tentative: boolean): Item[] {
  const c = COLORS.timeline;
  if (!tentative) return [{ type: 'rect', x: left, y: top, width, height, fill: c }];
  return [
    { type: 'rect', x: left, y: top, width, height, fill: tint(c, 0.85) },
    ...hatchLines(left, top, width, height, c),
    { type: 'rect', x: left, y: top, width, height, stroke: c, lineWidth: 0.9, dash: DASH },
  ];
}

function rowShape(row: TimelineRow, axis: TimeAxis, centreY: number, rowH: number): Item[] {
  const { left, right } = rowExtent(axis, row.start, row.end);
  const c = COLORS.timeline;
  if (row.shape === 'range') {
    const h = Math.min(rowH * 0.45, 10);
    const width = Math.max(right - left, 2);
    const x = Math.min(left, (left + right) / 2 - width / 2);
    return rangeBar(x, centreY - h / 2, width, h, row.tentative);
  }
  const r = Math.min(rowH * 0.28, 5);
  const cx = (left + right) / 2;
  const items: Item[] = [];
  if (right - left > 2 * r) {
    // A date known only to a window (e.g. «desember 2025 eller januar 2026»): a dashed whisker shows it.
    items.push({
      type: 'line',
      x1: left,
      y1: centreY,
      x2: right,
      y2: centreY,
      color: c,
      width: 0.9,
      dash: DASH,
    });
  }
  items.push(
    row.tentative ? diamond(cx, centreY, r, TENTATIVE_DIAMOND) : diamond(cx, centreY, r, { fill: c }),
  );
  return items;
}

/** Lines are as tall as the font's ascent plus descent, so their boxes never overlap. */
function labelLineHeight(m: Measurer): number {
  return m.ascent('regular', SIZES.label) + m.descent('regular', SIZES.label);
}

function rowLabel(lines: string[], box: Box, centreY: number, m: Measurer): Item[] {
  const lineH = labelLineHeight(m);
  const firstCentre = centreY - ((lines.length - 1) * lineH) / 2;
  return lines.map((text, i) => ({
    type: 'text' as const,
    x: box.x,
    y: centredBaseline(firstCentre + i * lineH, m, 'regular', SIZES.label),
    text,
    font: 'regular' as const,
    size: SIZES.label,
    color: COLORS.text,
  }));
}

function legend(data: TimelineChartData, box: Box, top: number, m: Measurer): Item[] {
  const entries: LegendEntry[] = [];
  const c = COLORS.timeline;
  if (data.rows.some((r) => r.shape === 'range' && !r.tentative)) {
    entries.push({ label: 'Tidsrom', swatch: (x, y, w, h) => rangeBar(x, y, w, h, false) });
  }
  if (data.rows.some((r) => r.shape === 'point' && !r.tentative)) {
    entries.push({
      label: 'Dato',
      swatch: (x, y, w, h) => [diamond(x + w / 2, y + h / 2, h / 2 + 1, { fill: c })],
    });
  }
  if (data.rows.some((r) => r.shape === 'range' && r.tentative)) {
    entries.push({ label: 'Foreløpig tidsrom', swatch: (x, y, w, h) => rangeBar(x, y, w, h, true) });
  }
  if (data.rows.some((r) => r.shape === 'point' && r.tentative)) {
    entries.push({
      label: 'Foreløpig dato',
      swatch: (x, y, w, h) => [diamond(x + w / 2, y + h / 2, h / 2 + 1, TENTATIVE_DIAMOND)],
    });
  }
  return legendRow(entries, box.x, top, box.width, m);
}

export function drawTimeline(data: TimelineChartData, box: Box, m: Measurer): Item[] {
  const labelW = labelColumnWidth(box.width);
  const axis = buildAxis(data, box.x + labelW + LABEL_GAP, box.x + box.width - RIGHT_PAD);
  const rowsTop = box.y + AXIS_H + ROW_GAP_TOP;
  const rowsBottom = box.y + box.height - LEGEND_H;
  const rows = displayRows(data);
  const n = rows.length;
  const rowH = n > 0 ? (rowsBottom - rowsTop) / n : 0;
  const maxLines = rowH >= 2 * labelLineHeight(m) + 1 ? 2 : 1;
  const labels = rowLabelLines(rows, labelW, maxLines, m);

  const items: Item[] = [];
  rows.forEach((_, i) => {
    if (i % 2 === 1) {
      items.push({
        type: 'rect',
        x: box.x,
        y: rowsTop + i * rowH,
        // The bands end where the axis ends, not in the padding to its right.
        width: axis.x1 - box.x,
        height: rowH,
        fill: DECOR.band,
      });
    }
  });
  items.push(...gridLines(axis, box.y, rowsTop, rowsBottom));
  items.push(...yearLabels(axis, box.y, m));
  items.push(...axisLabels(axis, box, box.y + YEAR_ROW, m));
  rows.forEach((row, i) => {
    const centreY = rowsTop + (i + 0.5) * rowH;
    items.push(...rowLabel(labels[i]!, box, centreY, m));
    // Several steps with one title: a marker for each, on the same row.
    for (const step of row.marks) items.push(...rowShape(step, axis, centreY, rowH));
  });
  items.push(...legend(data, box, rowsBottom + 5, m));
  return items;
}
