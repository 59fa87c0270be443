/**
 * A compact snapshot of what a project's documents say, for comparing two versions: every amount, date,
 * name and text, keyed by a stable name (ids, years and sources rather than list positions) and already
 * formatted as the documents show it. The sums come from the facts; every other field of the content
 * is picked up by a generic walk, so a field added to the schema shows up without code here.
 */
import type { Facts } from '../facts/derive.js';
import { sumStatus, type AmountSum } from '../facts/sum.js';
import { formatDate } from '../format/date.js';
import { formatInteger, formatKronerRange } from '../format/number.js';
import { isUnresolvedValue, UNRESOLVED_TEXT } from '../format/unresolved.js';
import { parseDate } from '../model/dates.js';
import type { Amount, Project } from '../model/project.js';

/** What a change is about; the summary lists the groups in this order. */
export const GROUPS = {
  versjon: 'Versjon og dato',
  beløp: 'Beløp',
  datoer: 'Datoer og perioder',
  partnere: 'Partnere',
  kommuner: 'Kommuner',
  spørsmål: 'Åpne spørsmål og uavklarte punkter',
  dokumenter: 'Dokumenter',
  tekster: 'Tekster',
  annet: 'Andre opplysninger',
} as const;
export type Group = keyof typeof GROUPS;

/** value: one formatted value; item: something present or not (a partner, a question); text: prose. */
export type EntryKind = 'value' | 'item' | 'text';

export interface SnapshotEntry {
  group: Group;
  kind: EntryKind;
  /** What the value is, in Norwegian: «Kostnader 2026», «Partner», «tekster.bakgrunn». */
  label: string;
  /** The value as the documents show it. */
  value: string;
  /** The documents (ids) this belongs to; absent when every document shows it. */
  docs?: string[];
  /** The entry of the item this is part of (a partner, a question): not listed when that comes or goes. */
  parent?: string;
}

export interface FactsSnapshot {
  /** Raised when the meaning of the entries changes; a snapshot of another format is not compared. */
  format: 1;
  versjon: string | null;
  /** The content's date, formatted. */
  dato: string;
  entries: Record<string, SnapshotEntry>;
}

export const SNAPSHOT_FORMAT = 1;

/** A sum as the documents write it: «7 500 000–9 000 000 kr + Ikke avklart», «Ikke avklart», «–». */
export function formatSum(s: AmountSum): string {
  switch (sumStatus(s)) {
    case 'empty':
      return '–';
    case 'undecided':
      return UNRESOLVED_TEXT;
    case 'partial':
      return `${formatKronerRange(s.low, s.high)} + ${UNRESOLVED_TEXT}`;
    default:
      return formatKronerRange(s.low, s.high);
  }
}

export function formatAmount(a: Amount): string {
  if (typeof a === 'number') return formatKronerRange(a, a);
  if (typeof a === 'object' && a !== null) return formatKronerRange(a.fra, a.til);
  return UNRESOLVED_TEXT;
}

const tentative = (text: string, isTentative: boolean) => (isTentative ? `${text} (foreløpig)` : text);

class Entries {
  readonly map: Record<string, SnapshotEntry> = {};
  add(key: string, e: SnapshotEntry): void {
    let k = key;
    for (let n = 2; k in this.map; n++) k = `${key}#${n}`;
    this.map[k] = e;
  }
}

