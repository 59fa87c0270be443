/**
 * A compact snapshot of what a project's documents say, for comparing two versions: every amount, date,
 * name and text, keyed by a stable name (ids, years and sources rather than list positions) and already
 * formatted as the documents show it. The shapes and formatting live here; take-snapshot.ts makes one
 * from the facts (snapshot-facts.ts) and from every other field of the content (snapshot-fields.ts).
 */
import { sumStatus, type AmountSum } from '../facts/sum.js';
import { formatKronerRange } from '../format/number.js';
import { UNRESOLVED_TEXT } from '../format/unresolved.js';
import type { Amount } from '../model/project.js';

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

export const tentative = (text: string, isTentative: boolean) => (isTentative ? `${text} (foreløpig)` : text);

export class Entries {
  readonly map: Record<string, SnapshotEntry> = {};
  add(key: string, e: SnapshotEntry): void {
    let k = key;
    for (let n = 2; k in this.map; n++) k = `${key}#${n}`;
    this.map[k] = e;
  }
}

/** Lists whose items have an entry of their own, and the key prefix of that entry. */
export const ITEM_PREFIX: Record<string, string> = {
  partnere: 'partner',
  kommuner: 'kommune',
  dokumenter: 'dokument',
  åpne_spørsmål: 'spørsmål',
  tidsplan: 'tidsplan',
};
