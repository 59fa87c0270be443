/**
 * Dates at the precision they were written in the content (see model/dates.ts):
 * «10. oktober 2025», «desember 2025», «oktober–desember 2025», «1. tertial 2026», «våren 2026»,
 * «desember 2025 / januar 2026». Spaces inside a date are no-break spaces where a break would read badly
 * («10. oktober», «1. tertial»).
 */
import { parseDate, type FuzzyDate, type SimpleDate, type Season } from '../model/dates.js';
import { UNRESOLVED_TEXT } from './unresolved.js';

export const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

const NBSP = '\u00a0';
const SEASONS: Record<Season, string> = {
  vår: 'våren',
  sommer: 'sommeren',
  høst: 'høsten',
  vinter: 'vinteren',
};

type Range = { kind: 'range'; from: SimpleDate; to: SimpleDate };

function month(m: number): string {
  return MONTHS[m - 1]!;
}

/** A simple date without its year: «10. oktober», «desember», «1. tertial», «våren»; '' for a year. */
function withoutYear(d: SimpleDate): string {
  switch (d.kind) {
    case 'day':
      return `${d.day}.${NBSP}${month(d.month)}`;
    case 'month':
      return month(d.month);
    case 'year':
      return '';
    case 'tertial':
      return `${d.tertial}.${NBSP}tertial`;
    case 'season':
      return SEASONS[d.season];
  }
}

function formatSimple(d: SimpleDate): string {
  const head = withoutYear(d);
  return head ? `${head} ${d.year}` : String(d.year);
}

function formatRange(r: Range): string {
  const { from, to } = r;
  if (from.kind === to.kind && from.year === to.year) {
    switch (from.kind) {
      case 'day':
        if (to.kind === 'day' && from.month === to.month) return `${from.day}.–${formatSimple(to)}`;
        return `${withoutYear(from)} – ${formatSimple(to)}`;
      case 'month':
        return `${withoutYear(from)}–${formatSimple(to)}`;
      case 'tertial':
        return `${from.tertial}.–${formatSimple(to)}`;
      case 'season':
        return `${withoutYear(from)} – ${formatSimple(to)}`;
      case 'year':
        return String(from.year);
    }
  }
  if (from.kind === 'year' && to.kind === 'year') return `${from.year}–${to.year}`;
  if (from.kind === 'month' && to.kind === 'month') return `${formatSimple(from)}–${formatSimple(to)}`;
  return `${formatSimple(from)} – ${formatSimple(to)}`;
}

/** Formats a parsed date; an unresolved date reads «Ikke avklart». */
export function formatFuzzyDate(d: FuzzyDate): string {
  switch (d.kind) {
    case 'unresolved':
      return UNRESOLVED_TEXT;
    case 'range':
      return formatRange(d);
    case 'alternatives':
      return d.options.map((o) => (o.kind === 'range' ? formatRange(o) : formatSimple(o))).join(' / ');
    default:
      return formatSimple(d);
  }
}

/** Formats a date as written in the content; text that is not a date is returned unchanged. */
export function formatDate(text: string | number): string {
  const d = parseDate(text);
  return d ? formatFuzzyDate(d) : String(text);
}

/** «16. september 2025» from an ISO day (YYYY-MM-DD). */
export function formatIsoDay(iso: string): string {
  return formatDate(iso);
}

/** «juni 2025» from an ISO day: the month of a day, as chart spans are described. */
export function formatMonthOf(iso: string): string {
  return `${month(Number(iso.slice(5, 7)))} ${iso.slice(0, 4)}`;
}
