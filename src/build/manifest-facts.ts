/**
 * The manifest's `facts` field: a compact snapshot of what the documents say (amounts, dates, names,
 * texts), so `grantdocs endringer --fra <ut-mappe>` can compare with this build without git.
 */
import type { FactsSnapshot } from '../changes/snapshot.js';
import { factsSnapshot } from '../changes/take-snapshot.js';
import type { Facts } from '../facts/derive.js';
import type { Project } from '../model/project.js';

export function manifestFacts(project: Project, facts: Facts): { facts: FactsSnapshot } {
  return { facts: factsSnapshot(project, facts) };
}
