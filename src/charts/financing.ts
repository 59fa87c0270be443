/**
 * Financing chart: a stacked bar per year (or one bar «Hele perioden») by source, each source and form in
 * its own colour and pattern (source-style.ts), amounts in Norwegian format, and a legend read top-down
 * like the bars. When the split is not decided, each bar is the known total (or range) outlined and marked
 * «Fordeling ikke avklart»; no split is invented, and no source gets a colour.
 */
import type { Item, Measurer } from '../layout/types.js';
import type { FinancingChartData } from '../tree/types.js';
import { formatTick, niceScale } from './format.js';
import { centredBaseline, textAt } from './hatch.js';
import {
  barTotal,
  formLabel,
  hiddenKeysNote,
  keyStyle,
  keysText,
  knownSum,
  sourceKeys,
} from './financing-data.js';
import { outlinedBar, stackedBar, type BarFrame } from './financing-bars.js';
import { createChartMeasurer } from './font-measurer.js';
import { entryWidth, gridColumnWidth, legendGrid, legendGridHeight, type LegendEntry } from './legend.js';
import { styledRect } from './source-style.js';
import { COLORS, DASH, DECOR, SIZES } from './style.js';
import { truncate, wrapLines } from './text-fit.js';
import type { Box } from './types.js';

const TOP = 16;
const TICK_LABEL_W = 46;
const X_LABEL_H = 14;
const LEGEND_GAP = 6;
/** Plot height reserved by financingHeight; drawFinancing stretches the plot to fill a taller box. */
export const PLOT_H = 150;
/** Plot height when no amount at all is known: the bar only says so. */
export const PLOT_H_UNKNOWN = 80;

/** The legend: swatch entries (read top-down like the bars), and a note for what has no swatch. */
interface FinancingLegend {
  entries: LegendEntry[];
  note: string;
}

const SPREAD: LegendEntry = {
  label: 'Anslag (spenn)',
  swatch: (x, y, w, h) => [
    { type: 'rect', x, y, width: w, height: h, stroke: COLORS.unresolved, lineWidth: 0.9, dash: DASH },
  ],
};

function legendOf(data: FinancingChartData): FinancingLegend {
  const bars = data.bars;
  const keys = sourceKeys(data);
  if (data.unresolved) {
    // No bar is split by source, so no source gets a swatch (a colour would suggest an amount): the
    // swatches explain the bars, and a note below names the sources.
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
    if (bars.some((b) => (barTotal(b)?.high ?? 0) > (barTotal(b)?.low ?? 0))) entries.push(SPREAD);
    const note = keys.length > 0 ? `Kildene (fordelingen er ikke avklart): ${keysText(keys)}.` : '';
    return { entries, note };
  }
  // Read from the top like the bars: the spread drawn above them, then the segments from the top down.
  const entries: LegendEntry[] = [];
  if (bars.some((b) => knownSum(b).high > knownSum(b).low)) entries.push(SPREAD);
  const drawn = keys.filter((k) => k.drawn);
  for (const key of [...drawn].reverse()) {
    const style = keyStyle(key);
    entries.push({
      label: key.source,
      suffix: ` (${formLabel(key.form)})`,
      swatch: (x, y, w, h) => styledRect(x, y, w, h, style),
    });
  }
  return { entries, note: hiddenKeysNote(keys) };
}

const NOTE_LINE = 12;
/** Space between the swatch grid and the note. */
const NOTE_GAP = 3;
const NOTE_MAX_LINES = 4;

/** Columns, note lines and height of the legend at this width. */
function legendLayout(legend: FinancingLegend, width: number, m: Measurer) {
  // Two columns only where every label fits whole in one; otherwise one column, read top-down.
  const fitsHalf = legend.entries.every((e) => entryWidth(e, m) <= gridColumnWidth(width, 2));
  const columns = width >= 300 && fitsHalf && legend.entries.length > 1 ? 2 : 1;
  const noteLines = legend.note
    ? wrapLines(legend.note, width - 2, NOTE_MAX_LINES, m, 'regular', SIZES.legend)
    : [];
  const gridH = legendGridHeight(legend.entries.length, columns);
  const height = gridH + (noteLines.length > 0 ? NOTE_GAP + noteLines.length * NOTE_LINE : 0);
  return { columns, noteLines, gridH, height };
}

let defaultMeasurer: Measurer | undefined;

export function financingHeight(data: FinancingChartData, width: number, measurer?: Measurer): number {
  const m = measurer ?? (defaultMeasurer ??= createChartMeasurer());
  const plot = maxValue(data) > 0 ? PLOT_H : PLOT_H_UNKNOWN;
  return TOP + plot + X_LABEL_H + LEGEND_GAP + legendLayout(legendOf(data), width, m).height;
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
  const legend = legendOf(data);
  const layout = legendLayout(legend, box.width, m);
  const legendH = layout.height;
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
  const legendTop = box.y + box.height - legendH;
  items.push(...legendGrid(legend.entries, layout.columns, box.x, legendTop, box.width, m));
  layout.noteLines.forEach((line, i) => {
    const centre = legendTop + layout.gridH + NOTE_GAP + i * NOTE_LINE + NOTE_LINE / 2;
    const baseline = centredBaseline(centre, m, 'regular', SIZES.legend);
    items.push(textAt(line, box.x + 1, baseline, 'start', m, 'regular', SIZES.legend, COLORS.text));
  });
  return items;
}
