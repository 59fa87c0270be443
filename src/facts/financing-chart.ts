/** Data and text alternative of the financing chart, from the budget facts. */
import type { FinancingChartData, FinancingSegment } from '../tree/types.js';
import type { BudgetFacts, FinancingLineFact } from './budget.js';
import { amountBounds } from './sum.js';
import { formatList } from '../format/list.js';
import { formatKronerRange, formatPercent } from '../format/number.js';

function segment(line: FinancingLineFact): FinancingSegment {
  const b = amountBounds(line.amount);
  if (!b) return { source: line.sourceName, form: line.form, amount: null };
  if (b.low === b.high) return { source: line.sourceName, form: line.form, amount: b.low };
  return {
    source: line.sourceName,
    form: line.form,
    amount: (b.low + b.high) / 2,
    range: { low: b.low, high: b.high },
  };
}

export function financingChart(budget: BudgetFacts): { data: FinancingChartData; alt: string } {
  const lines = budget.financing.lines;
  const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  const bars = years.map((year) => ({
    label: lines.find((l) => l.year === year)!.yearLabel,
    segments: lines.filter((l) => l.year === year).map(segment),
  }));
  const data: FinancingChartData = { kind: 'financing', bars, unresolved: !budget.financing.sharesDecided };
  const sources = budget.financing.bySource;
  const parts = sources.map((s) =>
    s.share === null
      ? s.name
      : `${s.name} ${formatKronerRange(s.sum.low, s.sum.high, true)} (${formatPercent(s.share)})`,
  );
  const alt =
    `Finansieringsplan med ${sources.length} ${sources.length === 1 ? 'kilde' : 'kilder'}: ${formatList(parts)}` +
    (budget.financing.sharesDecided ? '.' : '; fordelingen mellom kildene er ikke avklart.');
  return { data, alt };
}
