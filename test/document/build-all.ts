import { deriveFacts } from '../../src/facts/derive.js';
import { buildDocumentTree, type TreeResult } from '../../src/document/build-tree.js';
import type { Project } from '../../src/model/project.js';
import { SAMPLE_DIR, TEMPLATES_DIR } from '../helpers/sample-project.js';

/** Builds every document of a project with the repository's templates. */
export function buildAll(project: Project, draft = false, projectDir = SAMPLE_DIR): Map<string, TreeResult> {
  const facts = deriveFacts(project);
  return new Map(
    project.dokumenter.map((doc) => [
      doc.id,
      buildDocumentTree(project, facts, doc, { projectDir, templatesDir: TEMPLATES_DIR, draft }),
    ]),
  );
}
