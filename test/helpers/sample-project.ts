import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Project } from '../../src/model/project.js';

/** The sample project's folder (content/felles-ansvar). */
export const SAMPLE_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'content',
  'felles-ansvar',
);
/** The repository's templates folder. */
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

/**
 * Loads the sample project without the content loader: reads every YAML file of the folder, merges their
 * top-level keys and casts the result (the sample is already in the validated shape).
 */
export function loadSampleProject(): Project {
  const merged: Record<string, unknown> = {};
  for (const name of readdirSync(SAMPLE_DIR).sort()) {
    if (!name.endsWith('.yaml')) continue;
    Object.assign(merged, parse(readFileSync(join(SAMPLE_DIR, name), 'utf8')) as Record<string, unknown>);
  }
  return merged as unknown as Project;
}

/** The sample project changed by `patch`, which edits a fresh copy in place (as editing the YAML would). */
export function loadSampleProjectWith(patch: (project: Project) => void): Project {
  const project = loadSampleProject();
  patch(project);
  return project;
}
