/** Sample charts for the chart tests: the Felles Ansvar timeline and financing in three states. */
import type { Chart, FinancingChartData, TimelineChartData, TimelineRow } from '../../src/tree/types.js';

function row(
  label: string,
  start: string,
  end: string,
  shape: TimelineRow['shape'],
  tentative = false,
): TimelineRow {
  return { label, start, end, shape, tentative, dateText: `${start}–${end}` };
}

export const timelineData: TimelineChartData = {
  kind: 'timeline',
  start: '2025-06-26',
  end: '2029-04-30',
  rows: [
    row('Saken presentert for AU', '2025-06-26', '2025-06-26', 'point'),
    row('AU behandler saken (AU-sak 58/25)', '2025-09-25', '2025-09-25', 'point'),
    row('Polarsirkelrådet fatter prinsippvedtak', '2025-10-10', '2025-10-10', 'point'),
    row(
      'Utarbeidelse av prosjektbeskrivelse og søknader (Polarsirkelrådet og politiet)',
      '2025-10-01',
      '2025-12-31',
      'range',
    ),
    row('Søknadsfrist Nordland fylkeskommune', '2025-12-01', '2026-01-31', 'point', true),
    row('Søknadsfrist Statsforvalteren', '2025-12-01', '2026-01-31', 'point', true),
    row(
      'Kommunestyrebehandling (endelig vedtak om deltakelse og finansiering)',
      '2026-01-01',
      '2026-03-31',
      'range',
    ),
    row('Oppstart av Felles Ansvar i Polarsirkelregionen', '2026-03-01', '2026-05-31', 'point'),
    row('Prosjektperiode (tre år)', '2026-01-01', '2029-04-30', 'range', true),
  ],
};

/** A short timeline (month axis). */
export const shortTimelineData: TimelineChartData = {
  kind: 'timeline',
  start: '2025-06-01',
  end: '2026-03-31',
  rows: timelineData.rows.slice(0, 7),
};

export const financingData: FinancingChartData = {
  kind: 'financing',
  unresolved: false,
  bars: ['2026', '2027', '2028'].map((label, i) => ({
    label,
    segments: [
      { source: 'Nordland fylkeskommune', form: 'kontant' as const, amount: 1_500_000 - i * 250_000 },
      { source: 'Statsforvalteren', form: 'kontant' as const, amount: 750_000 },
      { source: 'Politiet', form: 'naturalia' as const, amount: 400_000 },
      {
        source: 'Kommunene',
        form: 'naturalia' as const,
        // As the facts stage writes an estimate: the midpoint as amount, plus the range.
        amount: 275_000,
        range: { low: 200_000, high: 350_000 },
      },
    ],
  })),
};

/** The real sample: sources known, amounts not decided; costs 2,5–3 mill. kr per year. */
export const unresolvedFinancingData: FinancingChartData = {
  kind: 'financing',
  unresolved: true,
  bars: ['2026', '2027', '2028'].map((label) => ({
    label,
    total: { low: 2_500_000, high: 3_000_000 },
    segments: [
      { source: 'Nordland fylkeskommune', form: 'kontant' as const, amount: null },
      { source: 'Statsforvalteren', form: 'kontant' as const, amount: null },
      { source: 'Politiet', form: 'naturalia' as const, amount: null },
      { source: 'Kommunene', form: 'naturalia' as const, amount: null },
    ],
  })),
};

/**
 * As the facts stage builds the sample: the yearly cost totals known, the split not decided, and a bar
 * «Hele perioden» for the whole-period cost (premises, in kind) whose amount is not decided either.
 */
export const sampleFinancingData: FinancingChartData = {
  kind: 'financing',
  unresolved: true,
  bars: [
    ...['2026', '2027', '2028'].map((label) => ({
      label,
      total: { low: 2_500_000, high: 3_000_000 },
      segments: [],
    })),
    { label: 'Hele perioden', segments: unresolvedFinancingData.bars[0]!.segments },
  ],
};

/** Nothing known at all: one bar for the whole period. */
export const unknownFinancingData: FinancingChartData = {
  kind: 'financing',
  unresolved: true,
  bars: [
    {
      label: 'Hele perioden',
      segments: unresolvedFinancingData.bars[0]!.segments,
    },
  ],
};

export function chartOf(data: TimelineChartData | FinancingChartData, title = 'Diagram'): Chart {
  return {
    type: 'chart',
    chart: data.kind,
    title,
    alt: `${title} (testdiagram)`,
    data,
    source: { line: 1 },
  };
}
