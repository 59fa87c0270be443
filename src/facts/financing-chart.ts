/**
 * Data and text alternative of the financing chart, from the budget facts. While the split between the
 * sources is not decided, each bar still shows what is known: the financing must equal the costs, so a
 * bar's total comes from the cost plan of the same year (or of the whole period).
 */
import type { FinancingBarData, FinancingChartData, FinancingSegment } from '../tree/types.js';
import type { BudgetFacts, FinancingLineFact } from './budget.js';
import { amountBounds, type AmountSum } from './sum.js';
import { financingLegendText } from '../charts/financing-text.js';
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

/** A cost sum whose every line is decided, as a low–high total; null otherwise. */
function knownTotal(sum: AmountSum): { low: number; high: number } | null {
  if (sum.lines === 0 || sum.undecided > 0) return null;
  return { low: sum.low, high: sum.high };
}

function byYearOrder(a: number | null, b: number | null): number {
  return (a ?? Infinity) - (b ?? Infinity);
}

/**
 * One bar per financing year while the split is decided (the segments give the totals). While it is not,
 * one bar per year of the costs or the financing, each with the cost total of that year when it is known.
 */
function financingBars(budget: BudgetFacts): FinancingBarData[] {
  const lines = budget.financing.lines;
  const segmentsOf = (year: number | null) => lines.filter((l) => l.year === year).map(segment);
  if (budget.financing.sharesDecided) {
    const years = [...new Set(lines.map((l) => l.year))].sort(byYearOrder);
    return years.map((year) => ({
      label: lines.find((l) => l.year === year)!.yearLabel,
      segments: segmentsOf(year),
    }));
  }
  return budget.balance.byYear.map((y) => {
    const total = knownTotal(y.costs);
    return { label: y.label, segments: segmentsOf(y.year), ...(total ? { total } : {}) };
  });
}

const compact = (t: { low: number; high: number }) => formatKronerRange(t.low, t.high, true);

/** «2,5–3 mill. kr per år i 2026, 2027 og 2028, til sammen 7,5–9 mill. kr» and what is not known. */
function totalsText(bars: FinancingBarData[]): string {
  const known = bars.filter((b) => b.total);
  if (known.length === 0) return '';
  const totals = known.map((b) => b.total!);
  const same = totals.every((t) => t.low === totals[0]!.low && t.high === totals[0]!.high);
  const labels = known.map((b) => b.label);
  let text =
    same && known.length > 1
      ? `${compact(totals[0]!)} per år i ${formatList(labels)}`
      : formatList(known.map((b) => `${b.label}: ${compact(b.total!)}`));
  if (known.length > 1) {
    const sum = totals.reduce((a, t) => ({ low: a.low + t.low, high: a.high + t.high }), { low: 0, high: 0 });
    text += `, til sammen ${compact(sum)}`;
  }
  const unknown = bars.filter((b) => !b.total).map((b) => b.label.toLowerCase());
  if (unknown.length > 0) {
    const amount = unknown.length === 1 ? 'et beløp' : 'beløp';
    text += `; i tillegg kommer ${amount} for ${formatList(unknown)} som ikke er avklart`;
  }
  return ` Finansieringen skal dekke kostnadene: ${text}.`;
}

export function financingChart(budget: BudgetFacts): { data: FinancingChartData; alt: string } {
  const decided = budget.financing.sharesDecided;
  const bars = financingBars(budget);
  const data: FinancingChartData = { kind: 'financing', bars, unresolved: !decided };
  // The alt text lists the rows of the financing table (source within cash and in-kind), with the same
  // amounts and shares, so a reader hears the figures the table shows; then the legend as drawn.
  const groups = budget.financing.matrix.groups;
  const count = new Set(groups.flatMap((g) => g.rows.map((r) => r.source))).size;
  const parts = groups.map((g) => {
    const rows = g.rows.map((r) =>
      r.share === null
        ? r.label
        : `${r.label} ${formatKronerRange(r.total.low, r.total.high, true)} (${formatPercent(r.share)})`,
    );
    return `${g.label.toLowerCase()}: ${formatList(rows)}`;
  });
  const alt =
    `Finansieringsplan med ${count} ${count === 1 ? 'kilde' : 'kilder'}; ${parts.join('; ')}` +
    (decided
      ? `. ${financingLegendText(data)}`.trimEnd()
      : `; fordelingen mellom kildene er ikke avklart.${totalsText(bars)}`);
  return { data, alt };
}
