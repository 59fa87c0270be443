/** Budget facts: totals per year, category and source; shares; cash vs in-kind; balance. */
import type { Amount, ContributionForm, Project } from '../model/project.js';
import { percentOf } from './shares.js';
import {
  addAmount,
  addSums,
  EMPTY_SUM,
  midpoint,
  subtractSums,
  sumAmounts,
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
  /** Whole-number percentage of the financing total (shares.ts); null while any amount is not decided. */
  share: number | null;
}

/** One row of a table by year: a sum per column (year), the row's total and its share. */
export interface MatrixRow {
  label: string;
  cells: AmountSum[];
  total: AmountSum;
  /** Share of the financing total; null for costs and while any financing amount is not decided. */
  share: number | null;
}

/** The columns of the tables by year: the budget's years ascending, then «Hele perioden» if used. */
export interface YearColumn {
  year: number | null;
  label: string;
}

/** Financing by source and year, cash and in-kind apart, with totals per source, per form and per year. */
export interface FinancingMatrix {
  columns: YearColumn[];
  groups: {
    form: ContributionForm;
    label: string;
    /** One row per source of this form, in content order; descriptions of its lines joined. */
    rows: (MatrixRow & { source: string; descriptions: string[] })[];
    subtotal: MatrixRow;
  }[];
  total: MatrixRow;
}

/** Costs by category and year, with totals per category and per year. */
export interface CostMatrix {
  columns: YearColumn[];
  rows: MatrixRow[];
  total: MatrixRow;
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
    matrix: CostMatrix;
  };
  financing: {
    lines: FinancingLineFact[];
    total: AmountSum;
    byYear: YearSum[];
    bySource: SourceSum[];
    byForm: { form: ContributionForm; label: string; sum: AmountSum }[];
    /** True when every financing amount is decided, so the shares are known. */
    sharesDecided: boolean;
    matrix: FinancingMatrix;
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
  const shareOf = (sum: AmountSum): number | null =>
    sharesDecided ? percentOf(midpoint(sum), midpoint(finTotal)) : null;
  const finLines: FinancingLineFact[] = finansiering.map((f) => ({
    source: f.kilde,
    sourceName: partnerName(f.kilde),
    form: f.form,
    formLabel: FORM_LABELS[f.form],
    year: f.år ?? null,
    yearLabel: yearLabel(f.år ?? null),
    description: f.beskrivelse ?? '',
    amount: f.beløp,
    share: shareOf(addAmount(EMPTY_SUM, f.beløp)),
  }));
  const sourceGroups = [
    ...groupBy(
      finansiering,
      (f) => f.kilde,
      (f) => f.beløp,
    ),
  ];
  const bySource = sourceGroups.map(([source, sum]) => ({
    source,
    name: partnerName(source),
    sum,
    share: shareOf(sum),
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

  // Each table has a column for each year its own lines name (and «Hele perioden» for lines without).
  const columnsOf = (groups: YearSum[]): YearColumn[] =>
    groups.map((g) => ({ year: g.year, label: g.label }));
  const finColumns = columnsOf(finYears);
  const costColumns = columnsOf(costYears);
  const rowIn =
    (columns: YearColumn[]) =>
    <T extends { år?: number; beløp: Amount }>(label: string, items: readonly T[]): MatrixRow => {
      const cells = columns.map((c) =>
        sumAmounts(items.filter((t) => (t.år ?? null) === c.year).map((t) => t.beløp)),
      );
      const total = sumAmounts(items.map((t) => t.beløp));
      return { label, cells, total, share: shareOf(total) };
    };
  const row = rowIn(finColumns);
  const groups = (['kontant', 'naturalia'] as const)
    .map((form) => {
      const ofForm = finansiering.filter((f) => f.form === form);
      const sources = [...new Set(ofForm.map((f) => f.kilde))];
      return {
        form,
        label: FORM_LABELS[form],
        rows: sources.map((source) => {
          const items = ofForm.filter((f) => f.kilde === source);
          const descriptions = [...new Set(items.map((f) => f.beskrivelse ?? '').filter((d) => d !== ''))];
          return { ...row(partnerName(source), items), source, descriptions };
        }),
        subtotal: row(`Sum ${FORM_LABELS[form].toLowerCase()}`, ofForm),
      };
    })
    .filter((g) => g.rows.length > 0);
  const categories = [...new Set(kostnader.map((c) => c.kategori))];
  const costRow = (label: string, items: typeof kostnader) => ({
    ...rowIn(costColumns)(label, items),
    share: null,
  });

  return {
    years: yearKeys.filter((y): y is number => y !== null),
    costs: {
      lines: costLines,
      total: costTotal,
      byYear: costYears,
      byCategory: costsByCategory,
      matrix: {
        columns: costColumns,
        rows: categories.map((c) =>
          costRow(
            c,
            kostnader.filter((k) => k.kategori === c),
          ),
        ),
        total: costRow('Sum', kostnader),
      },
    },
    financing: {
      lines: finLines,
      total: finTotal,
      byYear: finYears,
      bySource,
      byForm,
      sharesDecided,
      matrix: { columns: finColumns, groups, total: row('Sum', finansiering) },
    },
    balance: { total, byYear: balanceByYear, balanced: exact ? total.low === 0 : null },
  };
}

/** The sum of several year groups (used for «Sum» rows). */
export function totalOf(groups: readonly { sum: AmountSum }[]): AmountSum {
  return groups.reduce<AmountSum>((s, g) => addSums(s, g.sum), EMPTY_SUM);
}
