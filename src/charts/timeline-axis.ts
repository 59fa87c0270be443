/**
 * Time axis of the timeline chart: the domain (whole months or quarters), x(date) as a linear function of
 * days, and the cells (months or quarters) and years that get labels and separators.
 */
import { dayNumber, monthStartDay, yearMonth } from './format.js';
import type { TimelineChartData } from '../tree/types.js';

export type AxisUnit = 'month' | 'quarter';

export interface TimeAxis {
  unit: AxisUnit;
  /** First day of the domain and the day after its last day (day numbers). */
  startDay: number;
  endDay: number;
  /** Plot edges in points. */
  x0: number;
  x1: number;
  /** x of the start of a day number; linear in days. */
  x(day: number): number;
  /** Months or quarters of the domain: start/end day numbers, year and index (month 1..12 or quarter 1..4). */
  cells: { start: number; end: number; year: number; index: number }[];
  /** Calendar years of the domain, clipped to it. */
  years: { year: number; start: number; end: number }[];
}

/** Spans above this many months get a quarter axis. */
export const QUARTER_THRESHOLD_MONTHS = 24;

/** Earliest and latest ISO day of the chart: its own span and every row's. */
export function timelineSpan(data: TimelineChartData): { start: string; end: string } {
  const starts = [data.start, ...data.rows.map((r) => r.start)].sort();
  const ends = [data.end, ...data.rows.map((r) => r.end)].sort();
  return { start: starts[0]!, end: ends.at(-1)! };
}

export function buildAxis(data: TimelineChartData, x0: number, x1: number): TimeAxis {
  const span = timelineSpan(data);
  const first = yearMonth(span.start);
  const last = yearMonth(span.end);
  const months = (last.year - first.year) * 12 + last.month - first.month + 1;
  const unit: AxisUnit = months > QUARTER_THRESHOLD_MONTHS ? 'quarter' : 'month';
  const perCell = unit === 'quarter' ? 3 : 1;
  // Round the domain out to whole cells (quarters start in January, April, July, October).
  const firstMonth = unit === 'quarter' ? first.month - ((first.month - 1) % 3) : first.month;
  const lastMonth = unit === 'quarter' ? last.month - ((last.month - 1) % 3) + 2 : last.month;
  const startDay = monthStartDay(first.year, firstMonth);
  const endDay = monthStartDay(last.year, lastMonth + 1);
  const scale = (x1 - x0) / (endDay - startDay);
  const x = (day: number) => x0 + (day - startDay) * scale;

  const cells: TimeAxis['cells'] = [];
  // A bound as well as the test below: a date that is not a date (NaN) would otherwise never end the loop.
  const maxCells = Number.isFinite(endDay - startDay) ? Math.ceil((endDay - startDay) / 28) + 1 : 0;
  for (let k = 0; k < maxCells; k++) {
    const start = monthStartDay(first.year, firstMonth + k * perCell);
    if (start >= endDay) break;
    const date = new Date(start * 86_400_000);
    const month = date.getUTCMonth() + 1;
    cells.push({
      start,
      end: monthStartDay(first.year, firstMonth + (k + 1) * perCell),
      year: date.getUTCFullYear(),
      index: unit === 'quarter' ? (month - 1) / 3 + 1 : month,
    });
  }
  const years: TimeAxis['years'] = [];
  for (let year = first.year; year <= last.year; year++) {
    years.push({
      year,
      start: Math.max(startDay, monthStartDay(year, 1)),
      end: Math.min(endDay, monthStartDay(year + 1, 1)),
    });
  }
  return { unit, startDay, endDay, x0, x1, x, cells, years };
}

/** Horizontal extent of a row: a range covers its days inclusive; a point sits at the middle of its days. */
export function rowExtent(axis: TimeAxis, start: string, end: string): { left: number; right: number } {
  return { left: axis.x(dayNumber(start)), right: axis.x(dayNumber(end) + 1) };
}
