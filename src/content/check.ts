import type { Diagnostic } from '../diagnostics/types.js';
import type { Project } from '../model/project.js';
import { loadProject, type LoadedProject } from './load.js';
import { validateProject } from './validate.js';
import { cleanStrings } from './clean-text.js';

/** Loads and validates a project folder; `project` is set when there are no errors. */
export async function checkProject(
  dir: string,
  opts: { final: boolean; templatesDir?: string },
): Promise<{ loaded?: LoadedProject; project?: Project; diagnostics: Diagnostic[] }> {
  const { loaded, diagnostics } = await loadProject(dir);
  if (!loaded) return { diagnostics };
  if (diagnostics.some((d) => d.severity === 'error')) return { loaded, diagnostics };
  const v = await validateProject(loaded, opts);
  const all = [...diagnostics, ...v.diagnostics];
  return v.project
    ? { loaded, project: cleanStrings(v.project), diagnostics: all }
    : { loaded, diagnostics: all };
}