function amounts(project: Project, facts: Facts, out: Entries): void {
  const { costs, financing } = facts.budget;
  for (const y of costs.byYear)
    out.add(`beløp/kostnader/${y.label}`, {
      group: 'beløp',
      kind: 'value',
      label: `Kostnader ${y.label}`,
      value: formatSum(y.sum),
    });
  out.add('beløp/kostnader', {
    group: 'beløp',
    kind: 'value',
    label: 'Kostnader totalt',
    value: formatSum(costs.total),
  });
  for (const c of costs.byCategory)
    out.add(`beløp/kategori/${c.category}`, {
      group: 'beløp',
      kind: 'value',
      label: `Kostnader, ${c.category}`,
      value: formatSum(c.sum),
    });
  // Financing per source and year, and per source in total.
  const bySourceYear = new Map<string, { name: string; year: string; sum: AmountSum }>();
  for (const l of financing.lines) {
    const key = `${l.source}/${l.yearLabel}`;
    const prev = bySourceYear.get(key);
    const line = addLine(prev?.sum, l.amount);
    bySourceYear.set(key, { name: l.sourceName, year: l.yearLabel, sum: line });
  }
  for (const [key, v] of bySourceYear)
    out.add(`beløp/finansiering/${key}`, {
      group: 'beløp',
      kind: 'value',
      label: `Finansiering fra ${v.name}, ${v.year}`,
      value: formatSum(v.sum),
    });
  for (const s of financing.bySource)
    out.add(`beløp/finansiering/${s.source}`, {
      group: 'beløp',
      kind: 'value',
      label: `Finansiering fra ${s.name}, totalt`,
      value: formatSum(s.sum),
    });
  for (const y of financing.byYear)
    out.add(`beløp/finansiering-år/${y.label}`, {
      group: 'beløp',
      kind: 'value',
      label: `Finansiering ${y.label}`,
      value: formatSum(y.sum),
    });
  out.add('beløp/finansiering', {
    group: 'beløp',
    kind: 'value',
    label: 'Finansiering totalt',
    value: formatSum(financing.total),
  });
  for (const doc of project.dokumenter) {
    const f = facts.documents[doc.id];
    if (!f || f.applied.length === 0) continue;
    for (const a of f.applied)
      out.add(`beløp/søkt/${doc.id}/${a.year}`, {
        group: 'beløp',
        kind: 'value',
        label: `Søkt beløp ${a.year} (${doc.tittel})`,
        value: formatAmount(a.amount),
        docs: [doc.id],
        parent: `dokument/${doc.id}`,
      });
    out.add(`beløp/søkt/${doc.id}`, {
      group: 'beløp',
      kind: 'value',
      label: `Søkt beløp totalt (${doc.tittel})`,
      value: formatSum(f.appliedTotal),
      docs: [doc.id],
      parent: `dokument/${doc.id}`,
    });
  }
}

function addLine(sum: AmountSum | undefined, amount: Amount): AmountSum {
  const s = sum ?? { low: 0, high: 0, undecided: 0, lines: 0 };
  if (typeof amount === 'number')
    return { ...s, low: s.low + amount, high: s.high + amount, lines: s.lines + 1 };
  if (typeof amount === 'object' && amount !== null)
    return { ...s, low: s.low + amount.fra, high: s.high + amount.til, lines: s.lines + 1 };
  return { ...s, undecided: s.undecided + 1, lines: s.lines + 1 };
}

function datesAndPeople(project: Project, facts: Facts, out: Entries): void {
  const p = project.prosjekt;
  out.add('versjon', { group: 'versjon', kind: 'value', label: 'Versjon', value: p.versjon ?? '–' });
  out.add('dato', { group: 'versjon', kind: 'value', label: 'Dato', value: formatDate(p.dato) });
  out.add('periode', {
    group: 'datoer',
    kind: 'value',
    label: 'Prosjektperiode',
    value: tentative(facts.period.text, facts.period.tentative),
  });
  for (const s of facts.timeline.steps)
    out.add(`tidsplan/${s.id}`, {
      group: 'datoer',
      kind: 'value',
      label: `Tidsplan: ${s.title}`,
      value: tentative(s.dateText, s.tentative),
    });
  for (const d of project.dokumenter) {
    out.add(`dokument/${d.id}`, { group: 'dokumenter', kind: 'item', label: 'Dokument', value: d.tittel });
    if (d.frist !== undefined)
      out.add(`frist/${d.id}`, {
        group: 'datoer',
        kind: 'value',
        label: `Søknadsfrist (${d.tittel})`,
        value: tentative(formatDate(d.frist), d.frist_avklart === false),
        docs: [d.id],
        parent: `dokument/${d.id}`,
      });
  }
  for (const partner of project.partnere)
    out.add(`partner/${partner.id}`, {
      group: 'partnere',
      kind: 'item',
      label: 'Partner',
      value: partner.navn,
    });
  for (const k of project.kommuner) {
    out.add(`kommune/${k.id}`, { group: 'kommuner', kind: 'item', label: 'Kommune', value: k.navn });
    out.add(`kommune/${k.id}/deltakelse`, {
      group: 'kommuner',
      kind: 'value',
      label: `Deltakelse, ${k.navn}`,
      value: isUnresolvedValue(k.deltakelse) ? UNRESOLVED_TEXT : k.deltakelse,
      parent: `kommune/${k.id}`,
    });
  }
  out.add('vertskommune', {
    group: 'kommuner',
    kind: 'value',
    label: 'Vertskommune',
    value: facts.municipalities.host ?? UNRESOLVED_TEXT,
  });
  for (const q of project.åpne_spørsmål ?? [])
    out.add(`spørsmål/${q.id}`, {
      group: 'spørsmål',
      kind: 'item',
      label: 'Åpent spørsmål',
      value: q.spørsmål,
    });
  for (const u of facts.unresolved) {
    const parent = parentOf(project, u.path);
    out.add(`uavklart/${u.label}`, {
      group: 'spørsmål',
      kind: 'item',
      label: 'Ikke avklart',
      value: u.label,
      ...(parent ? { parent } : {}),
    });
  }
}

