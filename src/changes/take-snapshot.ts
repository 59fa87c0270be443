import type { Facts } from '../facts/derive.js';
import { formatDate } from '../format/date.js';
import type { Project } from '../model/project.js';
import { factEntries } from './snapshot-facts.js';
import { fieldEntries } from './snapshot-fields.js';
import { Entries, SNAPSHOT_FORMAT, type FactsSnapshot } from './snapshot.js';

/** The snapshot of a validated project and its facts. */
export function factsSnapshot(project: Project, facts: Facts): FactsSnapshot {
  const out = new Entries();
  factEntries(project, facts, out);
  fieldEntries(project, out);
  return {
    format: SNAPSHOT_FORMAT,
    versjon: project.prosjekt.versjon ?? null,
    dato: formatDate(project.prosjekt.dato),
    entries: out.map,
  };
}
