import { describe, expect, it } from 'vitest';
import { loadSampleProject } from '../helpers/sample-project.js';
import { buildAll } from './build-all.js';
import { treeText } from './tree-text.js';

/**
 * The facts of the seed (the AU case 58/25 with its summary note, /work/shared/seed), as they read in the
 * documents. Each must appear in the tree text of at least one document.
 */
const SEED_FACTS: Record<string, string[]> = {
  saken: [
    'AU-sak 58/25',
    'prinsippavklaring om deltakelse i prosjektet Felles Ansvar',
    'Arbeidsutvalget (AU) i Polarsirkelrådet',
    'Mo i Rana 16. september 2025',
    'Kjell-Idar Juvik, Sekretariatsleder, Polarsirkelrådet',
  ],
  datoer: [
    '26. juni 2025',
    '4. juli 2025',
    '22. august 2025',
    '1. september 2025',
    '25. september 2025 | AU behandler saken',
    '9. oktober 2025 | Kommunedirektørforum drøfter deltakelse',
    '10. oktober 2025 | Polarsirkelrådet fatter prinsippvedtak',
    'oktober–desember 2025 | Utarbeidelse av prosjektbeskrivelse og søknader',
    'desember 2025 / januar 2026 (Ikke avklart) | Søknadsfrist Nordland fylkeskommune',
    'desember 2025 / januar 2026 (Ikke avklart) | Søknadsfrist Statsforvalteren',
    'januar–mars 2026 | Kommunestyrebehandling (endelig vedtak om deltakelse og finansiering)',
    'våren 2026 | Oppstart av Felles Ansvar i Polarsirkelregionen',
    '1. tertial 2026',
  ],
  bakgrunn: [
    'Nordland fylkeskommune har, i samarbeid med Statsforvalteren og Nordland politidistrikt, tatt initiativ',
    'fylkesdekkende tiltak for å forebygge kriminalitet, rus og utenforskap blant ungdom',
    'Sekretariatet jobber videre med et prosjektforslag sammen med politiet',
    'regionrådslederne og sekretariatene i IPR-ene i Nordland',
    'Felles Ansvar Salten og Statsforvalteren informerte om prosjektet',
  ],
  modellen: [
    'gratis lavterskeltilbud for ungdom fra 12 år',
    'kontraktsbasert oppfølging over 6 måneder',
    'rask hjelp uten ventetid',
    'Felles Ansvar Salten, etablert i 2008',
    'permanent og dokumentert effektivt tiltak',
    'rulles ut trinnvis i hele fylket',
    'dele fagressurser og organisering',
    'løfter forebyggende innsats for ungdom til fylkesnivå',
    'Fylkeskommunen bidrar med 20 mill. kr over tre år for hele fylket',
  ],
  kunnskapsrapporten: [
    'Kunnskapsrapport om ungdomskriminalitet i Nordland politidistrikt',
    '(2024)',
    'utfordringsbildet i Rana/GDE Rana',
    'https://www.politiet.no/globalassets/nyheter/nordland/kunnskapsrapport-om-ungdomskriminalitet-i-nordland-politidistrikt_.pdf',
    'Økende narkotikabruk blant ungdom | Narkotikabruk blant ungdom, særlig i sårbare grupper, oppleves som mer normalisert. | s. 34',
    'Ungdom blir yngre når de begår kriminalitet | Ungdom i alderen 14–15 år peker seg ut som gruppe med økning i vold og trusler. | s. 23–24',
    'Sosiale medier brukt til kriminalitet | Sosiale medier (f.eks. Snapchat) brukes til salg av rusmidler, trusler og deling av voldsvideoer. | s. 27–28',
    'Manglende tidlig oppfølging | Problemene fanges ofte ikke opp før de blir alvorlige – manglende systemer for tidlig intervensjon. | s. 35',
    'Svekking av respekt for autoriteter | Intervjuer peker på mindre tillit og respekt for autoriteter, både mot skole og politi. | s. 34–35',
    'særlig 14–15-åringer (s. 23–24)',
  ],
  regionen: [
    'SLT i Rana',
    'melde bekymring for ungdom',
    'Samarbeidsavtale i Hemnes (vedtatt november 2023)',
    'SLT-koordinator, politikontakt og koordinert nivå og tiltaksnivå',
    '5. og 8. klasse',
    'nettvett, vold, rus og foreldrerollen',
    'ikke er et nybrottsarbeid',
    'De andre kommunene i GDE Rana er ikke SLT-kommuner og har ikke SLT-koordinator.',
    'Rana | Ikke avklart | Ja',
    'Hemnes | Ikke avklart | Ja',
    'Nesna | Ikke avklart | Nei',
    'Lurøy',
    'Rødøy',
    'Træna',
  ],
  mål: [
    'Forebygge kriminalitet, vold, rus og utenforskap blant barn og unge.',
    'Sikre tidlig innsats og ungdomsmedvirkning.',
    'Gi likeverdige tilbud i hele fylket.',
    'Bygge på samlokalisering med politiet.',
  ],
  partnere: [
    'Nordland fylkeskommune | Initiativtaker',
    '20 mill. kr over tre år til Felles Ansvar i hele fylket',
    'Statsforvalteren i Nordland | Stiller skjønnsmidler til disposisjon for kommunene',
    'Nordland politidistrikt | Positive til etableringen i regionen',
    'Kontorlokaler (samlokalisering) (naturalia, Ikke avklart)',
    'Kjøretøy (naturalia, Ikke avklart)',
    'Forebyggende ressurser og politikontakter (fagressurser) (naturalia, Ikke avklart)',
    'Egeninnsats via SLT eller stillingsressurser (naturalia, Ikke avklart)',
    'Samlokalisering med politiet trekkes fram som en avgjørende suksessfaktor',
    'reduserer driftskostnader for kommunene',
    'Prosjektet i Vesterålen',
  ],
  organisering: [
    'Polarsirkelrådet og politiet utarbeider prosjektbeskrivelse og søknader.',
    'Polarsirkelrådet søker, via vertskommunen, på vegne av kommunene.',
    'Vertskommunen utpekes og har arbeidsgiveransvar.',
    'Polarsirkelrådet v/vertskommunen (Ikke avklart), på vegne av kommunene i Polarsirkelrådet',
  ],
  ressurser: [
    'minimum 2 fagstillinger, med en kostnadsramme på 2,5–3 mill. kr per år',
    'Erfaring fra Salten og prosjektet i Vesterålen tilsier behov for minimum 2 fagstillinger.',
    'Personal | Minimum 2 fagstillinger (lønn og sosiale kostnader), prosjektår 1 | 2026 | 2 500 000–3 000 000 kr',
    'Sum | 2 500 000–3 000 000 kr | 2 500 000–3 000 000 kr | 2 500 000–3 000 000 kr | Ikke avklart | 7 500 000–9 000 000 kr + Ikke avklart',
    'Statsforvalteren i Nordland | Kontant | Ikke avklart | Ikke avklart | Ikke avklart',
    'Nordland politidistrikt (naturalia): Lokaler, kjøretøy og fagressurser',
    'Deltakende kommuner (naturalia): Egeninnsats via SLT eller stillingsressurser',
  ],
  vedtak: [
    'AU anbefaler at Polarsirkelrådet stiller seg prinsipielt bak deltakelse i prosjektet Felles Ansvar.',
    'Saken oversendes til Kommunedirektørforum for avklaringer om deltakelse, vertskommune og ressursfordeling.',
    'Endelig prinsippvedtak fattes i Polarsirkelrådet 10. oktober 2025.',
  ],
  avklaringer: [
    'Hvilke kommuner deltar? | Kommunedirektørforum og kommunestyrene | januar–mars 2026',
    'Hvem blir vertskommune? | Kommunedirektørforum | 9. oktober 2025',
    'Hvordan fordeles ressursinnsatsen? | Kommunedirektørforum og kommunestyrene | januar–mars 2026',
    'Når er søknadsfristene hos Nordland fylkeskommune og Statsforvalteren? | Sekretariatet i Polarsirkelrådet | Ikke avklart',
    'Vertskommune | Ikke avklart | Hvem blir vertskommune?',
  ],
  vedlegg: ['AU-sak 58/25 Prosjekt Felles Ansvar – prinsippavklaring om deltakelse, med oppsummeringsnotat'],
};

describe('every fact of the seed appears in at least one document', () => {
  const texts = [...buildAll(loadSampleProject()).values()].map((r) => treeText(r.tree!));
  const links = JSON.stringify([...buildAll(loadSampleProject()).values()].map((r) => r.tree));
  for (const [group, facts] of Object.entries(SEED_FACTS)) {
    it.each(facts)(`${group}: %s`, (fact) => {
      const found = texts.some((t) => t.includes(fact)) || (fact.startsWith('http') && links.includes(fact));
      expect(found, fact).toBe(true);
    });
  }
});
