/**
 * The facts of a previous build, read from its manifest (the field written by build/manifest-facts.ts),
 * for comparing without git. `folder` is the project's output folder or the output root above it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { problem, type ChangeProblem } from './problem.js';
import { SNAPSHOT_FORMAT, type FactsSnapshot } from './snapshot.js';

async function readJson(path: string): Promise<{ text?: string; missing: boolean }> {
  try {
    return { text: await readFile(path, 'utf8'), missing: false };
  } catch {
    return { missing: true };
  }
}

export async function readManifestSnapshot(
  folder: string,
  project: string,
): Promise<{ snapshot: FactsSnapshot; source: string } | ChangeProblem> {
  let path = join(folder, 'manifest.json');
  let read = await readJson(path);
  if (read.missing) {
    path = join(folder, project, 'manifest.json');
    read = await readJson(path);
  }
  if (read.missing)
    return problem(
      'changes/no-manifest',
      `Mappen «${folder}» har ingen manifest.json fra et tidligere bygg av «${project}»`,
      `Oppgi ut-mappen fra et tidligere bygg (for eksempel out/${project}), eller en versjon i git.`,
      2,
      folder,
    );
  let manifest: { project?: unknown; facts?: FactsSnapshot };
  try {
    manifest = JSON.parse(read.text!) as typeof manifest;
  } catch {
    return problem(
      'changes/bad-manifest',
      `${path} er ikke gyldig JSON`,
      'Filen er skadet eller redigert for hånd. Bygg den forrige versjonen på nytt.',
      1,
      path,
    );
  }
  if (typeof manifest.project === 'string' && manifest.project !== project)
    return problem(
      'changes/other-project',
      `${path} gjelder prosjektet «${manifest.project}», ikke «${project}»`,
      `Oppgi ut-mappen til «${project}», for eksempel out/${project}.`,
      2,
      path,
    );
  const facts = manifest.facts;
  if (!facts || typeof facts !== 'object' || typeof facts.entries !== 'object')
    return problem(
      'changes/no-facts',
      `${path} har ikke opplysningene som trengs for å sammenligne`,
      'Manifestet er laget av en eldre grantdocs. Bygg den forrige versjonen på nytt med denne versjonen, eller sammenlign med en versjon i git.',
      1,
      path,
    );
  if (facts.format !== SNAPSHOT_FORMAT)
    return problem(
      'changes/other-format',
      `${path} er laget av en annen versjon av grantdocs og kan ikke sammenlignes`,
      'Bygg den forrige versjonen på nytt med denne versjonen, eller sammenlign med en versjon i git.',
      1,
      path,
    );
  return { snapshot: facts, source: path.split('\\').join('/') };
}
