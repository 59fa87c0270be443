import { basename } from 'node:path';
import type { Amount, ContributionForm } from '../../model/project.js';
import { kronerRange } from '../messages.js';
import { sum, type Interval } from './amounts.js';
import type { Path, RuleContext } from './context.js';
import { field } from './context.js';

/**
 * Amounts written in more than one place must agree; the budget is the one source.
 *
 * - amount/applied: the amount applied for from a recipient (dokumenter[i].søkt_beløp) is the budget's
 *   financing from that recipient, per year and in total.
 * - amount/contribution: a partner's contributions (partnere[i].bidrag) of one form (kontant or naturalia)
 *   add up to the budget's financing from that partner of that form. A contribution with «gjelder»
 *   describes something wider than the project (e.g. a county-wide grant) and is not compared.
 * - amount/frame: each year's personnel costs (cost lines whose category is «Personal» or «Lønn…») lie
 *   within organisering.ressurser.kostnadsramme_per_år.
 *
 * Each contradiction is one diagnostic at the line that states the amount a second time, naming both
 * values and both places: a warning in a draft, an error under --final. Amounts not decided yet are not
 * compared (the unresolved warnings name them).
 */
export function checkAgreement(ctx: RuleContext): void {
  checkApplied(ctx);
  checkContributions(ctx);
  checkFrame(ctx);
}

/** «budsjett.yaml:75» for a content path. */
function place(ctx: RuleContext, path: Path): string {
  const loc = ctx.loaded.locate(path);
  return loc ? `${basename(loc.file)}:${loc.start.line}` : field(path);
}

/** The sum of some amounts as an interval; null when any of them is not decided. */
function decided(amounts: (Amount | undefined)[]): Interval | null {
  const s = sum(amounts);
  return s.unresolved > 0 ? null : s.total;
}

const same = (a: Interval, b: Interval) => a.lo === b.lo && a.hi === b.hi;

function checkApplied(ctx: RuleContext): void {
  const { dokumenter, budsjett, partnere } = ctx.project;
  dokumenter.forEach((doc, i) => {
    if (!doc.søkt_beløp || !doc.mottaker) return;
    const funder = partnere.find((p) => p.id === doc.mottaker)?.navn ?? doc.mottaker;
    const lines = budsjett.finansiering
      .map((f, j) => ({ f, path: ['budsjett', 'finansiering', j, 'beløp'] as Path }))
      .filter((l) => l.f.kilde === doc.mottaker);
    const applied = doc.søkt_beløp.map((s, j) => ({ s, path: ['dokumenter', i, 'søkt_beløp', j, 'beløp'] as Path }));
    const report = (at: Path, message: string, hint: string) =>
      ctx.report(ctx.draftSeverity, 'amount/applied', at, message, hint);
    const hint = `Søkt beløp skal være det samme som finansieringen fra ${funder} i budsjett.yaml. Rett det ene eller det andre, eller fjern «søkt_beløp», så brukes budsjettet.`;
    const byYear = lines.every((l) => l.f.år !== undefined);
    if (byYear) {
      const years = [...new Set([...applied.map((a) => a.s.år), ...lines.map((l) => l.f.år!)])].sort();
      for (const year of years) {
        const a = applied.filter((x) => x.s.år === year);
        const f = lines.filter((l) => l.f.år === year);
        const av = decided(a.map((x) => x.s.beløp));
        const fv = decided(f.map((l) => l.f.beløp));
        if (!av || !fv || same(av, fv)) continue;
        const aAt = a[0]?.path ?? ['dokumenter', i, 'søkt_beløp'];
        const fAt = f[0]?.path ?? ['budsjett', 'finansiering'];
        const appliedText = a.length
          ? `søkt beløp ${kronerRange(av)} for ${year} i ${place(ctx, aAt)}`
          : `søkt beløp for ${year} mangler i ${place(ctx, aAt)}`;
        const finText = f.length
          ? `finansieringen fra ${funder} i ${year} er ${kronerRange(fv)} (${place(ctx, fAt)})`
          : `budsjettet har ingen finansiering fra ${funder} i ${year} (${place(ctx, fAt)})`;
        report(aAt, `${capital(appliedText)}, men ${finText}`, hint);
      }
      return;
    }
    const av = decided(applied.map((x) => x.s.beløp));
    const fv = decided(lines.map((l) => l.f.beløp));
    if (!av || !fv || same(av, fv)) return;
    const aAt: Path = ['dokumenter', i, 'søkt_beløp'];
    const fAt = lines[0]?.path ?? ['budsjett', 'finansiering'];
    report(
      aAt,
      `Søkt beløp ${kronerRange(av)} til sammen i ${place(ctx, aAt)}, men finansieringen fra ${funder} er ${kronerRange(fv)} til sammen (${place(ctx, fAt)})`,
      hint,
    );
  });
}

