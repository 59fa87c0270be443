/**
 * The content model: what a project folder under content/ holds once it has been loaded and validated.
 * Keys are the Norwegian words of the YAML files. The JSON Schema in schema/prosjekt.schema.json describes
 * the same shape for editors and for validation; keep the two in step.
 */

/** The marker for a value that is not decided yet. Shown as «Ikke avklart» in the documents. */
export const UNRESOLVED = 'ikke avklart';
export type Unresolved = typeof UNRESOLVED;

/** Whole kroner: an exact amount, an estimate with a low–high range, or not decided. */
export type Amount = number | AmountRange | Unresolved;
export interface AmountRange {
  fra: number;
  til: number;
}

/** A date at some precision, written as in model/dates.ts (2025-10-10, 2025-12, 2026-T1, 2026-vår, …). */
export type DateText = string;

/** Markdown text (only fields declared as Markdown in the schema are trusted as Markdown). */
export type Markdown = string;

export interface CaseReference {
  sak: string;
  tittel?: string;
  organ?: string;
  dato?: DateText;
}

export interface Identity {
  tittel: string;
  kortnavn: string;
  saksreferanser: CaseReference[];
  søker: { partner: string; på_vegne_av?: string; via?: 'vertskommunen' | string };
  kontaktperson: { navn: string; rolle: string; organisasjon?: string; epost?: string; telefon?: string };
  sted: string;
  dato: DateText;
  versjon?: string;
}

/** Where a text of its own is placed: after one of the sections every template marks. */
export type TextPlace =
  | 'bakgrunn'
  | 'modell'
  | 'situasjon'
  | 'mål'
  | 'målgruppe'
  | 'organisering'
  | 'tidsplan'
  | 'budsjett'
  | 'søknadsbeløp'
  | 'slutt';

/** A text the content adds under its own heading, placed after a section, in some or all documents. */
export interface OwnText {
  overskrift: string;
  etter: TextPlace;
  /** Document ids; all documents when missing. */
  dokumenter?: string[];
  tekst: Markdown;
}

export interface Texts {
  bakgrunn: Markdown;
  modell: Markdown;
  kortbeskrivelse: string;
  [key: string]: string | OwnText;
}

export interface TargetGroup {
  beskrivelse: string;
  alder_fra?: number;
  alder_til?: number;
  oppfølging?: { form: string; varighet_måneder?: number };
  kostnad_for_deltaker?: string;
}

export interface Goal {
  tekst: string;
  indikator?: string;
}

export interface Goals {
  hovedmål: Goal[];
  delmål: Goal[];
}

export interface SuccessFactor {
  tekst: string;
  beskrivelse?: string;
}

export interface Organisation {
  prosjekteier: string; // partner id
  arbeidsgiver: 'vertskommunen' | string; // partner or municipality id
  /** A short plain-text description of how the project is organised. */
  beskrivelse?: string;
  ansvar: string[];
  ressurser: {
    stillinger_minimum?: number;
    stillingstype?: string;
    kostnadsramme_per_år?: Amount;
    grunnlag?: string;
  };
}

export interface KnowledgeBase {
  rapport: { tittel: string; utgiver?: string; år: number; url?: string; formål?: string };
  funn: { tema: string; sammendrag: string; sider: string }[];
  oppsummering?: Markdown;
}

export interface ExistingStructure {
  navn: string;
  kommune?: string; // municipality id
  vedtatt?: DateText;
  beskrivelse: string;
}

export type PartnerType = 'fylkeskommune' | 'stat' | 'regionråd' | 'kommune' | 'annen';
export type ContributionForm = 'kontant' | 'naturalia';

export interface Contribution {
  form: ContributionForm;
  beskrivelse: string;
  beløp?: Amount;
  gjelder?: string;
}

export interface Partner {
  id: string;
  navn: string;
  type: PartnerType;
  orgnr?: string;
  rolle: string;
  bidrag?: Contribution[];
}

export interface ReferenceModel {
  navn: string;
  etablert?: number;
  beskrivelse?: string;
}

export type Participation = 'ja' | 'nei' | Unresolved;

export interface Municipality {
  id: string;
  navn: string;
  deltakelse: Participation;
  /** Attributes the content names itself (column name → yes/no or a short text). */
  egenskaper?: Record<string, boolean | string>;
  orgnr?: string;
}

export interface ProjectPeriod {
  start: DateText;
  slutt?: DateText;
  varighet_år?: number;
  avklart?: boolean;
  merknad?: string;
}

export type StepType = 'møte' | 'vedtak' | 'arbeid' | 'frist' | 'milepæl' | 'fase';

export interface TimelineStep {
  id: string;
  tittel: string;
  dato: DateText;
  type: StepType;
  avklart?: boolean;
  beskrivelse?: string;
}

export interface CostLine {
  id?: string;
  kategori: string;
  beskrivelse: string;
  /** Calendar year; missing means the whole project period. */
  år?: number;
  beløp: Amount;
}

export interface FinancingLine {
  kilde: string; // partner id
  form: ContributionForm;
  år?: number;
  beskrivelse?: string;
  beløp: Amount;
}

export interface Budget {
  kostnader: CostLine[];
  finansiering: FinancingLine[];
}

export interface OpenQuestion {
  id: string;
  spørsmål: string;
  ansvarlig?: string;
  frist?: DateText;
  /** What part of the content the question is about, e.g. 'vertskommune' or 'budsjett.finansiering'. */
  gjelder?: string;
}

export interface ProposedDecision {
  organ: string;
  punkter: string[];
}

export interface Attachment {
  tittel: string;
  url?: string;
  /** A PDF file inside the project folder, appended to the PDF outputs. */
  fil?: string;
}

export interface FunderRules {
  kortbeskrivelse_maks_tegn?: number;
  maks_andel_av_kostnader_prosent?: number;
  min_egenfinansiering_prosent?: number;
  maks_per_år?: number;
  maks_totalt?: number;
  min_søkt_beløp?: number;
  kun_kommune_kan_søke?: boolean;
}

export interface Signatory {
  navn: string;
  tittel: string;
  /** Partner or municipality id; default: the applicant, or the host municipality where only a municipality may apply. */
  organisasjon?: string;
}

export type DocumentType = 'prosjektbeskrivelse' | 'søknad';

export interface DocumentSpec {
  id: string;
  type: DocumentType;
  tittel: string;
  /** Partner id of the recipient (applications). */
  mottaker?: string;
  ordning?: string;
  frist?: DateText;
  frist_avklart?: boolean;
  søkt_beløp?: { år: number; beløp: Amount }[];
  regler?: FunderRules;
  /** Who signs the application; missing means not decided. */
  underskriver?: Signatory;
  /** Template file name under templates/, default from the type and recipient. */
  mal?: string;
}

export interface Project {
  prosjekt: Identity;
  tekster: Texts;
  målgruppe: TargetGroup;
  mål: Goals;
  suksessfaktorer?: SuccessFactor[];
  organisering: Organisation;
  kunnskapsgrunnlag?: KnowledgeBase;
  eksisterende_strukturer?: ExistingStructure[];
  vurdering_av_regionen?: Markdown;
  partnere: Partner[];
  referansemodeller?: ReferenceModel[];
  kommuner: Municipality[];
  /** Municipality id, or not decided yet. */
  vertskommune: string | Unresolved;
  prosjektperiode: ProjectPeriod;
  tidsplan: TimelineStep[];
  budsjett: Budget;
  åpne_spørsmål?: OpenQuestion[];
  forslag_til_vedtak?: ProposedDecision;
  vedlegg?: Attachment[];
  dokumenter: DocumentSpec[];
}
