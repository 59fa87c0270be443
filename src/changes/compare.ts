/**
 * Compares a project as it is now with an earlier version: a git ref (read from git objects) or the
 * output folder of an earlier build (read from its manifest). The earlier version goes through the
 * same loading, validation and facts as the current one.
 */
import { basename, resolve } from 'node:path';
import { isDirectory } from '../build/discover.js';
import { loadProjectFromMemory } from '../content/load-memory.js';
import { validateProject } from '../content/validate.js';
import { deriveFacts, type Facts } from '../facts/derive.js';
import type { Project } from '../model/project.js';
import { diffSnapshots, type ChangeReport } from './diff.js';
import { readVersion } from './git.js';
import { readManifestSnapshot } from './manifest-source.js';
import type { ChangeProblem } from './problem.js';
import type { FactsSnapshot } from './snapshot.js';
import { factsSnapshot } from './take-snapshot.js';

/** How the current version is named in the summary. */
export const WORK_TREE = 'arbeidskopien';
/** At most this many of the old version's errors are shown. */
const SHOWN_ERRORS = 5;

export function isProblem<T>(x: T | ChangeProblem): x is ChangeProblem {
  return typeof x === 'object' && x !== null && 'exitCode' in x && 'diagnostics' in x;
}

/** The snapshot of the project folder `dir` at a git ref. */
async function gitSnapshot(
  dir: string,
  ref: string,
): Promise<{ snapshot: FactsSnapshot; source: string } | ChangeProblem> {
  const version = await readVersion(dir, ref);
  if (isProblem(version)) return version;
  const { loaded, diagnostics } = loadProjectFromMemory(dir, version.files);
  const loadErrors = diagnostics.filter((d) => d.severity === 'error');
  let errors = loadErrors;
  let project: Project | undefined;
  if (loaded && loadErrors.length === 0) {
    const v = await validateProject(loaded, { final: false });
    // Files (images, attachments) are checked against today's folder; they do not change the facts.
    errors = v.diagnostics.filter((d) => d.severity === 'error' && !d.rule.startsWith('file/'));
    if (errors.length === 0) project = v.project ?? (loaded.data as unknown as Project);
  }
  if (!project) {
    const n = errors.length;
    return {
      exitCode: 1,
      diagnostics: [
        {
          severity: 'error',
          rule: 'changes/old-invalid',
          file: dir,
          message: `Versjonen «${ref}» av prosjektet består ikke kontrollen i denne versjonen av grantdocs (${n} feil), så den kan ikke sammenlignes`,
          hint: 'Feilene i den gamle versjonen står under. Sammenlign med en nyere versjon, eller med ut-mappen (manifest.json) fra et bygg av den gamle versjonen.',
        },
        ...errors.slice(0, SHOWN_ERRORS),
      ],
    };
  }
  return { snapshot: factsSnapshot(project, deriveFacts(project)), source: version.source };
}

/** Compares the current project (validated, with its facts) with `from`: an output folder or a git ref. */
export async function compareProject(
  dir: string,
  from: string,
  current: { project: Project; facts: Facts },
): Promise<ChangeReport | ChangeProblem> {
  const name = basename(resolve(dir));
  const old = (await isDirectory(from))
    ? await readManifestSnapshot(from, name)
    : await gitSnapshot(dir, from);
  if (isProblem(old)) return old;
  const now = factsSnapshot(current.project, current.facts);
  return {
    project: name,
    from: { source: old.source, versjon: old.snapshot.versjon, dato: old.snapshot.dato },
    to: { source: WORK_TREE, versjon: now.versjon, dato: now.dato },
    changes: diffSnapshots(old.snapshot, now),
  };
}
