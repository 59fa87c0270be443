/**
 * Entry point of the chart module: turns a chart node into format-neutral primitives (rect, line,
 * polygon, text) inside a box. The PDF painter draws them as vectors; svg.ts serialises them for DOCX.
 */
import type { Item, Measurer } from '../layout/types.js';
import { assertNever, type Chart } from '../tree/types.js';
import { drawFinancing, financingHeight } from './financing.js';
import { drawTimeline, timelineHeight } from './timeline.js';
import type { Box } from './types.js';

export type { Box } from './types.js';

/** Primitives of the chart inside `box`; everything stays inside the box. */
export function drawChart(chart: Chart, box: Box, measurer: Measurer): Item[] {
  const data = chart.data;
  switch (data.kind) {
    case 'timeline':
      return drawTimeline(data, box, measurer);
    case 'financing':
      return drawFinancing(data, box, measurer);
    default:
      return assertNever(data);
  }
}

/** The height the layout should reserve for the chart at this width (points). */
export function chartHeight(chart: Chart, width: number, measurer?: Measurer): number {
  const data = chart.data;
  switch (data.kind) {
    case 'timeline':
      return timelineHeight(data);
    case 'financing':
      return financingHeight(data, width, measurer);
    default:
      return assertNever(data);
  }
}
