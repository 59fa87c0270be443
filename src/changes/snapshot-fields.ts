/**
 * Snapshot entries for every field of the content the facts do not already show, found by a generic
 * walk: a field added to the schema shows up without code here. Amounts and dates are formatted as in
 * the documents, texts kept whole for the word-level view.
 */
import { formatDate } from '../format/date.js';
import { formatInteger } from '../format/number.js';
import { isUnresolvedValue } from '../format/unresolved.js';
import { parseDate } from '../model/dates.js';
import type { Amount, Project } from '../model/project.js';
import { Entries, formatAmount, ITEM_PREFIX, type Group } from './snapshot.js';

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
export function fieldEntries(project: Project, out: Entries): void {
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
