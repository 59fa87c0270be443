/** Budget facts: totals per year, category and source; shares; cash vs in-kind; balance. */
import type { Amount, ContributionForm, Project } from '../model/project.js';
import { largestRemainderPercentages } from './shares.js';
import {
  addAmount,
  addSums,
  EMPTY_SUM,
  midpoint,
  subtractSums,
  type AmountSum,
  type Difference,
} from './sum.js';

/** A budget year; null is a line without year, which covers the whole project period. */
export interface YearSum {
  year: number | null;
  /** «2026» or «Hele perioden». */
  label: string;
  sum: AmountSum;
}

export interface CostLineFact {
  id?: string;
  category: string;
  description: string;
  year: number | null;
  yearLabel: string;
  amount: Amount;
}

export interface FinancingLineFact {
  source: string;
  sourceName: string;
  form: ContributionForm;
  /** «Kontant» or «Naturalia». */
  formLabel: string;
  year: number | null;
  yearLabel: string;
  description: string;
  amount: Amount;
  /** Whole-number percentage of the financing total; null while any amount is not decided. */
  share: number | null;
}

export interface SourceSum {
  source: string;
  name: string;
  sum: AmountSum;
  share: number | null;
}

export interface BudgetFacts {
  /** Calendar years named by any budget line, ascending. */
  years: number[];
  costs: {
    lines: CostLineFact[];
    total: AmountSum;
    byYear: YearSum[];
    byCategory: { category: string; sum: AmountSum }[];
  };
  financing: {
    lines: FinancingLineFact[];
    total: AmountSum;
    byYear: YearSum[];
    bySource: SourceSum[];
    byForm: { form: ContributionForm; label: string; sum: AmountSum }[];
    /** True when every financing amount is decided, so the shares are known. */
    sharesDecided: boolean;
  };
  balance: {
    total: Difference;
    byYear: {
      year: number | null;
      label: string;
      costs: AmountSum;
      financing: AmountSum;
      difference: Difference;
    }[];
    /** True when balanced, false when not, null while amounts are undecided or estimated. */
    balanced: boolean | null;
  };
}

export const WHOLE_PERIOD = 'Hele perioden';
export const FORM_LABELS: Record<ContributionForm, string> = { kontant: 'Kontant', naturalia: 'Naturalia' };

function yearLabel(year: number | null): string {
  return year === null ? WHOLE_PERIOD : String(year);
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K, amount: (t: T) => Amount): Map<K, AmountSum> {
  const out = new Map<K, AmountSum>();
  for (const item of items) out.set(key(item), addAmount(out.get(key(item)) ?? EMPTY_SUM, amount(item)));
  return out;
}

/** Year groups in order: the years ascending, then «Hele perioden» for lines without a year. */
function byYear<T extends { år?: number }>(items: readonly T[], amount: (t: T) => Amount): YearSum[] {
  const groups = groupBy(items, (t) => t.år ?? null, amount);
  return [...groups.entries()]
    .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
    .map(([year, sum]) => ({ year, label: yearLabel(year), sum }));
}

export function deriveBudget(project: Project): BudgetFacts {
  const { kostnader, finansiering } = project.budsjett;
  const partnerName = (id: string) => project.partnere.find((p) => p.id === id)?.navn ?? id;

  const costLines: CostLineFact[] = kostnader.map((c) => ({
    ...(c.id !== undefined ? { id: c.id } : {}),
    category: c.kategori,
    description: c.beskrivelse,
    year: c.år ?? null,
    yearLabel: yearLabel(c.år ?? null),
    amount: c.beløp,
  }));
  const costTotal = kostnader.reduce<AmountSum>((s, c) => addAmount(s, c.beløp), EMPTY_SUM);
  const costsByCategory = [
    ...groupBy(
      kostnader,
      (c) => c.kategori,
      (c) => c.beløp,
    ),
  ].map(([category, sum]) => ({
    category,
    sum,
  }));

  const finTotal = finansiering.reduce<AmountSum>((s, f) => addAmount(s, f.beløp), EMPTY_SUM);
  const sharesDecided = finTotal.undecided === 0 && finTotal.lines > 0 && midpoint(finTotal) > 0;
  const lineSums = finansiering.map((f) => addAmount(EMPTY_SUM, f.beløp));
  const lineShares = sharesDecided ? largestRemainderPercentages(lineSums.map(midpoint)) : null;
  const finLines: FinancingLineFact[] = finansiering.map((f, i) => ({
    source: f.kilde,
    sourceName: partnerName(f.kilde),
    form: f.form,
    formLabel: FORM_LABELS[f.form],
    year: f.år ?? null,
    yearLabel: yearLabel(f.år ?? null),
    description: f.beskrivelse ?? '',
    amount: f.beløp,
    share: lineShares ? lineShares[i]! : null,
  }));
  const sourceGroups = [
    ...groupBy(
      finansiering,
      (f) => f.kilde,
      (f) => f.beløp,
    ),
  ];
  const sourceShares = sharesDecided
    ? largestRemainderPercentages(sourceGroups.map(([, s]) => midpoint(s)))
    : null;
  const bySource = sourceGroups.map(([source, sum], i) => ({
    source,
    name: partnerName(source),
    sum,
    share: sourceShares ? sourceShares[i]! : null,
  }));
  const forms = groupBy(
    finansiering,
    (f) => f.form,
    (f) => f.beløp,
  );
  const byForm = (['kontant', 'naturalia'] as const).map((form) => ({
    form,
    label: FORM_LABELS[form],
    sum: forms.get(form) ?? EMPTY_SUM,
  }));

  const costYears = byYear(kostnader, (c) => c.beløp);
  const finYears = byYear(finansiering, (f) => f.beløp);
  const yearKeys = [...new Set([...costYears, ...finYears].map((y) => y.year))].sort(
    (a, b) => (a ?? Infinity) - (b ?? Infinity),
  );
  const balanceByYear = yearKeys.map((year) => {
    const costs = costYears.find((y) => y.year === year)?.sum ?? EMPTY_SUM;
    const financing = finYears.find((y) => y.year === year)?.sum ?? EMPTY_SUM;
    return { year, label: yearLabel(year), costs, financing, difference: subtractSums(financing, costs) };
  });
  const total = subtractSums(finTotal, costTotal);
  const exact = !total.undecided && costTotal.low === costTotal.high && finTotal.low === finTotal.high;

  return {
    years: yearKeys.filter((y): y is number => y !== null),
    costs: { lines: costLines, total: costTotal, byYear: costYears, byCategory: costsByCategory },
    financing: { lines: finLines, total: finTotal, byYear: finYears, bySource, byForm, sharesDecided },
    balance: { total, byYear: balanceByYear, balanced: exact ? total.low === 0 : null },
  };
}

/** The sum of several year groups (used for «Sum» rows). */
export function totalOf(groups: readonly { sum: AmountSum }[]): AmountSum {
  return groups.reduce<AmountSum>((s, g) => addSums(s, g.sum), EMPTY_SUM);
}
