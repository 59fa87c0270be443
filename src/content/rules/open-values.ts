import { parseDate } from '../../model/dates.js';
import type { Amount } from '../../model/project.js';
import { kronerRange } from '../messages.js';
import type { Path, RuleContext } from './context.js';
import { field } from './context.js';

/**
 * Values that are open without being written «ikke avklart»; the documents mark them as open, so a final
 * version must not have them (a warning in a draft, an error under --final):
 *
 * - open/date-alternatives: a date with alternatives («2025-12 eller 2026-01») is not decided, whether or
 *   not «avklart: false» says so. With the flag, the unresolved rule already reports it.
 * - open/applied-range: an application's amounts — what is applied for, and the budget's financing from
 *   its recipient — must be exact numbers, not an estimate { fra, til }.
 */
export function checkOpenValues(ctx: RuleContext): void {
  const p = ctx.project;
  const dates: { path: Path; value: string; flagged: boolean }[] = [
    ...p.tidsplan.map((s, i) => ({ path: ['tidsplan', i, 'dato'], value: s.dato, flagged: s.avklart === false })),
    { path: ['prosjektperiode', 'start'], value: p.prosjektperiode.start, flagged: p.prosjektperiode.avklart === false },
    ...(p.prosjektperiode.slutt !== undefined
      ? [{ path: ['prosjektperiode', 'slutt'], value: p.prosjektperiode.slutt, flagged: p.prosjektperiode.avklart === false }]
      : []),
    ...p.dokumenter.flatMap((d, i) =>
      d.frist !== undefined ? [{ path: ['dokumenter', i, 'frist'], value: d.frist, flagged: d.frist_avklart === false }] : [],
    ),
    { path: ['prosjekt', 'dato'], value: p.prosjekt.dato, flagged: false },
  ];
  for (const d of dates) {
    if (d.flagged || parseDate(String(d.value))?.kind !== 'alternatives') continue;
    ctx.report(
      ctx.draftSeverity,
      'open/date-alternatives',
      d.path,
      `${field(d.path)} (${d.value}) har alternativer og er derfor ikke avklart`,
      'Skriv én dato når den er bestemt. Er den ikke bestemt ennå, skriv «avklart: false» ved siden av, så vises den som foreløpig.',
    );
  }

  p.dokumenter.forEach((doc, i) => {
    if (doc.type !== 'søknad') return;
    const amounts: { path: Path; beløp: Amount }[] = [
      ...(doc.søkt_beløp ?? []).map((s, j) => ({ path: ['dokumenter', i, 'søkt_beløp', j, 'beløp'], beløp: s.beløp })),
      ...p.budsjett.finansiering.flatMap((f, j) =>
        f.kilde === doc.mottaker ? [{ path: ['budsjett', 'finansiering', j, 'beløp'], beløp: f.beløp }] : [],
      ),
    ];
    for (const a of amounts) {
      if (typeof a.beløp !== 'object') continue;
      ctx.report(
        ctx.draftSeverity,
        'open/applied-range',
        a.path,
        `${field(a.path)} er et anslag (${kronerRange({ lo: a.beløp.fra, hi: a.beløp.til })}), men søknaden «${doc.tittel}» må ha et nøyaktig beløp`,
        'Skriv ett beløp i hele kroner før den endelige versjonen.',
      );
    }
  });
}
