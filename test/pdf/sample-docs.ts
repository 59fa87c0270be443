/**
 * The document trees of the real sample project (content/felles-ansvar), built with the pipeline
 * (checkProject → deriveFacts → buildDocumentTree), and the blocks of a tree in document order.
 */
import { checkProject } from '../../src/content/check.js';
import { deriveFacts } from '../../src/facts/derive.js';
import { buildDocumentTree } from '../../src/document/build-tree.js';
import type { Block, DocumentTree } from '../../src/tree/types.js';

const DIR = 'content/felles-ansvar';

export async function sampleDocuments(): Promise<{ id: string; type: string; tree: DocumentTree }[]> {
  const checked = await checkProject(DIR, { final: false });
  if (!checked.project) throw new Error(JSON.stringify(checked.diagnostics.slice(0, 3)));
  const facts = deriveFacts(checked.project);
  return checked.project.dokumenter.map((doc) => {
    const { tree, diagnostics } = buildDocumentTree(checked.project!, facts, doc, {
      projectDir: DIR,
      templatesDir: 'templates',
      draft: true,
    });
    if (!tree) throw new Error(JSON.stringify(diagnostics.slice(0, 3)));
    return { id: doc.id, type: doc.type, tree };
  });
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
