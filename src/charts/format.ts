import { formatNbNumber } from '../format/nb-number.js';

/** Norwegian labels of the charts: month and quarter names, amounts, and day arithmetic on ISO dates. */

export const MONTHS_SHORT = [
  'jan',
  'feb',
  'mar',
  'apr',
  'mai',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'des',
];

/** «1. kv.» … «4. kv.». */
export function quarterLabel(quarter: number): string {
  return `${quarter}.\u00a0kv.`;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO day (YYYY-MM-DD). */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO day: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** Days since 1970-01-01 of the first day of a month (month 1..12, may overflow into later years). */
export function monthStartDay(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / MS_PER_DAY;
}

/** Year and month (1..12) of an ISO day. */
export function yearMonth(iso: string): { year: number; month: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

// As Intl.NumberFormat('nb-NO') writes them, without loading ICU's locale data (format/nb-number.ts).
const integer = { format: (n: number) => formatNbNumber(n, 0) };
const millions = { format: (n: number) => formatNbNumber(n, 2) };

/** The number part of an amount: «2,5» (with unit «mill.») or «750 000» (no unit). */
function amountNumber(kroner: number, inMillions: boolean): string {
  return inMillions ? millions.format(kroner / 1_000_000) : integer.format(kroner);
}

/** «2,5 mill. kr», «750 000 kr»; spaces are no-break spaces so the amount never breaks across lines. */
export function formatAmount(kroner: number): string {
  const inMillions = Math.abs(kroner) >= 1_000_000;
  return `${amountNumber(kroner, inMillions)}\u00a0${inMillions ? 'mill.\u00a0kr' : 'kr'}`;
}

/** «2,5–3 mill. kr», or a single amount when low equals high. */
export function formatRange(low: number, high: number): string {
  if (low === high) return formatAmount(low);
  const inMillions = Math.abs(high) >= 1_000_000 && Math.abs(low) >= 100_000;
  const unit = inMillions ? 'mill.\u00a0kr' : 'kr';
  return `${amountNumber(low, inMillions)}–${amountNumber(high, inMillions)}\u00a0${unit}`;
}

/** Axis tick label without currency: «0», «500 000», «2,5 mill.». */
export function formatTick(kroner: number): string {
  if (kroner === 0) return '0';
  return Math.abs(kroner) >= 1_000_000 ? `${amountNumber(kroner, true)}\u00a0mill.` : integer.format(kroner);
}

/** A round axis maximum ≥ value and its tick step (1, 2, 2.5 or 5 × 10^k, about 4–5 ticks). */
export function niceScale(value: number): { max: number; step: number } {
  if (!(value > 0)) return { max: 1, step: 1 };
  const rough = value / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= rough)!;
  return { max: Math.ceil(value / step - 1e-9) * step, step };
}
