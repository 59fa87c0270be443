/** The project period and the timeline: chart data with real dates and a Norwegian text alternative. */
import { addYears, dateBounds, parseDate, type FuzzyDate } from '../model/dates.js';
import type { Project, StepType, TimelineStep } from '../model/project.js';
import type { TimelineChartData, TimelineRow } from '../tree/types.js';
import { formatDate, formatFuzzyDate, formatMonthOf } from '../format/date.js';
import { formatList } from '../format/list.js';
import { sharedRowsText } from '../charts/timeline-rows.js';

export interface PeriodFacts {
  /** Start as written in the content, e.g. 2026-T1. */
  start: string;
  /** End as written, or derived from start + varighet_år; null when unknown. */
  end: string | null;
  /** «1. tertial 2026 – 1. tertial 2029». */
  text: string;
  startText: string;
  endText: string | null;
  /** ISO days the period covers. */
  startIso: string | null;
  endIso: string | null;
  years: number | null;
  /** Not decided yet (avklart: false). */
  tentative: boolean;
  note: string | null;
}

export interface StepFact {
  id: string;
  title: string;
  type: StepType;
  date: string;
  dateText: string;
  tentative: boolean;
  description: string | null;
}

export interface TimelineFacts {
  steps: StepFact[];
  chart: TimelineChartData;
  /** Text alternative of the chart. */
  alt: string;
  /** First and last day the timeline shows, e.g. «juni 2025» and «april 2029». */
  spanText: { from: string; to: string };
}

function simpleText(d: FuzzyDate): string | null {
  if (d.kind === 'day')
    return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  if (d.kind === 'month') return `${d.year}-${String(d.month).padStart(2, '0')}`;
  if (d.kind === 'year') return String(d.year);
  if (d.kind === 'tertial') return `${d.year}-T${d.tertial}`;
  if (d.kind === 'season') return `${d.year}-${d.season}`;
  return null;
}

export function derivePeriod(project: Project): PeriodFacts {
  const p = project.prosjektperiode;
  const start = parseDate(p.start);
  let end: string | null = p.slutt ?? null;
  if (
    !end &&
    start &&
    p.varighet_år &&
    start.kind !== 'range' &&
    start.kind !== 'alternatives' &&
    start.kind !== 'unresolved'
  )
    end = simpleText(addYears(start, p.varighet_år));
  const startB = start ? dateBounds(start) : null;
  const endParsed = end ? parseDate(end) : null;
  const endB = endParsed ? dateBounds(endParsed) : null;
  const startText = formatDate(p.start);
  const endText = end ? formatDate(end) : null;
  return {
    start: p.start,
    end,
    text: end ? formatDate(`${p.start}/${end}`) : `fra ${startText}`,
    startText,
    endText,
    startIso: startB?.start ?? null,
    endIso: endB?.end ?? null,
    years: p.varighet_år ?? null,
    // A start or end with alternatives is open even without «avklart: false».
    tentative:
      p.avklart === false ||
      start?.kind === 'alternatives' ||
      (p.slutt !== undefined && parseDate(p.slutt)?.kind === 'alternatives'),
    note: p.merknad ?? null,
  };
}

function stepFact(s: TimelineStep): StepFact {
  const parsed = parseDate(s.dato);
  return {
    id: s.id,
    title: s.tittel,
    type: s.type,
    date: s.dato,
    dateText: parsed ? formatFuzzyDate(parsed) : s.dato,
    tentative: s.avklart === false || parsed?.kind === 'unresolved' || parsed?.kind === 'alternatives',
    description: s.beskrivelse ?? null,
  };
}

const NOUN: Partial<Record<StepType, [string, string]>> = {
  frist: ['søknadsfristen', 'søknadsfristene'],
  fase: ['prosjektperioden', 'prosjektperiodene'],
};

function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}
function monthEnd(iso: string): string {
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  return `${iso.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** «søknadsfristene og prosjektperioden er ikke avklart» from the tentative steps. */
function tentativeText(steps: StepFact[]): string | null {
  const tentative = steps.filter((s) => s.tentative);
  if (tentative.length === 0) return null;
  const groups = new Map<string, StepFact[]>();
  for (const s of tentative) {
    const key = NOUN[s.type] ? s.type : s.id;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const names = [...groups.values()].map((g) => {
    const noun = NOUN[g[0]!.type];
    return noun ? noun[g.length > 1 ? 1 : 0] : g[0]!.title;
  });
  return `${formatList(names)} er ikke avklart`;
}

export function deriveTimeline(project: Project, period: PeriodFacts): TimelineFacts {
  const steps = project.tidsplan.map(stepFact);
  const rows: TimelineRow[] = [];
  for (const [i, s] of steps.entries()) {
    const parsed = parseDate(project.tidsplan[i]!.dato);
    const b = parsed ? dateBounds(parsed) : null;
    if (!b) continue;
    rows.push({
      label: s.title,
      start: b.start,
      end: b.end,
      shape: parsed!.kind === 'day' ? 'point' : 'range',
      tentative: s.tentative,
      dateText: s.dateText,
    });
  }
  const starts = rows.map((r) => r.start).concat(period.startIso ?? []);
  const ends = rows.map((r) => r.end).concat(period.endIso ?? []);
  const start = monthStart(starts.sort()[0] ?? '2000-01-01');
  const end = monthEnd(ends.sort().at(-1) ?? start);
  const spanText = { from: formatMonthOf(start), to: formatMonthOf(end) };
  const open = tentativeText(steps);
  const chart: TimelineChartData = { kind: 'timeline', start, end, rows };
  const shared = sharedRowsText(chart);
  const alt =
    `Tidslinje fra ${spanText.from} til ${spanText.to} med ${steps.length} steg` +
    (open ? `; ${open}.` : '.') +
    (shared ? ` ${shared}` : '');
  return { steps, chart, alt, spanText };
}
