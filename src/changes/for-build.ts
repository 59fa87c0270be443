import type { Facts } from '../facts/derive.js';
import type { Project } from '../model/project.js';
import type { ChangeReport } from './diff.js';
import type { ChangeProblem } from './problem.js';

/** The comparison a build with --endringer-fra adds to its documents (loaded only when asked for). */
export async function changesForBuild(
  dir: string,
  from: string,
  project: Project,
  facts: Facts,
): Promise<ChangeReport | ChangeProblem> {
  const { compareProject } = await import('./compare.js');
  return compareProject(dir, from, { project, facts });
}
