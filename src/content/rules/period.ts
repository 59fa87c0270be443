import { addYears, dateBounds, parseDate, type DateBounds, type FuzzyDate, type SimpleDate } from '../../model/dates.js';
import type { ProjectPeriod } from '../../model/project.js';
import { MONTHS } from '../../format/date.js';

/** Last simple date of a fuzzy date (the end of a range, the latest alternative). */
function lastSimple(d: FuzzyDate): SimpleDate | null {
  switch (d.kind) {
    case 'unresolved':
    case 'alternatives':
      return null;
    case 'range':
      return d.to;
    default:
      return d;
  }
}

/**
 * The calendar days of the project period, or null when its start is not decided.
 *
 * With `slutt` the period runs to the end of that date. With `varighet_år` (N) it runs to the end of the
 * same day, month, tertial or season N years after the start (2026-T1 + 3 years → to 30 April 2029, since a
 * start «sometime in 1. tertial» can end that late); a start given as a year (2026) + N covers N whole
 * years (to 31 December 2028). Without either, the period has no end.
 */
export function periodBounds(period: ProjectPeriod): { start: string; end?: string } | null {
  const start = parseDate(period.start);
  if (!start) return null;
  const b = dateBounds(start);
  if (!b) return null;
  if (period.slutt !== undefined) {
    const end = parseDate(period.slutt);
    const eb = end ? dateBounds(end) : null;
    if (!eb) return { start: b.start };
    return eb.end < b.start ? null : { start: b.start, end: eb.end }; // reversed: date/order reports it
  }
  if (period.varighet_år !== undefined) {
    const last = lastSimple(start);
    if (!last) return { start: b.start };
    if (last.kind === 'year') return { start: b.start, end: `${last.year + period.varighet_år - 1}-12-31` };
    return { start: b.start, end: dateBounds(addYears(last, period.varighet_år))!.end };
  }
  return { start: b.start };
}

/** Bounds of a date written in the content; null when unresolved or not a date. */
export function boundsOf(text: string | undefined): DateBounds | null {
  if (text === undefined) return null;
  const d = parseDate(text);
  return d ? dateBounds(d) : null;
}

/** True when the calendar year overlaps the period. */
export function yearInPeriod(year: number, period: { start: string; end?: string }): boolean {
  return `${year}-12-31` >= period.start && (period.end === undefined || `${year}-01-01` <= period.end);
}

/** «1. januar 2026» for an ISO date (plain spaces: for messages, not typesetting). */
export function norwegianDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}
