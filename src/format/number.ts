/**
 * Norwegian number formatting (as Intl nb-NO, written by hand in nb-number.ts). Every space inside a number, and between a number and its
 * unit, is a no-break space (U+00A0) so an amount never splits across lines; the minus sign is U+2212.
 */

import { formatNbNumber } from './nb-number.js';

export const NBSP = '\u00a0';
const integer = { format: (n: number) => formatNbNumber(n, 0) };
const decimal = { format: (n: number) => formatNbNumber(n, 2) };
const ONE_MILLION = 1_000_000;

/** Intl already uses U+00A0 as group separator and U+2212 as minus; this makes sure of both. */
function clean(text: string): string {
  return text.replace(/[ \u202f]/g, NBSP).replace(/-/g, '\u2212');
}

/** «2 500 000» */
export function formatInteger(n: number): string {
  return clean(integer.format(Math.round(n)));
}

/** «2 500 000 kr», «−500 kr» */
export function formatKroner(n: number): string {
  return `${formatInteger(n)}${NBSP}kr`;
}

/** «2,5 mill. kr» for a million or more, otherwise «750 000 kr». */
export function formatCompactKroner(n: number): string {
  if (Math.abs(n) < ONE_MILLION) return formatKroner(n);
  return `${clean(decimal.format(n / ONE_MILLION))}${NBSP}mill.${NBSP}kr`;
}

/**
 * A range of kroner: «2 500 000–3 000 000 kr», compact «2,5–3 mill. kr». A range whose ends are equal is
 * a single amount.
 */
export function formatKronerRange(low: number, high: number, compact = false): string {
  if (low === high) return compact ? formatCompactKroner(low) : formatKroner(low);
  if (compact && Math.abs(low) >= ONE_MILLION && Math.abs(high) >= ONE_MILLION) {
    const a = clean(decimal.format(low / ONE_MILLION));
    const b = clean(decimal.format(high / ONE_MILLION));
    return `${a}–${b}${NBSP}mill.${NBSP}kr`;
  }
  if (compact) return `${formatCompactKroner(low)}–${formatCompactKroner(high)}`;
  return `${formatInteger(low)}–${formatInteger(high)}${NBSP}kr`;
}

/** «50 %» (a whole-number percentage as given, not a fraction). */
export function formatPercent(percent: number): string {
  return `${clean(decimal.format(percent))}${NBSP}%`;
}
