/** The differences between two snapshots of a project, in the order the summary lists them. */
import { GROUPS, type EntryKind, type FactsSnapshot, type Group, type SnapshotEntry } from './snapshot.js';
import { wordHunks, type WordHunk } from './words.js';

export interface Change {
  key: string;
  group: Group;
  kind: EntryKind;
  change: 'added' | 'removed' | 'changed';
  label: string;
  before: string | null;
  after: string | null;
  /** Where a text changed, word by word (texts only). */
  words?: WordHunk[];
  /** The documents (ids) that show this; absent when all do. */
  docs?: string[];
}

export interface ChangeSide {
  /** What was compared: a git ref, «arbeidskopien», or an output folder. */
  source: string;
  versjon: string | null;
  dato: string;
}

export interface ChangeReport {
  project: string;
  from: ChangeSide;
  to: ChangeSide;
  changes: Change[];
}

const ORDER = Object.keys(GROUPS) as Group[];

function docsOf(a: SnapshotEntry | undefined, b: SnapshotEntry | undefined): string[] | undefined {
  if (!a?.docs && !b?.docs) return undefined;
  if (!a?.docs || !b?.docs) return a && b ? undefined : (a ?? b)!.docs;
  return [...new Set([...a.docs, ...b.docs])].sort();
}

/** Every entry added, removed or changed from `before` to `after`, grouped as in GROUPS. */
export function diffSnapshots(before: FactsSnapshot, after: FactsSnapshot): Change[] {
  const keys = [
    ...Object.keys(after.entries),
    ...Object.keys(before.entries).filter((k) => !(k in after.entries)),
  ];
  const changes: Change[] = [];
  // An item that came or went is one change; its fields are not listed on their own.
  const cameOrWent = (key: string | undefined) =>
    key !== undefined && key in before.entries !== key in after.entries;
  for (const key of keys) {
    const a = before.entries[key];
    const b = after.entries[key];
    if (a && b && a.value === b.value) continue;
    const e = (b ?? a)!;
    if (cameOrWent(e.parent)) continue;
    const docs = docsOf(a, b);
    const change: Change = {
      key,
      group: e.group,
      kind: e.kind,
      change: !a ? 'added' : !b ? 'removed' : 'changed',
      label: e.label,
      before: a?.value ?? null,
      after: b?.value ?? null,
      ...(docs ? { docs } : {}),
    };
    if (a && b && e.kind === 'text') change.words = wordHunks(a.value, b.value);
    changes.push(change);
  }
  // Stable: by group, then in the order the entries have in the new version (removed ones last).
  const rank = (c: Change) => ORDER.indexOf(c.group);
  return changes
    .map((c, i) => [c, i] as const)
    .sort((x, y) => rank(x[0]) - rank(y[0]) || x[1] - y[1])
    .map(([c]) => c);
}
