/**
 * Dates of varying precision, as the secretariat writes them in the content:
 *
 *   2025-10-10             a day
 *   2025-12                a month
 *   2026                   a year
 *   2026-T1                a tertial (T1 = januar–april, T2 = mai–august, T3 = september–desember)
 *   2026-vår               a season (vår = mars–mai, sommer = juni–august, høst = september–november,
 *                          vinter = januar–februar of that year)
 *   2025-10/2025-12        a range between two of the above (ISO 8601 interval notation)
 *   2025-12 eller 2026-01  one of several alternatives (not decided which)
 *   ikke avklart           not known yet
 *
 * parseDate never throws: it returns null for text it does not understand, so validation can report it.
 */

export type Season = 'vår' | 'sommer' | 'høst' | 'vinter';

export type SimpleDate =
  | { kind: 'day'; year: number; month: number; day: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'year'; year: number }
  | { kind: 'tertial'; year: number; tertial: 1 | 2 | 3 }
  | { kind: 'season'; year: number; season: Season };

export type FuzzyDate =
  | SimpleDate
  | { kind: 'range'; from: SimpleDate; to: SimpleDate }
  | { kind: 'alternatives'; options: (SimpleDate | { kind: 'range'; from: SimpleDate; to: SimpleDate })[] }
  | { kind: 'unresolved' };

/** First and last calendar day covered by a date, as ISO strings (YYYY-MM-DD). */
export interface DateBounds {
  start: string;
  end: string;
}

const SEASON_MONTHS: Record<Season, [number, number]> = {
  vår: [3, 5],
  sommer: [6, 8],
  høst: [9, 11],
  vinter: [1, 2],
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseSimple(text: string): SimpleDate | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { kind: 'day', year, month, day };
  }
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return null;
    return { kind: 'month', year, month };
  }
  m = /^(\d{4})$/.exec(t);
  if (m) return { kind: 'year', year: Number(m[1]) };
  m = /^(\d{4})-T([123])$/i.exec(t);
  if (m) return { kind: 'tertial', year: Number(m[1]), tertial: Number(m[2]) as 1 | 2 | 3 };
  m = /^(\d{4})-(vår|sommer|høst|vinter)$/i.exec(t);
  if (m) return { kind: 'season', year: Number(m[1]), season: m[2]!.toLowerCase() as Season };
  return null;
}

function parseRangeOrSimple(
  text: string,
): SimpleDate | { kind: 'range'; from: SimpleDate; to: SimpleDate } | null {
  const parts = text.split('/');
  if (parts.length === 1) return parseSimple(text);
  if (parts.length !== 2) return null;
  const from = parseSimple(parts[0]!);
  const to = parseSimple(parts[1]!);
  if (!from || !to) return null;
  if (simpleBounds(from).start > simpleBounds(to).end) return null;
  return { kind: 'range', from, to };
}

/** Parses a date as written in the content; null if the text is not one of the forms above. */
export function parseDate(text: string | number): FuzzyDate | null {
  const t = String(text).trim();
  if (t.toLowerCase() === 'ikke avklart') return { kind: 'unresolved' };
  const alternatives = t.split(/\s+eller\s+/i);
  if (alternatives.length > 1) {
    const options = alternatives.map(parseRangeOrSimple);
    if (options.some((o) => o === null)) return null;
    return { kind: 'alternatives', options: options as NonNullable<(typeof options)[number]>[] };
  }
  return parseRangeOrSimple(t);
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function simpleBounds(d: SimpleDate): DateBounds {
  switch (d.kind) {
    case 'day':
      return { start: iso(d.year, d.month, d.day), end: iso(d.year, d.month, d.day) };
    case 'month':
      return { start: iso(d.year, d.month, 1), end: iso(d.year, d.month, daysInMonth(d.year, d.month)) };
    case 'year':
      return { start: iso(d.year, 1, 1), end: iso(d.year, 12, 31) };
    case 'tertial': {
      const first = (d.tertial - 1) * 4 + 1;
      const last = first + 3;
      return { start: iso(d.year, first, 1), end: iso(d.year, last, daysInMonth(d.year, last)) };
    }
    case 'season': {
      const [first, last] = SEASON_MONTHS[d.season];
      return { start: iso(d.year, first, 1), end: iso(d.year, last, daysInMonth(d.year, last)) };
    }
  }
}

/** The calendar days a date covers; null for an unresolved date. Alternatives cover all options. */
export function dateBounds(d: FuzzyDate): DateBounds | null {
  switch (d.kind) {
    case 'unresolved':
      return null;
    case 'range':
      return { start: simpleBounds(d.from).start, end: simpleBounds(d.to).end };
    case 'alternatives': {
      const all = d.options.map((o) => dateBounds(o)!);
      return {
        start: all.map((b) => b.start).sort()[0]!,
        end: all
          .map((b) => b.end)
          .sort()
          .at(-1)!,
      };
    }
    default:
      return simpleBounds(d);
  }
}

/** Adds whole years to a simple date (used for a project period given as start + duration). */
export function addYears(d: SimpleDate, years: number): SimpleDate {
  if (d.kind === 'day') {
    const day = Math.min(d.day, daysInMonth(d.year + years, d.month));
    return { ...d, year: d.year + years, day };
  }
  return { ...d, year: d.year + years };
}
