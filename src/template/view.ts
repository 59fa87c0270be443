/**
 * The view a template sees. Keys are the Norwegian words of the content; derived numbers live under
 * `fakta`. Every string is escaped for Markdown, «ikke avklart» becomes the unresolved marker, and the
 * fields declared as Markdown (tekster.*, kunnskapsgrunnlag.oppsummering, vurdering_av_regionen) pass
 * through as SafeString. Numbers stay numbers for the formatting helpers.
 */
import type Handlebars from 'handlebars';
import type { FinancingMatrix, MatrixRow } from '../facts/budget.js';
import type { Facts } from '../facts/derive.js';
import type { DocumentSpec, Project, TextPlace } from '../model/project.js';
import { municipalityName, organisationName } from '../facts/applicant.js';
import { isUnresolvedValue, UNRESOLVED_TEXT } from '../format/unresolved.js';
import { formatList } from '../format/list.js';
import { dateBounds, parseDate } from '../model/dates.js';
import { percentOf } from '../facts/shares.js';
import { addSums, EMPTY_SUM, midpoint, type AmountSum } from '../facts/sum.js';
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
): { sum: AmountSum; andel: number | null; kilder: string[]; avklart: boolean } {
  const own = facts.budget.financing.bySource.filter(
    (s) => project.partnere.find((p) => p.id === s.source)?.type === 'kommune',
  );
  const sum = own.reduce<AmountSum>((acc, s) => addSums(acc, s.sum), EMPTY_SUM);
  const total = facts.budget.financing.total;
  const decided = facts.budget.financing.sharesDecided && own.length > 0;
  // The share of the sum, rounded once (not a sum of rounded shares).
  const andel = decided ? percentOf(midpoint(sum), midpoint(total)) : null;
  return { sum, andel, kilder: own.map((s) => s.name), avklart: decided };
}

/** A table row by year as templates see it: one sum per column, the row's sum and share. */
const matrixRow = (r: MatrixRow) => ({ navn: r.label, celler: r.cells, sum: r.total, andel: r.share });

/** The financing table: rows per source within cash and in-kind, subtotals, total; see finansieringsplan. */
function financingTable(m: FinancingMatrix) {
  return {
    kolonner: m.columns.map((c) => c.label),
    grupper: m.groups.map((g) => ({
      form: g.label,
      form_liten: g.label.toLowerCase(),
      rader: g.rows.map(matrixRow),
      delsum: m.groups.length > 1 ? matrixRow(g.subtotal) : null,
    })),
    beskrivelser: m.groups.flatMap((g) =>
      g.rows
        .filter((r) => r.descriptions.length > 0)
        .map((r) => ({ navn: r.label, form: g.label.toLowerCase(), tekst: r.descriptions.join('; ') })),
    ),
    sum: matrixRow(m.total),
    /** Some amount is an estimate (a range): the caption says how to read it. */
    anslag: m.total.total.low !== m.total.total.high,
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
      tabell: {
        kolonner: b.costs.matrix.columns.map((c) => c.label),
        rader: b.costs.matrix.rows.map(matrixRow),
        sum: matrixRow(b.costs.matrix.total),
        anslag: b.costs.matrix.total.total.low !== b.costs.matrix.total.total.high,
      },
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
      tabell: financingTable(b.financing.matrix),
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
        dato: s.date,
        foreløpig: s.tentative,
        beskrivelse: s.description,
      })),
      antall_steg: facts.timeline.steps.length,
      vedtak: facts.timeline.steps
        .filter((s) => s.type === 'vedtak')
        .map((s) => ({ tittel: s.title, tid: s.dateText, dato: s.date })),
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
      /** Something is applied for: stated in dokumenter.yaml or found in the budget's financing from the recipient. */
      finnes: app.appliedTotal.lines > 0,
      /** Every amount applied for is a number or an estimate (the sum can be put in a sentence). */
      avklart: app.appliedTotal.lines > 0 && app.appliedTotal.undecided === 0,
    },
  };
}

function hasAlternatives(date: string | undefined): boolean {
  return date !== undefined && parseDate(date)?.kind === 'alternatives';
}

function documentIso(date: string): string | null {
  const parsed = parseDate(date);
  return (parsed && dateBounds(parsed)?.start) ?? null;
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
  // Each partner with what the budget's financing plan has from it (null: nothing), so the partners
  // table shows the budget's amounts, not only the contributions described in partnere.yaml.
  plain.partnere = project.partnere.map((p) => ({
    ...p,
    finansiering: facts.budget.financing.bySource.find((s) => s.source === p.id)?.sum ?? null,
  }));
  Object.assign(plain, {
    dokument: {
      ...doc,
      frist: doc.frist ?? null,
      // A deadline with alternatives is open even without «frist_avklart: false».
      frist_avklart: (doc.frist_avklart ?? true) && !hasAlternatives(doc.frist),
      ordning: doc.ordning ?? null,
      mottaker_navn: app.recipient,
    },
    dokumentdato: opts.date,
    /** First day of the document's date (prosjekt.dato), for the tense helper; null when open. */
    dokumentdato_iso: documentIso(project.prosjekt.dato),
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
