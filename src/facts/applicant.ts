/**
 * Who applies, who signs and who employs, as plain Norwegian lines. A municipality named where the text
 * means the municipality reads «Vefsn kommune»; lists of municipalities keep the bare names. Where only a
 * municipality may apply (skjønnsmidler), the host municipality applies on behalf of the participating
 * municipalities and signs the application.
 */
import type { DocumentSpec, Project } from '../model/project.js';
import { formatList } from '../format/list.js';
import { isUnresolvedValue, UNRESOLVED_TEXT } from '../format/unresolved.js';

const OPEN = UNRESOLVED_TEXT.toLowerCase();

export interface MunicipalityFacts {
  /** Every municipality of the region, in content order. */
  all: string[];
  /** Municipalities that have decided to take part. */
  participating: string[];
  /** Municipalities whose participation is not decided. */
  undecided: string[];
  declined: string[];
  /** Host municipality name; null while not decided. */
  host: string | null;
}

export interface ApplicantFacts {
  /** The organisation that applies: the applicant partner, or the host municipality (null: not decided). */
  organisation: string | null;
  /** The organisation the application goes through («Vefsn kommune (vertskommune)»), if any. */
  via: string | null;
  /** Whom the applicant applies for; null when it applies for itself alone. */
  onBehalfOf: string | null;
  /** One plain line: «Helgelandsrådet v/Vefsn kommune (vertskommune), på vegne av kommunene i …». */
  text: string;
  /** Short form for document metadata. */
  short: string;
  /** True when the host municipality must apply itself. */
  municipalityApplies: boolean;
}

export interface SignatoryFacts {
  /** Null while not decided. */
  name: string | null;
  title: string | null;
  /** Null while not decided (the host municipality not chosen yet). */
  organisation: string | null;
}

/** «Vefsn» → «Vefsn kommune»; a name that already says «kommune» stays as it is. */
export function municipalityName(name: string): string {
  return /kommune/i.test(name) ? name : `${name} kommune`;
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
    host,
  };
}

/** «kommunene Rana og Hemnes», «Rana kommune» (one), or null for none. */
function municipalitiesText(names: string[]): string | null {
  if (names.length === 0) return null;
  return names.length === 1 ? municipalityName(names[0]!) : `kommunene ${formatList(names)}`;
}

/**
 * The name of a partner or municipality id, «vertskommunen» as the host municipality, or the text itself.
 * Municipalities read «X kommune»; the host municipality is marked «(vertskommune)» when `markHost`.
 */
export function organisationName(
  project: Project,
  m: MunicipalityFacts,
  id: string,
  markHost = false,
): string | null {
  const hostMark = (name: string) =>
    markHost ? `${municipalityName(name)} (vertskommune)` : municipalityName(name);
  if (id === 'vertskommunen') return m.host ? hostMark(m.host) : null;
  const partner = project.partnere.find((p) => p.id === id);
  if (partner) return partner.navn;
  const municipality = project.kommuner.find((k) => k.id === id);
  if (municipality)
    return project.vertskommune === municipality.id
      ? hostMark(municipality.navn)
      : municipalityName(municipality.navn);
  return id;
}

export function deriveApplicant(project: Project, m: MunicipalityFacts, doc: DocumentSpec): ApplicantFacts {
  const søker = project.prosjekt.søker;
  const org = project.partnere.find((p) => p.id === søker.partner)?.navn ?? søker.partner;
  if (doc.regler?.kun_kommune_kan_søke) {
    const others = m.participating.filter((n) => n !== m.host);
    const who = !m.participating.length
      ? `de deltakende kommunene (${OPEN})`
      : others.length
        ? municipalitiesText(m.participating)
        : null;
    // The title block cannot mark a value, so while the host is open «short» names the role, not a marker.
    const short = m.host ? municipalityName(m.host) : 'Vertskommunen';
    const named = !m.host ? `Vertskommunen (${OPEN})` : who ? `${short} (vertskommune)` : short;
    return {
      organisation: m.host ? municipalityName(m.host) : null,
      via: null,
      onBehalfOf: who,
      text: who ? `${named}, på vegne av ${who}` : named,
      short,
      municipalityApplies: true,
    };
  }
  const via =
    søker.via === undefined
      ? null
      : (organisationName(project, m, søker.via, true) ?? `vertskommunen (${OPEN})`);
  // Without «på_vegne_av», an applicant for several municipalities applies on behalf of them all.
  const onBehalfOf = søker.på_vegne_av ?? (m.all.length > 1 ? municipalitiesText(m.all) : null);
  return {
    organisation: org,
    via,
    onBehalfOf,
    text: `${org}${via ? ` v/${via}` : ''}${onBehalfOf ? `, på vegne av ${onBehalfOf}` : ''}`,
    short: org,
    municipalityApplies: false,
  };
}

/** Who signs a document: its `underskriver`; organisation defaulting to whoever applies. */
export function deriveSignatory(
  project: Project,
  m: MunicipalityFacts,
  doc: DocumentSpec,
  applicant: ApplicantFacts,
): SignatoryFacts {
  const s = doc.underskriver;
  const decided = (v: string | undefined) => (v === undefined || isUnresolvedValue(v) ? null : v);
  const organisation =
    s?.organisasjon !== undefined && !isUnresolvedValue(s.organisasjon)
      ? organisationName(project, m, s.organisasjon)
      : applicant.organisation;
  return { name: decided(s?.navn), title: decided(s?.tittel), organisation };
}
