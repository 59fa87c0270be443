/**
 * Derived facts: every number and name the documents show that is computed rather than written in the
 * content. Pure functions of the validated project; the templates use these instead of typing numbers.
 */
import type { Amount, Project } from '../model/project.js';
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

export function deriveFacts(given: Project): Facts {
  const project = dropNulls(given);
  const budget = deriveBudget(project);
  const period = derivePeriod(project);
  const municipalities = deriveMunicipalities(project);
  const documents: Record<string, ApplicationFacts> = {};
  for (const doc of project.dokumenter) {
    const applied = (doc.søkt_beløp ?? []).map((s) => ({ year: s.år, amount: s.beløp }));
    const applicant = deriveApplicant(project, municipalities, doc);
    documents[doc.id] = {
      docId: doc.id,
      recipient: doc.mottaker
        ? (project.partnere.find((p) => p.id === doc.mottaker)?.navn ?? doc.mottaker)
        : null,
      applicant,
      signatory: deriveSignatory(project, municipalities, doc, applicant),
      applied,
      appliedTotal: sumAmounts(applied.map((a) => a.amount)),
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
