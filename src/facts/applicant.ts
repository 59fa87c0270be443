/**
 * Who applies to each recipient. Polarsirkelrådet applies via the host municipality on behalf of the
 * municipalities; where only a municipality may apply (skjønnsmidler), the host municipality applies on
 * behalf of the participating municipalities.
 */
import type { DocumentSpec, Project } from '../model/project.js';
import { formatList } from '../format/list.js';
import { isUnresolvedValue, UNRESOLVED_TEXT } from '../format/unresolved.js';

export interface MunicipalityFacts {
  /** Every municipality of the region, in content order. */
  all: string[];
  /** Municipalities that have decided to take part. */
  participating: string[];
  /** Municipalities whose participation is not decided. */
  undecided: string[];
  declined: string[];
  /** Municipalities with SLT (samordning av lokale kriminalitetsforebyggende tiltak). */
  slt: string[];
  /** Host municipality name; null while not decided. */
  host: string | null;
}

export interface ApplicantFacts {
  /** The organisation that signs: Polarsirkelrådet, or the host municipality (null: not decided). */
  organisation: string | null;
  /** Polarsirkelrådet applying via the host municipality. */
  via: string | null;
  /** «kommunene i Polarsirkelrådet» or the participating municipalities. */
  onBehalfOf: string;
  /** One plain line: «Polarsirkelrådet v/vertskommunen (Ikke avklart), på vegne av kommunene i Polarsirkelrådet». */
  text: string;
  /** Short form for document metadata. */
  short: string;
  /** True when the host municipality must apply itself. */
  municipalityApplies: boolean;
}

export function deriveMunicipalities(project: Project): MunicipalityFacts {
  const k = project.kommuner;
  const host = isUnresolvedValue(project.vertskommune)
    ? null
    : (k.find((m) => m.id === project.vertskommune)?.navn ?? project.vertskommune);
  return {
    all: k.map((m) => m.navn),
    participating: k.filter((m) => m.deltakelse === 'ja').map((m) => m.navn),
    undecided: k.filter((m) => isUnresolvedValue(m.deltakelse)).map((m) => m.navn),
    declined: k.filter((m) => m.deltakelse === 'nei').map((m) => m.navn),
    slt: k.filter((m) => m.slt).map((m) => m.navn),
    host,
  };
}

export function deriveApplicant(project: Project, m: MunicipalityFacts, doc: DocumentSpec): ApplicantFacts {
  const søker = project.prosjekt.søker;
  const org = project.partnere.find((p) => p.id === søker.partner)?.navn ?? søker.partner;
  const hostText = m.host ?? `vertskommunen (${UNRESOLVED_TEXT.toLowerCase()})`;
  if (doc.regler?.kun_kommune_kan_søke) {
    const who = m.participating.length
      ? `de deltakende kommunene ${formatList(m.participating)}`
      : `de deltakende kommunene (${UNRESOLVED_TEXT.toLowerCase()})`;
    // The title block cannot mark a value, so while the host is open it names the role, not a marker.
    const short = m.host ?? 'Vertskommunen';
    return {
      organisation: m.host,
      via: null,
      onBehalfOf: who,
      text: `${m.host ?? `Vertskommunen (${UNRESOLVED_TEXT.toLowerCase()})`}, på vegne av ${who}`,
      short,
      municipalityApplies: true,
    };
  }
  const via = søker.via === 'vertskommunen' ? hostText : (søker.via ?? null);
  const onBehalfOf = søker.på_vegne_av ?? formatList(m.all);
  return {
    organisation: org,
    via,
    onBehalfOf,
    text: `${org}${via ? ` v/${via}` : ''}, på vegne av ${onBehalfOf}`,
    short: org,
    municipalityApplies: false,
  };
}