const FORM_WORD: Record<ContributionForm, string> = { kontant: 'kontant', naturalia: 'naturalia' };

function checkContributions(ctx: RuleContext): void {
  const { partnere, budsjett } = ctx.project;
  partnere.forEach((p, i) => {
    for (const form of ['kontant', 'naturalia'] as const) {
      const own = (p.bidrag ?? [])
        .map((b, k) => ({ b, path: ['partnere', i, 'bidrag', k, 'beløp'] as Path }))
        .filter((x) => x.b.form === form && x.b.gjelder === undefined);
      // Only contributions that all state an amount can be added up.
      if (own.length === 0 || own.some((x) => x.b.beløp === undefined)) continue;
      const lines = budsjett.finansiering
        .map((f, j) => ({ f, path: ['budsjett', 'finansiering', j, 'beløp'] as Path }))
        .filter((l) => l.f.kilde === p.id && l.f.form === form);
      const bv = decided(own.map((x) => x.b.beløp));
      const fv = decided(lines.map((l) => l.f.beløp));
      if (!bv || !fv || same(bv, fv)) continue;
      const bAt = own[0]!.path;
      const fAt = lines[0]?.path ?? ['budsjett', 'finansiering'];
      const what = own.length > 1 ? `Bidragene (${FORM_WORD[form]}) fra ${p.navn} er til sammen` : `Bidraget (${FORM_WORD[form]}) fra ${p.navn} er`;
      const fin = lines.length
        ? `finansieringen fra ${p.navn} (${FORM_WORD[form]}) i budsjettet er ${kronerRange(fv)} (${place(ctx, fAt)})`
        : `budsjettet har ingen finansiering fra ${p.navn} (${FORM_WORD[form]}) (${place(ctx, fAt)})`;
      ctx.report(
        ctx.draftSeverity,
        'amount/contribution',
        bAt,
        `${what} ${kronerRange(bv)} i ${place(ctx, bAt)}, men ${fin}`,
        'Beløpet i partnere.yaml skal være det samme som finansieringslinjene fra partneren i budsjett.yaml. Rett det ene eller det andre, eller fjern «beløp» fra bidraget (skriv «gjelder» om bidraget gjelder mer enn prosjektet).',
      );
    }
  });
}

/** Cost categories that hold the positions the yearly frame is for. */
export const PERSONNEL = /^(personal|lønn)/i;

function checkFrame(ctx: RuleContext): void {
  const frame = ctx.project.organisering.ressurser.kostnadsramme_per_år;
  const framePath: Path = ['organisering', 'ressurser', 'kostnadsramme_per_år'];
  const fv = frame === undefined ? null : decided([frame]);
  if (!fv) return;
  const lines = ctx.project.budsjett.kostnader
    .map((c, j) => ({ c, path: ['budsjett', 'kostnader', j, 'beløp'] as Path }))
    .filter((l) => PERSONNEL.test(l.c.kategori.trim()) && l.c.år !== undefined);
  const years = [...new Set(lines.map((l) => l.c.år!))].sort();
  for (const year of years) {
    const inYear = lines.filter((l) => l.c.år === year);
    const cv = decided(inYear.map((l) => l.c.beløp));
    if (!cv || (cv.lo >= fv.lo && cv.hi <= fv.hi)) continue;
    const at = inYear[0]!.path;
    ctx.report(
      ctx.draftSeverity,
      'amount/frame',
      at,
      `Personalkostnadene for ${year} er ${kronerRange(cv)} i ${place(ctx, at)}, men kostnadsrammen per år er ${kronerRange(fv)} (${place(ctx, framePath)})`,
      'Kostnadene til stillingene skal ligge innenfor «organisering.ressurser.kostnadsramme_per_år». Rett kostnaden eller rammen.',
    );
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
