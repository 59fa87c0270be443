import type { RuleContext } from './context.js';
import { field, q } from './context.js';
import { boundsOf, norwegianDate, periodBounds } from './period.js';

/** Step types that belong to the project itself and so must lie inside the project period. */
const IN_PERIOD = new Set(['fase', 'milepæl']);

/**
 * date/order: the period does not end before it starts, and the timeline is listed in time order (a step
 * may overlap the one before it, but must not lie wholly before it).
 * date/period: milestones and phases lie inside the project period.
 */
export function checkDates(ctx: RuleContext): void {
  const { prosjektperiode: pp, tidsplan } = ctx.project;
  const start = boundsOf(pp.start);
  const slutt = boundsOf(pp.slutt);
  if (start && slutt && slutt.end < start.start)
    ctx.report(
      'error',
      'date/order',
      ['prosjektperiode', 'slutt'],
      `«prosjektperiode.slutt» (${pp.slutt}) er før «prosjektperiode.start» (${pp.start})`,
      'Sjekk årstallene i prosjektperioden.',
    );

  let prev: { i: number; start: string; text: string } | undefined;
  tidsplan.forEach((step, i) => {
    const b = boundsOf(step.dato);
    if (!b) return;
    if (prev && b.end < prev.start)
      ctx.report(
        'error',
        'date/order',
        ['tidsplan', i, 'dato'],
        `${field(['tidsplan', i, 'dato'])} (${step.dato}) er før steget over (tidsplan[${prev.i}], ${prev.text})`,
        'Tidsplanen skal stå i tidsrekkefølge. Flytt steget eller rett datoen.',
      );
    prev = { i, start: b.start, text: step.dato };
  });

  const period = periodBounds(pp);
  if (!period) return;
  const span = `${norwegianDate(period.start)} – ${period.end ? norwegianDate(period.end) : 'uten slutt'}`;
  tidsplan.forEach((step, i) => {
    if (!IN_PERIOD.has(step.type)) return;
    const b = boundsOf(step.dato);
    if (!b) return;
    if (b.start < period.start || (period.end !== undefined && b.end > period.end))
      ctx.report(
        'error',
        'date/period',
        ['tidsplan', i, 'dato'],
        `${field(['tidsplan', i, 'dato'])} (${step.dato}) ligger utenfor prosjektperioden (${span})`,
        `Steg av typen ${q(step.type)} må ligge i prosjektperioden. Rett datoen eller prosjektperioden.`,
      );
  });
}
