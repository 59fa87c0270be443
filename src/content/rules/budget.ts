import type { RuleContext } from './context.js';
import { field } from './context.js';
import { sum } from './amounts.js';
import { kroner, kronerRange } from '../messages.js';
import { periodBounds, yearInPeriod } from './period.js';

/**
 * budget/period: cost and financing lines (and applied amounts) name only years of the project period.
 *
 * budget/balance — the exact rule:
 * - Every amount is an interval: a number n is [n, n], a range { fra, til } is [fra, til].
 * - The sums of costs and of financing are intervals too (low ends added, high ends added).
 * - Costs and financing balance when both ends are equal: [lo_k, hi_k] = [lo_f, hi_f]. So a cost of
 *   2,5–3 mill. balances a financing of 1–1,2 mill. + 1,5–1,8 mill., but not a financing of 3 mill.
 * - The total is always checked. Each year is checked as well when every cost and financing line names
 *   its year (lines without «år» belong to the whole period and can only enter the total).
 * - If any amount in a sum is «ikke avklart», that balance cannot be checked: one warning says so
 *   (an error under --final), and no year is checked.
 */
export function checkBudget(ctx: RuleContext): void {
  const { budsjett, prosjektperiode, dokumenter } = ctx.project;
  const period = periodBounds(prosjektperiode);
  if (period) {
    const outside = (path: (string | number)[], year: number) =>
      ctx.report(
        'error',
        'budget/period',
        path,
        `${field(path)} er ${year}, som er utenfor prosjektperioden (${period.start.slice(0, 4)}–${period.end?.slice(0, 4) ?? ''})`,
        'Beløp kan bare føres på år i prosjektperioden. Rett året eller prosjektperioden.',
      );
    budsjett.kostnader.forEach((c, i) => {
      if (c.år !== undefined && !yearInPeriod(c.år, period)) outside(['budsjett', 'kostnader', i, 'år'], c.år);
    });
    budsjett.finansiering.forEach((f, i) => {
      if (f.år !== undefined && !yearInPeriod(f.år, period)) outside(['budsjett', 'finansiering', i, 'år'], f.år);
    });
    dokumenter.forEach((d, i) =>
      (d.søkt_beløp ?? []).forEach((s, j) => {
        if (!yearInPeriod(s.år, period)) outside(['dokumenter', i, 'søkt_beløp', j, 'år'], s.år);
      }),
    );
  }

  // An estimate's low end must not exceed its high end.
  const lines = [
    ...budsjett.kostnader.map((l, i) => ({ path: ['budsjett', 'kostnader', i, 'beløp'], beløp: l.beløp })),
    ...budsjett.finansiering.map((l, i) => ({ path: ['budsjett', 'finansiering', i, 'beløp'], beløp: l.beløp })),
  ];
  let reversed = 0;
  for (const l of lines) {
    if (typeof l.beløp !== 'object' || l.beløp.fra <= l.beløp.til) continue;
    reversed++;
    ctx.report(
      'error',
      'budget/range',
      [...l.path, 'fra'],
      `${field(l.path)}: «fra» (${kroner(l.beløp.fra)}) er større enn «til» (${kroner(l.beløp.til)})`,
      'Skriv det laveste anslaget i «fra» og det høyeste i «til».',
    );
  }
  if (reversed > 0) return; // sums of reversed ranges would only repeat the problem

  const costs = sum(budsjett.kostnader.map((c) => c.beløp));
  const financing = sum(budsjett.finansiering.map((f) => f.beløp));
  const open = costs.unresolved + financing.unresolved;
  if (open > 0) {
    ctx.report(
      ctx.draftSeverity,
      'budget/balance',
      ['budsjett'],
      `Budsjettbalansen kan ikke kontrolleres: ${open} beløp er ikke avklart (${costs.unresolved} i kostnader, ${financing.unresolved} i finansiering)`,
      'Når alle beløp er fylt inn (tall eller spenn), kontrolleres at kostnader og finansiering er like, per år og totalt.',
      true,
    );
    return;
  }
  const differ = (a: { lo: number; hi: number }, b: { lo: number; hi: number }) => a.lo !== b.lo || a.hi !== b.hi;
  if (differ(costs.total, financing.total)) {
    ctx.report(
      'error',
      'budget/balance',
      ['budsjett'],
      `Budsjettet balanserer ikke: kostnader ${kronerRange(costs.total)}, finansiering ${kronerRange(financing.total)}`,
      'Summen av kostnader må være lik summen av finansiering (med spenn: både laveste og høyeste sum).',
      true,
    );
    return;
  }
  const allYears =
    budsjett.kostnader.every((c) => c.år !== undefined) && budsjett.finansiering.every((f) => f.år !== undefined);
  if (!allYears) return;
  const years = [...new Set([...budsjett.kostnader, ...budsjett.finansiering].map((l) => l.år!))].sort();
  for (const year of years) {
    const c = sum(budsjett.kostnader.filter((l) => l.år === year).map((l) => l.beløp)).total;
    const f = sum(budsjett.finansiering.filter((l) => l.år === year).map((l) => l.beløp)).total;
    if (!differ(c, f)) continue;
    const first = budsjett.kostnader.findIndex((l) => l.år === year);
    const path = first >= 0 ? ['budsjett', 'kostnader', first] : ['budsjett', 'finansiering', budsjett.finansiering.findIndex((l) => l.år === year)];
    ctx.report(
      'error',
      'budget/balance',
      path,
      `Budsjettet for ${year} balanserer ikke: kostnader ${kronerRange(c)}, finansiering ${kronerRange(f)}`,
      `Kostnader og finansiering må være like for hvert år. Sjekk linjene med «år: ${year}».`,
    );
  }
}
