import type { Amount, DocumentSpec, FunderRules } from '../../model/project.js';
import { kroner, kronerRange } from '../messages.js';
import { interval, sum, type Interval } from './amounts.js';
import type { Path, RuleContext } from './context.js';
import { field, q } from './context.js';

/** Partner types whose financing counts as the applicant's own (egenfinansiering). */
const OWN_TYPES = new Set(['kommune', 'regionråd']);

/**
 * Funder rules declared under dokumenter[i].regler. Amount rules compare intervals end by end (see
 * budget.ts): a share rule holds when it holds for both the low and the high sums. Amounts that are
 * «ikke avklart» cannot be compared; those rules are then skipped (the unresolved warnings name them).
 * The applied amount is the document's søkt_beløp, or, without it, the budget's financing from the
 * recipient.
 */
export function checkFunderRules(ctx: RuleContext): void {
  ctx.project.dokumenter.forEach((doc, i) => {
    if (doc.regler) checkDocument(ctx, doc, i, doc.regler);
  });
}

function checkDocument(ctx: RuleContext, doc: DocumentSpec, i: number, r: FunderRules): void {
  const p = ctx.project;
  const funder = p.partnere.find((x) => x.id === doc.mottaker)?.navn ?? doc.mottaker ?? doc.tittel;
  const rulePath = (key: string) => `dokumenter[${i}].regler.${key}`;
  const base: Path = ['dokumenter', i];

  if (r.kortbeskrivelse_maks_tegn !== undefined) {
    const n = Array.from(p.tekster.kortbeskrivelse).length;
    if (n > r.kortbeskrivelse_maks_tegn)
      ctx.report(
        'error',
        'funder/short-description',
        ['tekster', 'kortbeskrivelse'],
        `«tekster.kortbeskrivelse» har ${n} tegn; ${funder} tillater høyst ${r.kortbeskrivelse_maks_tegn}`,
        `Kort ned teksten med ${n - r.kortbeskrivelse_maks_tegn} tegn (regelen står i ${rulePath('kortbeskrivelse_maks_tegn')}).`,
      );
  }

  const applied: { path: Path; beløp: Amount }[] = doc.søkt_beløp
    ? doc.søkt_beløp.map((s, j) => ({ path: [...base, 'søkt_beløp', j, 'beløp'], beløp: s.beløp }))
    : p.budsjett.finansiering.flatMap((f, j) =>
        f.kilde === doc.mottaker ? [{ path: ['budsjett', 'finansiering', j, 'beløp'], beløp: f.beløp }] : [],
      );
  const appliedSum = sum(applied.map((a) => a.beløp));
  const costs = sum(p.budsjett.kostnader.map((c) => c.beløp));
  const appliedAt: Path = doc.søkt_beløp ? [...base, 'søkt_beløp'] : ['budsjett', 'finansiering'];
  const known = (s: { unresolved: number }) => s.unresolved === 0;

  if (r.maks_per_år !== undefined)
    for (const a of applied) {
      const v = interval(a.beløp);
      if (v && v.hi > r.maks_per_år)
        ctx.report(
          'error',
          'funder/max-per-year',
          a.path,
          `${field(a.path)} (${kronerRange(v)}) er over ${funder}s grense på ${kroner(r.maks_per_år)} per år`,
          `Søk om høyst ${kroner(r.maks_per_år)} per år (${rulePath('maks_per_år')}).`,
        );
    }
  if (r.maks_totalt !== undefined && known(appliedSum) && appliedSum.total.hi > r.maks_totalt)
    ctx.report(
      'error',
      'funder/max-total',
      appliedAt,
      `Søkt beløp til ${funder} er ${kronerRange(appliedSum.total)} totalt, over grensen på ${kroner(r.maks_totalt)}`,
      `Reduser søknadsbeløpet (${rulePath('maks_totalt')}).`,
      true,
    );
  if (r.min_søkt_beløp !== undefined && known(appliedSum) && appliedSum.total.lo < r.min_søkt_beløp)
    ctx.report(
      'error',
      'funder/min-amount',
      appliedAt,
      `Søkt beløp til ${funder} er ${kronerRange(appliedSum.total)} totalt, under minstebeløpet ${kroner(r.min_søkt_beløp)}`,
      `${funder} behandler ikke søknader under ${kroner(r.min_søkt_beløp)} (${rulePath('min_søkt_beløp')}).`,
      true,
    );
  if (r.maks_andel_av_kostnader_prosent !== undefined && known(appliedSum) && known(costs)) {
    const pct = r.maks_andel_av_kostnader_prosent;
    if (!endsAtMost(appliedSum.total, costs.total, pct))
      ctx.report(
        'error',
        'funder/max-share',
        appliedAt,
        `Søkt beløp til ${funder} (${kronerRange(appliedSum.total)}) er mer enn ${pct} % av kostnadene (${kronerRange(costs.total)})`,
        `${funder} dekker høyst ${pct} % av totale kostnader (${rulePath('maks_andel_av_kostnader_prosent')}).`,
        true,
      );
  }
  if (r.min_egenfinansiering_prosent !== undefined) {
    const ownTypes = new Map(p.partnere.map((x) => [x.id, x.type]));
    const own = sum(
      p.budsjett.finansiering.filter((f) => OWN_TYPES.has(ownTypes.get(f.kilde) ?? '')).map((f) => f.beløp),
    );
    const pct = r.min_egenfinansiering_prosent;
    if (known(own) && known(costs) && !endsAtLeast(own.total, costs.total, pct))
      ctx.report(
        'error',
        'funder/own-share',
        ['budsjett', 'finansiering'],
        `Egenfinansieringen (${kronerRange(own.total)}) er under ${pct} % av kostnadene (${kronerRange(costs.total)}), som ${funder} krever`,
        `Egenfinansiering er finansiering fra partnere av typen kommune eller regionråd (${rulePath('min_egenfinansiering_prosent')}).`,
        true,
      );
  }
  if (r.kun_kommune_kan_søke) checkMunicipalityApplicant(ctx, funder, rulePath('kun_kommune_kan_søke'));
}

