/**
 * Sums of amounts that may be exact, estimated as a low–high range, or not decided. A sum stays a range
 * when any of its lines is a range, and it remembers how many lines were not decided.
 */
import type { Amount } from '../model/project.js';
import { isUnresolvedValue } from '../format/unresolved.js';

export interface AmountSum {
  low: number;
  high: number;
  /** Lines whose amount is «ikke avklart» (not included in low/high). */
  undecided: number;
  /** All lines counted, decided or not. */
  lines: number;
}

/** How a sum reads: every line exact, some ranges, some lines undecided, all undecided, or nothing. */
export type SumStatus = 'exact' | 'range' | 'partial' | 'undecided' | 'empty';

export const EMPTY_SUM: AmountSum = { low: 0, high: 0, undecided: 0, lines: 0 };

export function amountBounds(amount: Amount): { low: number; high: number } | null {
  if (typeof amount === 'number') return { low: amount, high: amount };
  if (typeof amount === 'string' || isUnresolvedValue(amount)) return null;
  return { low: amount.fra, high: amount.til };
}

export function addAmount(sum: AmountSum, amount: Amount): AmountSum {
  const b = amountBounds(amount);
  if (!b) return { ...sum, undecided: sum.undecided + 1, lines: sum.lines + 1 };
  return { low: sum.low + b.low, high: sum.high + b.high, undecided: sum.undecided, lines: sum.lines + 1 };
}

export function sumAmounts(amounts: readonly Amount[]): AmountSum {
  return amounts.reduce<AmountSum>(addAmount, EMPTY_SUM);
}

export function addSums(a: AmountSum, b: AmountSum): AmountSum {
  return {
    low: a.low + b.low,
    high: a.high + b.high,
    undecided: a.undecided + b.undecided,
    lines: a.lines + b.lines,
  };
}

export function sumStatus(s: AmountSum): SumStatus {
  if (s.lines === 0) return 'empty';
  if (s.undecided === s.lines) return 'undecided';
  if (s.undecided > 0) return 'partial';
  return s.low === s.high ? 'exact' : 'range';
}

/** The middle of a sum's range, used where one number is needed (shares of an estimate). */
export function midpoint(s: AmountSum): number {
  return (s.low + s.high) / 2;
}

/** a − b by interval arithmetic: the difference is undecided when either side has undecided lines. */
export interface Difference {
  low: number;
  high: number;
  undecided: boolean;
}

export function subtractSums(a: AmountSum, b: AmountSum): Difference {
  return { low: a.low - b.high, high: a.high - b.low, undecided: a.undecided > 0 || b.undecided > 0 };
}
