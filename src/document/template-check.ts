import type { Diagnostic } from '../diagnostics/types.js';
import { deriveFacts } from '../facts/derive.js';
import type { Project } from '../model/project.js';
import { buildDocumentTree } from './build-tree.js';

/**
 * The template errors `grantdocs build` would report for this project, for `grantdocs check`: every
 * document's template is filled in as the build does it (facts, view, Handlebars, partials), and the
 * diagnostics of rules `template/…` are kept. That covers syntax errors, unknown helpers, missing
 * partials, wrong block arguments, fields that do not exist and errors while filling in. Other things
 * the trees report (links, pictures, Markdown) stay with `build`. Call it only for a project without
 * content errors: the build does not fill in templates for one either.
 */
export function templateDiagnostics(
  project: Project,
  projectDir: string,
  templatesDir: string,
  final: boolean,
): Diagnostic[] {
  const facts = deriveFacts(project);
  const out: Diagnostic[] = [];
  for (const doc of project.dokumenter) {
    const { diagnostics } = buildDocumentTree(project, facts, doc, {
      projectDir,
      templatesDir,
      draft: !final,
      checkOpen: final,
    });
    out.push(...diagnostics.filter((d) => d.rule?.startsWith('template/')));
  }
  return out;
}
