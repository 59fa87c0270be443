/** Numbers behind the financing chart: known values per segment, bar totals, legend entries. */
import type { FinancingBarData, FinancingChartData, FinancingSegment } from '../tree/types.js';
import { formatList } from '../format/list.js';
import { sourceStyle, type SourceStyle } from './source-style.js';

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
  /** Index of the source's colour: sources in the order of the keys below. */
  colorIndex: number;
  /** Place of the key among the keys of its form (cash and in kind counted apart): its pattern. */
  formIndex: number;
  /** True when no bar has a decided amount for this source and form. */
  undecided: boolean;
  /** True when some bar draws a segment for it (a decided amount above 0). */
  drawn: boolean;
}

/**
 * Distinct source/form pairs: cash before in kind (as the financing table groups them), each in order of
 * first appearance. The bars stack their segments in this order from the bottom.
 */
export function sourceKeys(data: FinancingChartData): SourceKey[] {
  const keys: SourceKey[] = [];
  for (const bar of data.bars) {
    for (const s of bar.segments) {
      let key = keys.find((k) => k.source === s.source && k.form === s.form);
      if (!key) {
        key = {
          source: s.source,
          form: s.form,
          colorIndex: 0,
          formIndex: keys.filter((k) => k.form === s.form).length,
          undecided: true,
          drawn: false,
        };
        keys.push(key);
      }
      const v = segmentValue(s);
      if (v !== null) key.undecided = false;
      if (v !== null && v.low > 0) key.drawn = true;
    }
  }
  const ordered = [...keys.filter((k) => k.form === 'kontant'), ...keys.filter((k) => k.form !== 'kontant')];
  // Colours in the stacking order, so the bottom segment gets the first colour of the palette.
  const colourOrder = [...new Set(ordered.map((k) => k.source))];
  for (const k of ordered) k.colorIndex = colourOrder.indexOf(k.source);
  return ordered;
}

/** The drawing style of a key. */
export function keyStyle(key: SourceKey): SourceStyle {
  return sourceStyle(key.form, key.colorIndex, key.formIndex);
}

/** «Nordland fylkeskommune (kontant)». */
export function keyLabel(key: Pick<SourceKey, 'source' | 'form'>): string {
  return `${key.source} (${formLabel(key.form)})`;
}

export function formLabel(form: FinancingSegment['form']): string {
  return form === 'kontant' ? 'kontant' : 'naturalia';
}

/** «A og B (kontant); C (naturalia)»: keys grouped by form, in the order of the keys. */
export function keysText(keys: SourceKey[]): string {
  const forms = [...new Set(keys.map((k) => k.form))];
  return forms
    .map((f) => `${formatList(keys.filter((k) => k.form === f).map((k) => k.source))} (${formLabel(f)})`)
    .join('; ');
}

/** The note under the legend for keys without a segment: '' when every key is drawn. */
export function hiddenKeysNote(keys: SourceKey[]): string {
  const hidden = keys.filter((k) => !k.drawn);
  return hidden.length > 0 ? `Uten høyde i søylene (0 kr eller ikke avklart): ${keysText(hidden)}.` : '';
}
