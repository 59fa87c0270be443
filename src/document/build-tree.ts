/**
 * One document from content to tree: facts and content → view → template (Markdown) → tree, with the
 * document's metadata. The build pipeline calls this once per document; nothing here writes files.
 */
import { internalLinkDiagnostics } from './internal-links.js';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Facts } from '../facts/derive.js';
import { formatDate } from '../format/date.js';
import type { DocumentSpec, Project } from '../model/project.js';
import { parseMarkup } from '../markup/parse.js';
import { renderTemplate } from '../template/render.js';
import { templateName } from './template-name.js';
import { dropNulls } from '../model/drop-nulls.js';
import { buildView } from '../template/view.js';
import type { DocumentTree } from '../tree/types.js';
import { documentMeta } from './meta.js';
import { openValueDiagnostics } from './open-values.js';

export interface TreeResult {
  markdown: string;
  tree?: DocumentTree;
  diagnostics: Diagnostic[];
}

export interface BuildTreeOptions {
  projectDir: string;
  templatesDir: string;
  draft: boolean;
  /** Search the tree for anything still open and report each as an error (the build's --final). */
  checkOpen?: boolean;
}

export { templateName } from './template-name.js';

/** SOURCE_DATE_EPOCH (seconds) as an ISO day, when set; it wins over the content date in metadata. */
function epochIsoDate(): string | undefined {
  const raw = process.env.SOURCE_DATE_EPOCH;
  if (!raw || !/^\d+$/.test(raw.trim())) return undefined;
  return new Date(Number(raw) * 1000).toISOString().slice(0, 10);
}

export function buildDocumentTree(
  given: Project,
  facts: Facts,
  doc: DocumentSpec,
  opts: BuildTreeOptions,
): TreeResult {
  const project = dropNulls(given);
  const diagnostics: Diagnostic[] = [];
  const iso = epochIsoDate();
  const meta = documentMeta(
    project,
    facts,
    doc,
    { projectDir: opts.projectDir, draft: opts.draft, ...(iso ? { isoDateOverride: iso } : {}) },
    diagnostics,
  );
  const view = buildView(
    project,
    facts,
    doc,
    { date: formatDate(project.prosjekt.dato), draft: opts.draft },
    Handlebars.SafeString,
  );
  const rendered = renderTemplate(opts.templatesDir, templateName(doc, project, opts.templatesDir), view);
  diagnostics.push(...rendered.diagnostics);
  if (rendered.diagnostics.some((d) => d.severity === 'error')) return { markdown: '', diagnostics };

  const locate = (line: number) => {
    const at = rendered.lines[line - 1];
    return at
      ? { file: rendered.files[at.file]!, start: { line: at.line, column: 1 } }
      : { file: rendered.template, start: { line, column: 1 } };
  };
  const parsed = parseMarkup(rendered.markdown, {
    imageBase: opts.projectDir,
    imageRoots: [opts.projectDir, opts.templatesDir],
    charts: {
      tidslinje: { title: 'Tidslinje', alt: facts.timeline.alt, data: facts.timeline.chart },
      finansiering: {
        title: 'Finansiering per år',
        alt: facts.financingChart.alt,
        data: facts.financingChart.data,
      },
    },
    locate,
  });
  diagnostics.push(...parsed.diagnostics);
  diagnostics.push(...internalLinkDiagnostics(parsed.children, doc.id));
  const tree: DocumentTree = { type: 'document', meta, children: parsed.children };
  // A final document must not hold anything open, wherever it came from (see open-values.ts).
  if (opts.checkOpen) diagnostics.push(...openValueDiagnostics(tree, locate));
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { markdown: rendered.markdown, ...(failed ? {} : { tree }), diagnostics };
}
