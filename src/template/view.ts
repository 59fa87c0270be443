/**
 * The view a template sees. Keys are the Norwegian words of the content; derived numbers live under
 * `fakta`. Every string is escaped for Markdown, «ikke avklart» becomes the unresolved marker, and the
 * fields declared as Markdown (tekster.*, kunnskapsgrunnlag.oppsummering, vurdering_av_regionen) pass
 * through as SafeString. Numbers stay numbers for the formatting helpers.
 */
import type Handlebars from 'handlebars';
import type { Facts } from '../facts/derive.js';
import type { DocumentSpec, Project, TextPlace } from '../model/project.js';
import { municipalityName, organisationName } from '../facts/applicant.js';
import { isUnresolvedValue, UNRESOLVED_TEXT } from '../format/unresolved.js';
import { formatList } from '../format/list.js';
import { addSums, EMPTY_SUM, type AmountSum } from '../facts/sum.js';
import { escapeMarkdown, UNRESOLVED_MARKDOWN } from './escape.js';

type SafeStringCtor = typeof Handlebars.SafeString;

/** Deep copy with every string escaped; SafeStrings are kept as they are. */
export function escapeDeep(value: unknown, safe: SafeStringCtor): unknown {
  if (typeof value === 'string')
    return isUnresolvedValue(value) ? UNRESOLVED_MARKDOWN : escapeMarkdown(value);
  if (value instanceof safe) return value;
  if (Array.isArray(value)) return value.map((v) => escapeDeep(v, safe));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeDeep(v, safe);
    return out;
  }
  return value;
}

/** Texts with a fixed place in the templates; absent ones are null so `{{#if tekster.x}}` works. */
export const PLACED_TEXTS = ['utrulling', 'begrunnelse', 'finansieringsramme', 'overføringsverdi'] as const;

/** The places own texts can go (after the section of that name), as the templates mark them. */
export const TEXT_PLACES: TextPlace[] = [
  'bakgrunn',
  'modell',
  'situasjon',
  'mål',
  'målgruppe',
  'organisering',
  'tidsplan',
  'budsjett',
  'søknadsbeløp',
  'slutt',
];

/** The own texts of one document, by place: { mål: [{ overskrift, tekst }], … }. */
function ownTexts(project: Project, doc: DocumentSpec, safe: SafeStringCtor): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = Object.fromEntries(TEXT_PLACES.map((p) => [p, []]));
  for (const v of Object.values(project.tekster)) {
    if (typeof v !== 'object' || v === null) continue;
    if (v.dokumenter && !v.dokumenter.includes(doc.id)) continue;
    out[v.etter]?.push({ overskrift: v.overskrift, tekst: new safe(v.tekst) });
  }
  return out;
}

function markdownFields(project: Project, safe: SafeStringCtor): Partial<Project> {
  const tekster: Record<string, unknown> = Object.fromEntries(PLACED_TEXTS.map((k) => [k, null]));
  for (const [k, v] of Object.entries(project.tekster)) {
    if (typeof v !== 'string') continue;
    tekster[k] = k === 'kortbeskrivelse' ? v : new safe(v);
  }
  const out: Record<string, unknown> = { tekster };
  if (typeof project.kunnskapsgrunnlag?.oppsummering === 'string')
    out.kunnskapsgrunnlag = {
      ...project.kunnskapsgrunnlag,
      oppsummering: new safe(project.kunnskapsgrunnlag.oppsummering),
    };
  if (typeof project.vurdering_av_regionen === 'string')
    out.vurdering_av_regionen = new safe(project.vurdering_av_regionen);
  return out as Partial<Project>;
}

/** Optional content fields a template may test with #if: present as null so strict mode allows them. */
const OPTIONAL_TOP: (keyof Project)[] = [
  'suksessfaktorer',
  'kunnskapsgrunnlag',
  'eksisterende_strukturer',
  'vurdering_av_regionen',
  'referansemodeller',
  'åpne_spørsmål',
  'forslag_til_vedtak',
  'vedlegg',
];

