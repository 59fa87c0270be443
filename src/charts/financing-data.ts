/** Numbers behind the financing chart: known values per segment, bar totals, legend entries. */
import type { FinancingBarData, FinancingChartData, FinancingSegment } from '../tree/types.js';

export type FinancingBar = FinancingBarData;

/**
 * Low and high value of a segment; null when its amount is not decided. A range wins over `amount`
 * (which then holds the midpoint): the bar stacks the low values and shows the spread dashed above.
 */
export function segmentValue(s: FinancingSegment): { low: number; high: number } | null {
  if (s.range) return { low: s.range.low, high: s.range.high };
  if (s.amount !== null) return { low: s.amount, high: s.amount };
  return null;
}

/** The bar's total: given, or the sum of its segments when every segment is known; null otherwise. */
export function barTotal(bar: FinancingBar): { low: number; high: number } | null {
  if (bar.total) return bar.total;
  const values = bar.segments.map(segmentValue);
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return values.reduce<{ low: number; high: number }>(
    (acc, v) => ({ low: acc.low + v!.low, high: acc.high + v!.high }),
    { low: 0, high: 0 },
  );
}

/** Sum of the known segments of a bar (the stacked height when the split is decided). */
export function knownSum(bar: FinancingBar): { low: number; high: number } {
  return bar.segments.reduce(
    (acc, s) => {
      const v = segmentValue(s);
      return v ? { low: acc.low + v.low, high: acc.high + v.high } : acc;
    },
    { low: 0, high: 0 },
  );
}

export interface SourceKey {
  source: string;
  form: FinancingSegment['form'];
  /** Index of the source's colour (order of first appearance of the source). */
  colorIndex: number;
  /** True when no bar has a decided amount for this source and form. */
  undecided: boolean;
}

/** Distinct source/form pairs in order of first appearance. */
export function sourceKeys(data: FinancingChartData): SourceKey[] {
  const sources: string[] = [];
  const keys: SourceKey[] = [];
  for (const bar of data.bars) {
    for (const s of bar.segments) {
      if (!sources.includes(s.source)) sources.push(s.source);
      let key = keys.find((k) => k.source === s.source && k.form === s.form);
      if (!key) {
        key = { source: s.source, form: s.form, colorIndex: sources.indexOf(s.source), undecided: true };
        keys.push(key);
      }
      if (segmentValue(s) !== null) key.undecided = false;
    }
  }
  return keys;
}

export function formLabel(form: FinancingSegment['form']): string {
  return form === 'kontant' ? 'kontant' : 'naturalia';
}