/** Lists whose items have an entry of their own, and the key prefix of that entry. */
const ITEM_PREFIX: Record<string, string> = {
  partnere: 'partner',
  kommuner: 'kommune',
  dokumenter: 'dokument',
  åpne_spørsmål: 'spørsmål',
  tidsplan: 'tidsplan',
};

/** The item entry a content path (budsjett.finansiering[0].beløp, kommuner[5].deltakelse) belongs to. */
function parentOf(project: Project, path: string): string | undefined {
  const m = /^([^.[]+)\[(\d+)\]/.exec(path);
  const prefix = m ? ITEM_PREFIX[m[1]!] : undefined;
  if (!m || !prefix) return undefined;
  const list = (project as unknown as Record<string, unknown>)[m[1]!];
  const item = Array.isArray(list) ? (list[Number(m[2])] as { id?: unknown } | undefined) : undefined;
  return typeof item?.id === 'string' ? `${prefix}/${item.id}` : undefined;
}

/** Fields the entries above already show (`*` is any list item); the generic walk skips them. */
const SHOWN = new Set([
  'prosjekt.versjon',
  'prosjekt.dato',
  'prosjektperiode.start',
  'prosjektperiode.slutt',
  'prosjektperiode.varighet_år',
  'prosjektperiode.avklart',
  'tidsplan.*.dato',
  'tidsplan.*.avklart',
  'budsjett.kostnader.*.beløp',
  'budsjett.kostnader.*.år',
  'budsjett.finansiering.*.beløp',
  'budsjett.finansiering.*.år',
  'budsjett.finansiering.*.kilde',
  'budsjett.finansiering.*.form',
  'dokumenter.*.tittel',
  'dokumenter.*.frist',
  'dokumenter.*.frist_avklart',
  'dokumenter.*.søkt_beløp',
  'partnere.*.navn',
  'kommuner.*.navn',
  'kommuner.*.deltakelse',
  'vertskommune',
  'åpne_spørsmål.*.spørsmål',
]);

const GROUP_OF_SECTION: Record<string, Group> = {
  partnere: 'partnere',
  kommuner: 'kommuner',
  åpne_spørsmål: 'spørsmål',
  dokumenter: 'dokumenter',
};

const AMOUNT_KEY = /beløp|kostnad(sramme)?_per_år|^maks_per_år$|^maks_totalt$/;
const DATE_KEY = /^(dato|frist|start|slutt|vedtatt)$/;
const YEAR_KEY = /^(år|etablert|alder_fra|alder_til)$|_år$|_måneder$|_tegn$|_prosent$/;
/** A text of at least this many words is compared word by word. */
const TEXT_WORDS = 8;

function isRange(v: unknown): v is { fra: number; til: number } {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).length === 2 &&
    typeof (v as Record<string, unknown>).fra === 'number' &&
    typeof (v as Record<string, unknown>).til === 'number'
  );
}