/** The municipalities' own share of the financing (sources whose partner type is «kommune»). */
function ownFinancing(
  project: Project,
  facts: Facts,
): { sum: AmountSum; andel: number | null; kilder: string[] } {
  const own = facts.budget.financing.bySource.filter(
    (s) => project.partnere.find((p) => p.id === s.source)?.type === 'kommune',
  );
  const shares = own.map((s) => s.share);
  return {
    sum: own.reduce<AmountSum>((acc, s) => addSums(acc, s.sum), EMPTY_SUM),
    andel: own.length && shares.every((x) => x !== null) ? shares.reduce<number>((a, x) => a + x!, 0) : null,
    kilder: own.map((s) => s.name),
  };
}

/** The region's situation has something to show: findings, a summary, structures or an assessment. */
function hasSituation(p: Project): boolean {
  const k = p.kunnskapsgrunnlag;
  return Boolean(
    (k && (k.funn?.length || k.oppsummering || k.rapport?.formål)) ||
    p.eksisterende_strukturer?.length ||
    p.vurdering_av_regionen,
  );
}

const PARTICIPATION: Record<string, string> = { ja: 'Ja', nei: 'Nei' };

/** The municipality table: participation and one column per attribute the content names. */
function municipalityTable(project: Project): { kolonner: string[]; rader: unknown[] } {
  const columns = [...new Set(project.kommuner.flatMap((k) => Object.keys(k.egenskaper ?? {})))];
  const cell = (v: boolean | string | undefined) =>
    v === undefined ? '–' : typeof v === 'boolean' ? (v ? 'Ja' : 'Nei') : v;
  return {
    kolonner: columns,
    rader: project.kommuner.map((k) => ({
      navn: k.navn,
      deltakelse: PARTICIPATION[k.deltakelse] ?? k.deltakelse,
      verdier: columns.map((c) => cell(k.egenskaper?.[c])),
    })),
  };
}

function factsView(project: Project, facts: Facts, doc: DocumentSpec): Record<string, unknown> {
  const b = facts.budget;
  const app = facts.documents[doc.id]!;
  const m = facts.municipalities;
  return {
    kostnader: {
      linjer: b.costs.lines.map((l) => ({
        kategori: l.category,
        beskrivelse: l.description,
        år: l.yearLabel,
        beløp: l.amount,
      })),
      sum: b.costs.total,
      per_år: b.costs.byYear.map((y) => ({ år: y.label, sum: y.sum })),
      per_kategori: b.costs.byCategory.map((c) => ({ kategori: c.category, sum: c.sum })),
    },
    finansiering: {
      linjer: b.financing.lines.map((l) => ({
        kilde: l.sourceName,
        form: l.formLabel,
        år: l.yearLabel,
        beskrivelse: l.description,
        beløp: l.amount,
        andel: l.share,
      })),
      sum: b.financing.total,
      sum_andel: b.financing.sharesDecided ? 100 : null,
      per_år: b.financing.byYear.map((y) => ({ år: y.label, sum: y.sum })),
      per_kilde: b.financing.bySource.map((s) => ({ navn: s.name, sum: s.sum, andel: s.share })),
      per_form: b.financing.byForm.map((f) => ({ form: f.label, sum: f.sum })),
      andeler_avklart: b.financing.sharesDecided,
      egenfinansiering: ownFinancing(project, facts),
      diagram_alt: facts.financingChart.alt,
    },
    balanse: {
      differanse: b.balance.total,
      i_balanse: b.balance.balanced,
      per_år: b.balance.byYear.map((y) => ({
        år: y.label,
        kostnader: y.costs,
        finansiering: y.financing,
        differanse: y.difference,
      })),
    },
    periode: {
      start: facts.period.start,
      slutt: facts.period.end,
      tekst: facts.period.text,
      år: facts.period.years,
      foreløpig: facts.period.tentative,
      merknad: facts.period.note,
    },
    tidsplan: {
      steg: facts.timeline.steps.map((s) => ({
        tittel: s.title,
        type: s.type,
        tid: s.dateText,
        foreløpig: s.tentative,
        beskrivelse: s.description,
      })),
      antall_steg: facts.timeline.steps.length,
      vedtak: facts.timeline.steps
        .filter((s) => s.type === 'vedtak')
        .map((s) => ({ tittel: s.title, tid: s.dateText })),
      fra: facts.timeline.spanText.from,
      til: facts.timeline.spanText.to,
      diagram_alt: facts.timeline.alt,
    },
    kommuner: {
      alle: formatList(m.all),
      antall: m.all.length,
      deltakende: m.participating.length ? formatList(m.participating) : null,
      uavklart: m.undecided.length ? formatList(m.undecided) : null,
      avslått: m.declined.length ? formatList(m.declined) : null,
      alle_deltar: m.all.length > 0 && m.participating.length === m.all.length,
      alle_uavklart: m.all.length > 0 && m.undecided.length === m.all.length,
      flere: m.all.length > 1,
      vertskommune: m.host ? municipalityName(m.host) : 'ikke avklart',
      tabell: municipalityTable(project),
    },
    én_stilling: project.organisering.ressurser.stillinger_minimum === 1,
    uavklart: facts.unresolved.map((u) => ({ hva: u.label, spørsmål: u.question, ansvarlig: u.responsible })),
    søkt: {
      per_år: app.applied.map((a) => ({ år: a.year, beløp: a.amount })),
      sum: app.appliedTotal,
    },
  };
}

