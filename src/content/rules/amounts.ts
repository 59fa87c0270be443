import type { Amount } from '../../model/project.js';

/** A sum of amounts as a low–high interval of whole kroner. */
export interface Interval {
  lo: number;
  hi: number;
}

/** An exact amount is the interval [n, n]; a range is [fra, til]; «ikke avklart» has none (null). */
export function interval(a: Amount | undefined): Interval | null {
  if (a === undefined || typeof a === 'string') return null;
  if (typeof a === 'number') return { lo: a, hi: a };
  return { lo: a.fra, hi: a.til };
}

/** Sum of amounts, and how many of them are not decided. */
export function sum(amounts: (Amount | undefined)[]): { total: Interval; unresolved: number } {
  const total = { lo: 0, hi: 0 };
  let unresolved = 0;
  for (const a of amounts) {
    const i = interval(a);
    if (!i) unresolved++;
    else {
      total.lo += i.lo;
      total.hi += i.hi;
    }
  }
  return { total, unresolved };
}
