import type { Diagnostic } from '../diagnostics/types.js';
import type { Project } from '../model/project.js';
import type { LoadedProject } from './load.js';
import { createContext } from './rules/context.js';
import { checkAgreement } from './rules/agreement.js';
import { checkBudget } from './rules/budget.js';
import { characterDiagnostics } from './rules/characters.js';
import { fileDiagnostics } from './rules/files.js';
import { checkDates } from './rules/dates.js';
import { checkDocuments } from './rules/documents.js';
import { checkFunderRules } from './rules/funder.js';
import { checkHost } from './rules/host.js';
import { markdownDiagnostics } from './rules/markdown.js';
import { checkOpenValues } from './rules/open-values.js';
import { checkOrgnr } from './rules/orgnr.js';
import { checkReferences } from './rules/references.js';
import { checkSignatories } from './rules/signatory.js';
import { checkTemplates } from './rules/templates.js';
import { unresolvedDiagnostics } from './rules/unresolved.js';
import { schemaDiagnostics } from './schema-check.js';

/**
 * Sections every project must have, and the file they usually live in. The schema cannot require them
 * (it serves each file on its own for editor completion), so they are checked here for the whole folder.
 */
export const REQUIRED_SECTIONS: Record<string, string> = {
  prosjekt: 'prosjekt.yaml',
  tekster: 'prosjekt.yaml',
  målgruppe: 'prosjekt.yaml',
  mål: 'prosjekt.yaml',
  organisering: 'prosjekt.yaml',
  partnere: 'partnere.yaml',
  kommuner: 'partnere.yaml',
  vertskommune: 'partnere.yaml',
  prosjektperiode: 'tidsplan.yaml',
  tidsplan: 'tidsplan.yaml',
  budsjett: 'budsjett.yaml',
  dokumenter: 'dokumenter.yaml',
};

function missingSections(loaded: LoadedProject): Diagnostic[] {
  return Object.entries(REQUIRED_SECTIONS)
    .filter(([key]) => !(key in loaded.data))
    .map(([key, file]) => ({
      severity: 'error' as const,
      rule: 'schema/required',
      file: loaded.dir,
      path: key,
      message: `Seksjonen «${key}» mangler i prosjektet`,
      hint: `Legg til «${key}:» i en av filene i mappen, vanligvis ${file}.`,
    }));
}

/**
 * Validates loaded content in two passes: the JSON Schema (all errors at once), then the domain rules the
 * schema cannot express, which only run on data that passed the schema. Unresolved values are reported in
 * both cases: warnings in a draft, errors with `final`.
 */
export async function validateProject(
  loaded: LoadedProject,
  opts: { final: boolean; templatesDir?: string },
): Promise<{ project?: Project; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [...missingSections(loaded), ...schemaDiagnostics(loaded)];
  const shapeOk = diagnostics.length === 0;
  diagnostics.push(...unresolvedDiagnostics(loaded, opts.final));
  if (!shapeOk) return { diagnostics };
  const project = loaded.data as unknown as Project;
  const ctx = createContext(project, loaded, opts.final, diagnostics);
  checkDocuments(ctx);
  checkReferences(ctx);
  checkOrgnr(ctx);
  checkDates(ctx);
  checkBudget(ctx);
  checkHost(ctx);
  checkSignatories(ctx);
  checkTemplates(ctx, opts.templatesDir ?? 'templates');
  diagnostics.push(...markdownDiagnostics(loaded, project));
  diagnostics.push(...(await characterDiagnostics(loaded)));
  diagnostics.push(...(await fileDiagnostics(loaded, project)));
  // Funder rules compare sums; reversed ranges (budget/range) would make every comparison misleading.
  if (!diagnostics.some((d) => d.rule === 'budget/range')) {
    checkFunderRules(ctx);
    checkAgreement(ctx);
  }
  checkOpenValues(ctx);
  const failed = diagnostics.some((d) => d.severity === 'error');
  return failed ? { diagnostics } : { project, diagnostics };
}
