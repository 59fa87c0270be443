/**
 * Derived facts: every number and name the documents show that is computed rather than written in the
 * content. Pure functions of the validated project; the templates use these instead of typing numbers.
 */
import { UNRESOLVED, type Amount, type Project } from '../model/project.js';
import { dropNulls } from '../model/drop-nulls.js';
import type { FinancingChartData } from '../tree/types.js';
import {
  deriveApplicant,
  deriveMunicipalities,
  deriveSignatory,
  type ApplicantFacts,
  type MunicipalityFacts,
  type SignatoryFacts,
} from './applicant.js';
import { deriveBudget, type BudgetFacts } from './budget.js';
import { financingChart } from './financing-chart.js';
import { sumAmounts, type AmountSum } from './sum.js';
import { derivePeriod, deriveTimeline, type PeriodFacts, type TimelineFacts } from './timeline.js';
import { deriveUnresolved, type UnresolvedFact } from './unresolved.js';

export interface ApplicationFacts {
  docId: string;
  recipient: string | null;
  applicant: ApplicantFacts;
  signatory: SignatoryFacts;
  /** Amount applied for per year, and in total (a range stays a range). */
  applied: { year: number; amount: Amount }[];
  appliedTotal: AmountSum;
}

export interface Facts {
  budget: BudgetFacts;
  financingChart: { data: FinancingChartData; alt: string };
  period: PeriodFacts;
  timeline: TimelineFacts;
  municipalities: MunicipalityFacts;
  unresolved: UnresolvedFact[];
  /** One entry per document in dokumenter, by document id. */
  documents: Record<string, ApplicationFacts>;
}

/** A sum as one amount: a number, an estimate { fra, til }, or «ikke avklart» when any line is open. */
function asAmount(sum: AmountSum): Amount {
  if (sum.undecided > 0) return UNRESOLVED;
  return sum.low === sum.high ? sum.low : { fra: sum.low, til: sum.high };
}

/**
 * Without `søkt_beløp`, the amount applied for is the budget's financing from the recipient, per year
 * (empty when some of those lines cover the whole period: then only the total is known).
 */
function appliedFromBudget(
  project: Project,
  recipient: string | undefined,
): { year: number; amount: Amount }[] {
  const lines = project.budsjett.finansiering.filter((f) => f.kilde === recipient);
  if (!recipient || lines.some((f) => f.år === undefined)) return [];
  const years = [...new Set(lines.map((f) => f.år!))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    amount: asAmount(sumAmounts(lines.filter((f) => f.år === year).map((f) => f.beløp))),
  }));
}

export function deriveFacts(given: Project): Facts {
  const project = dropNulls(given);
  const budget = deriveBudget(project);
  const period = derivePeriod(project);
  const municipalities = deriveMunicipalities(project);
  const documents: Record<string, ApplicationFacts> = {};
  for (const doc of project.dokumenter) {
    const applied = doc.søkt_beløp
      ? doc.søkt_beløp.map((s) => ({ year: s.år, amount: s.beløp }))
      : appliedFromBudget(project, doc.mottaker);
    const applicant = deriveApplicant(project, municipalities, doc);
    documents[doc.id] = {
      docId: doc.id,
      recipient: doc.mottaker
        ? (project.partnere.find((p) => p.id === doc.mottaker)?.navn ?? doc.mottaker)
        : null,
      applicant,
      signatory: deriveSignatory(project, municipalities, doc, applicant),
      applied,
      appliedTotal:
        doc.søkt_beløp || applied.length > 0 || !doc.mottaker
          ? sumAmounts(applied.map((a) => a.amount))
          : sumAmounts(
              project.budsjett.finansiering.filter((f) => f.kilde === doc.mottaker).map((f) => f.beløp),
            ),
    };
  }
  return {
    budget,
    financingChart: financingChart(budget),
    period,
    timeline: deriveTimeline(project, period),
    municipalities,
    unresolved: deriveUnresolved(project),
    documents,
  };
}
