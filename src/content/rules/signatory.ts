import { isUnresolvedValue } from '../../format/unresolved.js';
import type { RuleContext } from './context.js';
import { q } from './context.js';

/**
 * Every application says who signs it (dokumenter[i].underskriver). A missing signatory is an open value:
 * a warning in a draft, an error with --final. The organisation, when given, is a partner or a
 * municipality; where only a municipality may apply, the signatory represents the host municipality.
 */
export function checkSignatories(ctx: RuleContext): void {
  const p = ctx.project;
  const partners = new Set(p.partnere.map((x) => x.id));
  const municipalities = new Set(p.kommuner.map((x) => x.id));
  p.dokumenter.forEach((doc, i) => {
    if (doc.type !== 'søknad') return;
    const s = doc.underskriver;
    if (s === undefined) {
      ctx.report(
        ctx.draftSeverity,
        'document/signatory',
        ['dokumenter', i],
        `Søknaden ${q(doc.id)} har ingen underskriver, så underskriften står som «Ikke avklart»`,
        'Skriv hvem som underskriver under dokumentet: «underskriver:» med «navn:», «tittel:» og eventuelt «organisasjon:» (id fra partnere eller kommuner).',
      );
      return;
    }
    const org = s.organisasjon;
    if (org === undefined || isUnresolvedValue(org)) return;
    if (!partners.has(org) && !municipalities.has(org)) {
      ctx.report(
        'error',
        'ref/partner',
        ['dokumenter', i, 'underskriver', 'organisasjon'],
        `«dokumenter[${i}].underskriver.organisasjon» viser til ${q(org)}, som verken er en partner eller en kommune`,
        `Skriv en id fra partnere (${[...partners].join(', ')}) eller kommuner (${[...municipalities].join(', ')}).`,
      );
      return;
    }
    const host = p.vertskommune;
    if (doc.regler?.kun_kommune_kan_søke && !isUnresolvedValue(host) && org !== host) {
      const hostName = p.kommuner.find((k) => k.id === host)?.navn ?? host;
      const orgName = p.kommuner.find((k) => k.id === org)?.navn ?? p.partnere.find((x) => x.id === org)?.navn;
      ctx.report(
        'error',
        'document/signatory',
        ['dokumenter', i, 'underskriver', 'organisasjon'],
        `Bare en kommune kan søke her, så søknaden ${q(doc.id)} underskrives av vertskommunen ${q(hostName)}, ikke ${q(orgName ?? org)}`,
        `Skriv «organisasjon: ${host}», eller fjern linjen (da brukes vertskommunen).`,
      );
    }
  });
}