/** The key of a list item: its id, else its year, else its position (1-based). */
function itemKey(item: unknown, i: number): string {
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const o = item as Record<string, unknown>;
    if (typeof o.id === 'string') return o.id;
    if (typeof o.år === 'number' && Object.keys(o).length <= 3) return String(o.år);
  }
  return String(i + 1);
}

/** Every other leaf of the content: amounts and dates formatted, texts kept whole for a word view. */
function otherFields(project: Project, out: Entries): void {
  const visit = (
    v: unknown,
    pattern: string[],
    shown: string[],
    key: string,
    docs?: string[],
    parent?: string,
  ): void => {
    if (SHOWN.has(pattern.join('.'))) return;
    const label = shown.join('');
    const top = pattern[0]!;
    const base = { label, ...(docs ? { docs } : {}), ...(parent ? { parent } : {}) };
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) {
      if (v.every((x) => x === null || typeof x !== 'object')) {
        const text = v.map((x) => String(x)).join('\n');
        out.add(`felt/${label}`, {
          ...base,
          group: GROUP_OF_SECTION[top] ?? 'tekster',
          kind: 'text',
          value: text,
        });
        return;
      }
      v.forEach((item, i) => {
        const k = itemKey(item, i);
        const topItem = pattern.length === 1 && typeof (item as { id?: unknown })?.id === 'string';
        const itemDocs = top === 'dokumenter' && topItem ? [k] : docs;
        const itemParent = topItem && ITEM_PREFIX[top] ? `${ITEM_PREFIX[top]}/${k}` : parent;
        visit(item, [...pattern, '*'], [...shown, `[${k}]`], k, itemDocs, itemParent);
      });
      return;
    }
    if (isRange(v) || (AMOUNT_KEY.test(key) && (typeof v === 'number' || isUnresolvedValue(v)))) {
      out.add(`felt/${label}`, { ...base, group: 'beløp', kind: 'value', value: formatAmount(v as Amount) });
      return;
    }
    if (typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (k === 'id') continue;
        visit(child, [...pattern, k], [...shown, shown.length ? `.${k}` : k], k, docs, parent);
      }
      return;
    }
    const group = GROUP_OF_SECTION[top];
    if (typeof v === 'boolean') {
      out.add(`felt/${label}`, { ...base, group: group ?? 'annet', kind: 'value', value: v ? 'ja' : 'nei' });
      return;
    }
    if (typeof v === 'number') {
      const value = YEAR_KEY.test(key) ? String(v) : formatInteger(v);
      out.add(`felt/${label}`, { ...base, group: group ?? 'annet', kind: 'value', value });
      return;
    }
    const text = String(v);
    if (DATE_KEY.test(key) && (parseDate(text) !== null || isUnresolvedValue(text))) {
      out.add(`felt/${label}`, { ...base, group: 'datoer', kind: 'value', value: formatDate(text) });
      return;
    }
    const long = text.split(/\s+/).filter(Boolean).length >= TEXT_WORDS;
    out.add(`felt/${label}`, {
      ...base,
      // The named texts of a project read as «Teksten «bakgrunn»»; other fields by their path.
      ...(top === 'tekster' && pattern.length === 2 ? { label: `Teksten «${key}»` } : {}),
      group: group ?? (long ? 'tekster' : 'annet'),
      kind: long ? 'text' : 'value',
      value: text,
    });
  };
  for (const [k, v] of Object.entries(project)) visit(v, [k], [k], k);
}

/** The snapshot of a validated project and its facts. */
export function factsSnapshot(project: Project, facts: Facts): FactsSnapshot {
  const out = new Entries();
  datesAndPeople(project, facts, out);
  amounts(project, facts, out);
  otherFields(project, out);
  return {
    format: SNAPSHOT_FORMAT,
    versjon: project.prosjekt.versjon ?? null,
    dato: formatDate(project.prosjekt.dato),
    entries: out.map,
  };
}