export interface ViewOptions {
  /** Document date as shown. */
  date: string;
  draft: boolean;
}

export function buildView(
  project: Project,
  facts: Facts,
  doc: DocumentSpec,
  opts: ViewOptions,
  safe: SafeStringCtor,
): Record<string, unknown> {
  const partner = (id: string | undefined) => project.partnere.find((p) => p.id === id);
  const app = facts.documents[doc.id]!;
  const contact = project.prosjekt.kontaktperson;
  const marked = (text: string) =>
    new safe(
      escapeMarkdown(text).replaceAll(`(${UNRESOLVED_TEXT.toLowerCase()})`, `(${UNRESOLVED_MARKDOWN})`),
    );
  const employer = organisationName(project, facts.municipalities, project.organisering.arbeidsgiver, true);
  const plain: Record<string, unknown> = {};
  for (const key of OPTIONAL_TOP) plain[key] = null;
  Object.assign(plain, project, markdownFields(project, safe));
  Object.assign(plain, {
    dokument: {
      ...doc,
      frist: doc.frist ?? null,
      frist_avklart: doc.frist_avklart ?? true,
      ordning: doc.ordning ?? null,
      mottaker_navn: app.recipient,
    },
    dokumentdato: opts.date,
    utkast: opts.draft,
    søker: {
      organisasjon: app.applicant.organisation ?? 'ikke avklart',
      via: app.applicant.via ? marked(app.applicant.via) : null,
      på_vegne_av: app.applicant.onBehalfOf ? marked(app.applicant.onBehalfOf) : null,
      tekst: marked(app.applicant.text),
      kommune_søker: app.applicant.municipalityApplies,
    },
    underskriver:
      doc.type !== 'søknad' && doc.underskriver === undefined
        ? {
            navn: contact.navn,
            tittel: contact.rolle,
            organisasjon: partner(contact.organisasjon)?.navn ?? contact.organisasjon ?? null,
          }
        : {
            navn: app.signatory.name ?? 'ikke avklart',
            tittel: app.signatory.title ?? 'ikke avklart',
            organisasjon: app.signatory.organisation ?? 'ikke avklart',
          },
    arbeidsgiver: employer ?? new safe(`vertskommunen (${UNRESOLVED_MARKDOWN})`),
    egne_tekster: ownTexts(project, doc, safe),
    situasjon: hasSituation(project),
    kontaktperson: {
      navn: contact.navn,
      rolle: contact.rolle,
      organisasjon: partner(contact.organisasjon)?.navn ?? contact.organisasjon ?? null,
      epost: contact.epost ?? null,
      telefon: contact.telefon ?? null,
    },
    eier: partner(project.organisering.prosjekteier)?.navn ?? project.organisering.prosjekteier,
    fakta: factsView(project, facts, doc),
  });
  return escapeDeep(plain, safe) as Record<string, unknown>;
}
