import type { RuleContext } from './context.js';

/** document/none: a project with an empty «dokumenter» list builds nothing, which is never the intent. */
export function checkDocuments(ctx: RuleContext): void {
  if (ctx.project.dokumenter.length > 0) return;
  ctx.report(
    'error',
    'document/none',
    ['dokumenter'],
    'Listen «dokumenter» er tom, så det er ingen dokumenter å bygge',
    'Legg til minst ett dokument, for eksempel «- id: prosjektbeskrivelse», «type: prosjektbeskrivelse» og «tittel: …».',
  );
}