/** part ≤ pct % of whole, at both ends of the intervals. */
function endsAtMost(part: Interval, whole: Interval, pct: number): boolean {
  return part.lo * 100 <= pct * whole.lo && part.hi * 100 <= pct * whole.hi;
}

/** part ≥ pct % of whole, at both ends of the intervals. */
function endsAtLeast(part: Interval, whole: Interval, pct: number): boolean {
  return part.lo * 100 >= pct * whole.lo && part.hi * 100 >= pct * whole.hi;
}

/**
 * Only a municipality may apply: the applicant partner is a municipality, or the application goes via a
 * municipality (søker.via names one, or is «vertskommunen» and the host municipality is decided).
 */
function checkMunicipalityApplicant(ctx: RuleContext, funder: string, rule: string): void {
  const p = ctx.project;
  const applicant = p.partnere.find((x) => x.id === p.prosjekt.søker.partner);
  if (applicant?.type === 'kommune') return;
  const via = p.prosjekt.søker.via;
  if (via !== undefined && p.kommuner.some((k) => k.id === via)) return;
  if (via === 'vertskommunen') {
    if (p.vertskommune.trim().toLowerCase() !== 'ikke avklart') return;
    ctx.report(
      ctx.draftSeverity,
      'funder/municipality-only',
      ['vertskommune'],
      `Bare en kommune kan søke ${funder}, og søknaden går via vertskommunen, men «vertskommune» er ikke avklart`,
      `Sett «vertskommune» til id-en til en kommune før søknaden sendes (${rule}).`,
    );
    return;
  }
  ctx.report(
    'error',
    'funder/municipality-only',
    ['prosjekt', 'søker'],
    `Bare en kommune kan søke ${funder}, men søkeren ${q(applicant?.navn ?? p.prosjekt.søker.partner)} er ikke en kommune`,
    `Skriv «via: vertskommunen» under «prosjekt.søker» og sett «vertskommune», eller la en kommune søke (${rule}).`,
    true,
  );
}
