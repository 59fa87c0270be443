import type { Diagnostic } from '../../diagnostics/types.js';
import type { Project } from '../../model/project.js';
import { pathToText } from '../../model/unresolved.js';
import type { LoadedProject } from '../load.js';

export type Path = (string | number)[];

/** What every domain rule gets: the typed project, where things are written, and a way to report. */
export interface RuleContext {
  project: Project;
  loaded: LoadedProject;
  final: boolean;
  /** Reports a problem at the node of `path` (or at its key with `atKey`). */
  report(
    severity: Diagnostic['severity'],
    rule: string,
    path: Path,
    message: string,
    hint?: string,
    atKey?: boolean,
  ): void;
  /** 'error' under --final, otherwise 'warning' (for things that are merely not decided yet). */
  draftSeverity: Diagnostic['severity'];
}

export function createContext(
  project: Project,
  loaded: LoadedProject,
  final: boolean,
  out: Diagnostic[],
): RuleContext {
  return {
    project,
    loaded,
    final,
    draftSeverity: final ? 'error' : 'warning',
    report(severity, rule, path, message, hint, atKey) {
      const loc = atKey ? loaded.locateKey(path) : loaded.locate(path);
      out.push({
        severity,
        rule,
        message,
        path: pathToText(path) || undefined,
        ...(loc ? { file: loc.file, start: loc.start } : { file: loaded.dir }),
        ...(hint ? { hint } : {}),
      });
    },
  };
}

/** «navn» quoted for messages. */
export const q = (s: string | number) => `«${s}»`;
export const field = (path: Path) => q(pathToText(path));
