import type { RuleContext, Path } from './context.js';
import { field, q } from './context.js';

/** Ids must be unique within their list. */
function uniqueIds(ctx: RuleContext, list: { id?: string }[] | undefined, key: string, what: string): void {
  const seen = new Map<string, number>();
  (list ?? []).forEach((item, i) => {
    if (item.id === undefined) return;
    const first = seen.get(item.id);
    if (first !== undefined)
      ctx.report(
        'error',
        'ref/duplicate-id',
        [key, i, 'id'],
        `${what} ${q(item.id)} finnes allerede (${key}[${first}])`,
        'Hver id må være unik; gi den ene en annen id.',
      );
    else seen.set(item.id, i);
  });
}

/**
 * References between sections resolve: partner ids (søker, kontaktperson, prosjekteier, financing sources,
 * recipients), municipality ids (vertskommune, eksisterende strukturer), and «vertskommunen» as a value of
 * søker.via / organisering.arbeidsgiver meaning the host municipality.
 */
export function checkReferences(ctx: RuleContext): void {
  const p = ctx.project;
  uniqueIds(ctx, p.partnere, 'partnere', 'Partneren');
  uniqueIds(ctx, p.kommuner, 'kommuner', 'Kommunen');
  uniqueIds(ctx, p.tidsplan, 'tidsplan', 'Steget');
  uniqueIds(ctx, p.dokumenter, 'dokumenter', 'Dokumentet');
  uniqueIds(ctx, p.åpne_spørsmål, 'åpne_spørsmål', 'Spørsmålet');

  const partners = new Set(p.partnere.map((x) => x.id));
  const municipalities = new Set(p.kommuner.map((x) => x.id));
  const partnerList = [...partners].join(', ');
  const municipalityList = [...municipalities].join(', ');

  const partner = (path: Path, id: string | undefined) => {
    if (id === undefined || partners.has(id)) return;
    ctx.report(
      'error',
      'ref/partner',
      path,
      `${field(path)} viser til partneren ${q(id)}, som ikke finnes i partnere`,
      `Kjente partnere: ${partnerList}.`,
    );
  };
  const municipality = (path: Path, id: string | undefined) => {
    if (id === undefined || municipalities.has(id) || id.trim().toLowerCase() === 'ikke avklart') return;
    ctx.report(
      'error',
      'ref/municipality',
      path,
      `${field(path)} viser til kommunen ${q(id)}, som ikke finnes i kommuner`,
      `Kjente kommuner: ${municipalityList}.`,
    );
  };
  const partnerOrMunicipality = (path: Path, id: string | undefined) => {
    if (id === undefined || id === 'vertskommunen' || partners.has(id) || municipalities.has(id)) return;
    ctx.report(
      'error',
      'ref/partner',
      path,
      `${field(path)} viser til ${q(id)}, som verken er en partner, en kommune eller «vertskommunen»`,
      `Skriv «vertskommunen» eller en id fra partnere (${partnerList}) eller kommuner (${municipalityList}).`,
    );
  };

  partner(['prosjekt', 'søker', 'partner'], p.prosjekt.søker.partner);
  partnerOrMunicipality(['prosjekt', 'søker', 'via'], p.prosjekt.søker.via);
  partner(['prosjekt', 'kontaktperson', 'organisasjon'], p.prosjekt.kontaktperson.organisasjon);
  partner(['organisering', 'prosjekteier'], p.organisering.prosjekteier);
  partnerOrMunicipality(['organisering', 'arbeidsgiver'], p.organisering.arbeidsgiver);
  p.budsjett.finansiering.forEach((f, i) => partner(['budsjett', 'finansiering', i, 'kilde'], f.kilde));
  p.dokumenter.forEach((d, i) => partner(['dokumenter', i, 'mottaker'], d.mottaker));
  municipality(['vertskommune'], p.vertskommune);
  (p.eksisterende_strukturer ?? []).forEach((s, i) =>
    municipality(['eksisterende_strukturer', i, 'kommune'], s.kommune),
  );
  p.dokumenter.forEach((d, i) => {
    if (d.type === 'søknad' && d.mottaker === undefined)
      ctx.report(
        'error',
        'ref/partner',
        ['dokumenter', i],
        `Søknaden ${q(d.id)} mangler «mottaker»`,
        'Skriv id-en til partneren søknaden sendes til, for eksempel «mottaker: nfk».',
      );
  });
}
