/**
 * The document trees of the real sample project (content/felles-ansvar), built with the pipeline
 * (checkProject → deriveFacts → buildDocumentTree), and the blocks of a tree in document order.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../../src/content/check.js';
import { deriveFacts } from '../../src/facts/derive.js';
import { buildDocumentTree } from '../../src/document/build-tree.js';
import type { Block, DocumentTree } from '../../src/tree/types.js';
import type { PageMap } from '../../src/layout/page-map.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { tempFile } from './tools.js';

const DIR = 'content/felles-ansvar';

export async function sampleDocuments(): Promise<{ id: string; type: string; tree: DocumentTree }[]> {
  return projectDocuments(DIR);
}

/** Every project folder under content/ (others add samples; tests that must hold for all iterate). */
export function contentProjects(): string[] {
  return readdirSync('content')
    .map((name) => join('content', name))
    .filter((dir) => statSync(dir).isDirectory())
    .sort();
}

/** The document trees of the project in `dir`, as a draft. */
export async function projectDocuments(
  dir: string,
): Promise<{ id: string; type: string; tree: DocumentTree }[]> {
  const checked = await checkProject(dir, { final: false });
  if (!checked.project) throw new Error(JSON.stringify(checked.diagnostics.slice(0, 3)));
  const facts = deriveFacts(checked.project);
  return checked.project.dokumenter.map((doc) => {
    const { tree, diagnostics } = buildDocumentTree(checked.project!, facts, doc, {
      projectDir: dir,
      templatesDir: 'templates',
      draft: true,
    });
    if (!tree) throw new Error(JSON.stringify(diagnostics.slice(0, 3)));
    return { id: doc.id, type: doc.type, tree };
  });
}

/**
 * Every document of every project under content/ written as a PDF to a temporary file: its name
 * («content/<project>/<id>»), tree, page numbers and file.
 */
export async function allProjectPdfs(): Promise<
  { name: string; id: string; tree: DocumentTree; pages: PageMap; file: string }[]
> {
  const out = [];
  for (const dir of contentProjects()) {
    for (const { id, tree } of await projectDocuments(dir)) {
      const { bytes, pageMap } = await writePdf(tree);
      out.push({ name: `${dir}/${id}`, id, tree, pages: pageMap, file: tempFile(bytes, `${id}.pdf`) });
    }
  }
  return out;
}

/** Every block of the tree in document order, blocks inside lists and callouts included. */
export function allBlocks(blocks: Block[], out: Block[] = []): Block[] {
  for (const b of blocks) {
    out.push(b);
    if (b.type === 'list') for (const item of b.items) allBlocks(item.children, out);
    else if (b.type === 'callout') allBlocks(b.children, out);
  }
  return out;
}
