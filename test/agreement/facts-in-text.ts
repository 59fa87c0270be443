/**
 * The figures of a project's facts as the documents print them, and a search for them in extracted
 * text. Texts are compared squashed (letters and digits only), because line breaks, no-break spaces and
 * table cells come out differently from PDF, DOCX and the portal export.
 */
import type { Facts } from '../../src/facts/derive.js';
import { sumStatus, type AmountSum } from '../../src/facts/sum.js';
import { formatKronerRange, formatPercent } from '../../src/format/number.js';
import { squash } from '../e2e/read-outputs.js';

/** A fact: pieces that must appear in this order, close together (a table row, a list line). */
export interface FactPieces {
  what: string;
  pieces: string[];
}

function kr(s: AmountSum): string | null {
  const st = sumStatus(s);
  return st === 'exact' || st === 'range' ? formatKronerRange(s.low, s.high) : null;
}

/** The budget's figures: each financing row with its sum and share, each cost category with its sum. */
export function budgetFacts(facts: Facts): FactPieces[] {
  const out: FactPieces[] = [];
  for (const g of facts.budget.financing.matrix.groups)
    for (const r of g.rows) {
      const amount = kr(r.total);
      const pieces = [
        r.label,
        ...(amount ? [amount] : []),
        ...(r.share !== null ? [formatPercent(r.share)] : []),
      ];
      out.push({ what: `financing ${g.form} ${r.label}`, pieces });
    }
  for (const r of facts.budget.costs.matrix.rows) {
    const amount = kr(r.total);
    out.push({ what: `cost ${r.label}`, pieces: [r.label, ...(amount ? [amount] : [])] });
  }
  const total = kr(facts.budget.financing.total);
  if (total) out.push({ what: 'financing total', pieces: ['Sum', total] });
  return out;
}

/** The amount applied for in total and per year, in one application. */
export function appliedFacts(facts: Facts, docId: string): FactPieces[] {
  const app = facts.documents[docId]!;
  const out: FactPieces[] = [];
  const total = kr(app.appliedTotal);
  if (total) out.push({ what: 'applied total', pieces: [total] });
  if (app.recipient) out.push({ what: 'recipient', pieces: [app.recipient] });
  for (const a of app.applied) {
    const amount = kr({ ...app.appliedTotal, ...amountSum(a.amount) });
    if (amount) out.push({ what: `applied ${a.year}`, pieces: [String(a.year), amount] });
  }
  return out;
}

function amountSum(a: unknown): AmountSum {
  if (typeof a === 'number') return { low: a, high: a, undecided: 0, lines: 1 };
  if (a && typeof a === 'object' && 'fra' in a && 'til' in a)
    return { low: a.fra as number, high: a.til as number, undecided: 0, lines: 1 };
  return { low: 0, high: 0, undecided: 1, lines: 1 };
}

/** Every timeline step's date and title, and the project period. */
export function dateFacts(facts: Facts): FactPieces[] {
  return facts.timeline.steps.map((s) => ({ what: `step ${s.id}`, pieces: [s.dateText, s.title] }));
}

/** True when the pieces appear in order in the text, each within `window` characters of the one before. */
export function findsInOrder(text: string, pieces: string[], window = 400): boolean {
  const hay = squash(text);
  const [first, ...rest] = pieces.map(squash);
  if (first === undefined) return true;
  for (let at = hay.indexOf(first); at >= 0; at = hay.indexOf(first, at + 1)) {
    let pos = at + first.length;
    let ok = true;
    for (const p of rest) {
      const next = hay.indexOf(p, pos);
      if (next < 0 || next - pos > window) {
        ok = false;
        break;
      }
      pos = next + p.length;
    }
    if (ok) return true;
  }
  return false;
}
