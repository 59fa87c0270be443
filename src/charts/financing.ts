/**
 * Financing chart: a stacked bar per year (or one bar «Hele perioden») by source, cash solid and in kind
 * hatched, amounts in Norwegian format, a legend. When the split is not decided, each bar is the known
 * total (or range) outlined and marked «Fordeling ikke avklart»; no split is invented.
 */
import type { Item, Measurer } from '../layout/types.js';
import type { FinancingChartData } from '../tree/types.js';
import { formatTick, niceScale } from './format.js';
import { centredBaseline, textAt } from './hatch.js';
import { barTotal, formLabel, knownSum, sourceKeys } from './financing-data.js';
import {
  outlinedBar,
  segmentRect,
  sourceColor,
  sourceHatch,
  stackedBar,
  type BarFrame,
} from './financing-bars.js';
import { legendGrid, legendGridHeight, type LegendEntry } from './legend.js';
import { COLORS, DASH, DECOR, SIZES } from './style.js';
import { truncate } from './text-fit.js';
import type { Box } from './types.js';

const TOP = 16;
const TICK_LABEL_W = 46;
const X_LABEL_H = 14;
const LEGEND_GAP = 6;
/** Plot height reserved by financingHeight; drawFinancing stretches the plot to fill a taller box. */
export const PLOT_H = 150;
/** Plot height when no amount at all is known: the bar only says so. */
export const PLOT_H_UNKNOWN = 80;

function columns(width: number): number {
  return width >= 300 ? 2 : 1;
}

function legendEntries(data: FinancingChartData): LegendEntry[] {
  const bars = data.bars;
  const spread: LegendEntry = {
    label: 'Anslag (spenn)',
    swatch: (x, y, w, h) => [
      { type: 'rect', x, y, width: w, height: h, stroke: COLORS.unresolved, lineWidth: 0.9, dash: DASH },
    ],
  };
  if (data.unresolved) {
    // The swatches that explain the bars first, then the sources without a swatch, so no colour
    // suggests an amount and the grid does not mix the two kinds of entry.
    const entries: LegendEntry[] = [];
    // The outlined total needs a legend entry only where some bar has a known total.
    if (maxValue(data) > 0) {
      entries.push({
        label: 'Fordeling ikke avklart',
        swatch: (x, y, w, h) => [
          {
            type: 'rect',
            x,
            y,
            width: w,
            height: h,
            fill: DECOR.band,
            stroke: COLORS.unresolved,
            lineWidth: 1,
          },
        ],
      });
    }
    if (bars.some((b) => (barTotal(b)?.high ?? 0) > (barTotal(b)?.low ?? 0))) entries.push(spread);
    for (const key of sourceKeys(data)) {
      entries.push({ label: `Kilde: ${key.source} (${formLabel(key.form)})`, swatch: () => [] });
    }
    return entries;
  }
  const entries: LegendEntry[] = sourceKeys(data).map((key) => ({
    label: `${key.source} (${formLabel(key.form)})${key.undecided ? ' – ikke avklart' : ''}`,
    swatch: (x, y, w, h) => segmentRect(x, y, w, h, key.form, sourceColor(key), sourceHatch(key)),
  }));
  if (bars.some((b) => knownSum(b).high > knownSum(b).low)) entries.push(spread);
  return entries;
}

export function financingHeight(data: FinancingChartData, width: number): number {
  const plot = maxValue(data) > 0 ? PLOT_H : PLOT_H_UNKNOWN;
  return TOP + plot + X_LABEL_H + LEGEND_GAP + legendGridHeight(legendEntries(data).length, columns(width));
}

/** Highest value any bar reaches; 0 when nothing is known. */
function maxValue(data: FinancingChartData): number {
  const bars = data.bars;
  return Math.max(0, ...bars.map((b) => (data.unresolved ? (barTotal(b)?.high ?? 0) : knownSum(b).high)));
}

function valueAxis(
  frame: BarFrame,
  step: number,
  max: number,
  plotLeft: number,
  plotRight: number,
  m: Measurer,
): Item[] {
  const items: Item[] = [];
  for (let v = 0; v <= max + step / 1000; v += step) {
    const y = frame.y!(v);
    if (v > 0)
      items.push({ type: 'line', x1: plotLeft, y1: y, x2: plotRight, y2: y, color: DECOR.grid, width: 0.5 });
    const label = truncate(formatTick(v), TICK_LABEL_W - 6, m, 'regular', SIZES.axis);
    const baseline = centredBaseline(y, m, 'regular', SIZES.axis);
    items.push(textAt(label, plotLeft - 5, baseline, 'end', m, 'regular', SIZES.axis, COLORS.axisText));
  }
  return items;
}

export function drawFinancing(data: FinancingChartData, box: Box, m: Measurer): Item[] {
  const entries = legendEntries(data);
  const cols = columns(box.width);
  const legendH = legendGridHeight(entries.length, cols);
  const plotLeft = box.x + TICK_LABEL_W;
  const plotRight = box.x + box.width - 2;
  const plotTop = box.y + TOP;
  const plotBottom = box.y + box.height - legendH - LEGEND_GAP - X_LABEL_H;
  const items: Item[] = [];

  const highest = maxValue(data);
  const frame: BarFrame = { bottom: plotBottom, top: plotTop };
  if (highest > 0) {
    const { max, step } = niceScale(highest);
    frame.y = (v: number) => plotBottom - (v / max) * (plotBottom - plotTop);
    items.push(...valueAxis(frame, step, max, plotLeft, plotRight, m));
  }

  const keys = sourceKeys(data);
  const n = Math.max(data.bars.length, 1);
  const slotW = (plotRight - plotLeft) / n;
  // Undecided bars carry their text inside and nothing beside them: they may be wider.
  const outlined = data.unresolved || !frame.y;
  const barW = outlined ? Math.min(slotW * 0.5, 80) : Math.min(slotW * 0.34, 64);
  data.bars.forEach((bar, i) => {
    const slotLeft = plotLeft + i * slotW;
    // Stacked bars sit left of centre to leave room for the amounts beside them.
    const x = slotLeft + (slotW - barW) * (outlined ? 0.5 : 0.3);
    const slot = { x, width: barW, labelRight: slotLeft + slotW - 2 };
    items.push(
      ...(data.unresolved || !frame.y
        ? outlinedBar(bar, slot, frame, m)
        : stackedBar(bar, slot, frame, keys, m)),
    );
    const label = truncate(bar.label, slotW - 4, m, 'bold', SIZES.label);
    const baseline = centredBaseline(plotBottom + X_LABEL_H / 2 + 1, m, 'bold', SIZES.label);
    const w = m.width(label, 'bold', SIZES.label);
    const left = Math.min(Math.max(x + barW / 2 - w / 2, slotLeft + 2), slotLeft + slotW - 2 - w);
    if (label)
      items.push({
        type: 'text',
        x: left,
        y: baseline,
        text: label,
        font: 'bold',
        size: SIZES.label,
        color: COLORS.text,
      });
  });
  items.push({
    type: 'line',
    x1: plotLeft,
    y1: plotBottom,
    x2: plotRight,
    y2: plotBottom,
    color: COLORS.axis,
    width: 0.75,
  });
  items.push(...legendGrid(entries, cols, box.x, box.y + box.height - legendH, box.width, m));
  return items;
}
