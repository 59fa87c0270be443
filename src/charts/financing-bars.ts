/** The bars of the financing chart: stacked segments by source, or an outlined total when undecided. */
import type { Item, Measurer } from '../layout/types.js';
import { formatRange } from './format.js';
import { centredBaseline, textAt } from './hatch.js';
import { barTotal, keyStyle, segmentValue, type FinancingBar, type SourceKey } from './financing-data.js';
import { styledRect } from './source-style.js';
import { COLORS, DASH, DECOR, SIZES, WHITE } from './style.js';
import { wrapLines } from './text-fit.js';

/** Geometry shared by all bars of one chart. */
export interface BarFrame {
  /** Bottom of the plot (value 0) and its top. */
  bottom: number;
  top: number;
  /** y of a value, or undefined when no scale exists (nothing known). */
  y?: (value: number) => number;
}

/** Horizontal slot of one bar. */
export interface BarSlot {
  x: number;
  width: number;
  /** Right edge available to labels beside the bar. */
  labelRight: number;
}

/** The total above a bar, if it fits within the slot. */
function totalLabel(
  text: string,
  cx: number,
  topY: number,
  slotLeft: number,
  slotRight: number,
  m: Measurer,
): Item[] {
  const w = m.width(text, 'bold', SIZES.amount);
  if (w > slotRight - slotLeft) return [];
  const left = Math.min(Math.max(cx - w / 2, slotLeft), slotRight - w);
  return [{ type: 'text', x: left, y: topY - 3, text, font: 'bold', size: SIZES.amount, color: COLORS.text }];
}

/** Stacked bar of a decided split, with amounts beside the segments that are tall enough. */
export function stackedBar(
  bar: FinancingBar,
  slot: BarSlot,
  frame: BarFrame,
  keys: SourceKey[],
  m: Measurer,
): Item[] {
  const y = frame.y!;
  const items: Item[] = [];
  const textH = m.ascent('regular', SIZES.amount) + m.descent('regular', SIZES.amount);
  let acc = 0;
  let accHigh = 0;
  // Segments stack in the order of the keys (the legend's order from the bottom up), in every bar.
  const rank = (s: FinancingBar['segments'][number]) =>
    keys.findIndex((k) => k.source === s.source && k.form === s.form);
  const segments = [...bar.segments].sort((a, b) => rank(a) - rank(b));
  for (const s of segments) {
    const v = segmentValue(s);
    if (!v) continue;
    if (v.low <= 0) {
      // Nothing to stack; an estimate from 0 still widens the spread drawn above the bar.
      accHigh += Math.max(0, v.high);
      continue;
    }
    const key = keys[rank(s)]!;
    const top = y(acc + v.low);
    const bottom = y(acc);
    items.push(...styledRect(slot.x, top, slot.width, bottom - top, keyStyle(key)));
    if (acc > 0) {
      // A white border between neighbours, so no two colours touch.
      items.push({
        type: 'line',
        x1: slot.x,
        y1: bottom,
        x2: slot.x + slot.width,
        y2: bottom,
        color: WHITE,
        width: 0.75,
      });
    }
    const label = formatRange(v.low, v.high);
    const labelX = slot.x + slot.width + 4;
    if (bottom - top >= textH + 1 && labelX + m.width(label, 'regular', SIZES.amount) <= slot.labelRight) {
      const baseline = centredBaseline((top + bottom) / 2, m, 'regular', SIZES.amount);
      items.push(textAt(label, labelX, baseline, 'start', m, 'regular', SIZES.amount, COLORS.text));
    }
    acc += v.low;
    accHigh += v.high;
  }
  if (accHigh > acc) {
    // Estimates with a spread: a dashed outline from the sum of the low to the sum of the high values.
    items.push({
      type: 'rect',
      x: slot.x,
      y: y(accHigh),
      width: slot.width,
      height: y(acc) - y(accHigh),
      stroke: COLORS.unresolved,
      lineWidth: 0.9,
      dash: DASH,
    });
  }
  if (accHigh > 0) {
    items.push(
      ...totalLabel(
        formatRange(acc, accHigh),
        slot.x + slot.width / 2,
        y(accHigh),
        slot.x - 8,
        slot.labelRight,
        m,
      ),
    );
  }
  return items;
}

/** Text lines centred on `centreY` across the slot, if they fit in `room` without truncation. */
function centredMessage(message: string, slot: BarSlot, centreY: number, room: number, m: Measurer): Item[] {
  const lineH = m.ascent('regular', SIZES.amount) + m.descent('regular', SIZES.amount);
  const lines = wrapLines(message, slot.width - 10, 3, m, 'regular', SIZES.amount);
  if (lines.length * lineH + 4 > room || lines.some((l) => l.endsWith('…'))) return [];
  const firstCentre = centreY - ((lines.length - 1) * lineH) / 2;
  return lines.map((line, i) => {
    const baseline = centredBaseline(firstCentre + i * lineH, m, 'regular', SIZES.amount);
    return textAt(line, slot.x + slot.width / 2, baseline, 'middle', m, 'regular', SIZES.amount, COLORS.text);
  });
}

/**
 * An undecided split: the known total (or range) as an outlined bar marked «Fordeling ikke avklart».
 * Without a known total the bar has no height to show: beside other bars (a value scale exists) the slot
 * only says «Beløp ikke avklart» above the axis; alone, a dashed bar fills the plot and says so.
 */
export function outlinedBar(bar: FinancingBar, slot: BarSlot, frame: BarFrame, m: Measurer): Item[] {
  const total = barTotal(bar);
  const c = COLORS.unresolved;
  if (!total && frame.y) {
    // Any drawn height would read as an amount: text only, in the lower part of the slot.
    const room = Math.min(60, frame.bottom - frame.top);
    return centredMessage('Beløp ikke avklart', slot, frame.bottom - room / 2, room, m);
  }
  if (!total || !frame.y) {
    const items: Item[] = [
      {
        type: 'rect',
        x: slot.x,
        y: frame.top,
        width: slot.width,
        height: frame.bottom - frame.top,
        fill: DECOR.band,
        stroke: c,
        lineWidth: 1,
        dash: DASH,
      },
    ];
    const room = frame.bottom - frame.top;
    items.push(...centredMessage('Beløp og fordeling ikke avklart', slot, frame.top + room / 2, room, m));
    return items;
  }
  const low = frame.y(total.low);
  const items: Item[] = [
    {
      type: 'rect',
      x: slot.x,
      y: low,
      width: slot.width,
      height: frame.bottom - low,
      fill: DECOR.band,
      stroke: c,
      lineWidth: 1,
    },
  ];
  let top = low;
  if (total.high > total.low) {
    const high = frame.y(total.high);
    items.push({
      type: 'rect',
      x: slot.x,
      y: high,
      width: slot.width,
      height: low - high,
      stroke: c,
      lineWidth: 0.9,
      dash: DASH,
    });
    top = high;
  }
  items.push(
    ...totalLabel(
      formatRange(total.low, total.high),
      slot.x + slot.width / 2,
      top,
      slot.x - 8,
      slot.labelRight,
      m,
    ),
  );
  const room = frame.bottom - low;
  items.push(...centredMessage('Fordeling ikke avklart', slot, (low + frame.bottom) / 2, room, m));
  return items;
}
