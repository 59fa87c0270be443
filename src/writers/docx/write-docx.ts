import { Document, Packer } from 'docx';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { DocumentTree } from '../../tree/types.js';
import { renderBlocks } from './blocks.js';
import { compileDocument } from './compile.js';
import { installFastFormat } from './fast-format.js';
import { createContext, orderedListStarts } from './context.js';
import { section, tableOfContents, titleBlock } from './furniture.js';
import { normaliseDocx, unzipPackage, type PackageFiles } from './normalise.js';
import type { PageMap } from '../../layout/page-map.js';
import { pagesOf } from '../page-numbers.js';
import { tableAltTexts } from './table-alt.js';
import { documentStyles, numberingConfig } from './styles.js';

export interface DocxResult {
  bytes: Uint8Array;
  diagnostics: Diagnostic[];
}

/**
 * Writes a document tree as a DOCX file. `pages` are the page numbers of the PDF's layout (the build passes
 * those of the PDF it wrote; without them the document is laid out here): Word styles, title block, table of contents, the tree's blocks,
 * page furniture and document properties; then a normalising pass makes the bytes depend on the tree
 * only (no clock, no random ids, no time zone, no other documents built in the same process).
 */
export async function writeDocx(tree: DocumentTree, pages: PageMap = pagesOf(tree)): Promise<DocxResult> {
  installFastFormat();
  const ctx = createContext(tree, pages);
  const { meta } = tree;
  const body = [
    ...titleBlock(meta),
    // Contents where the PDF has them: in a document long enough (layout/contents.ts).
    ...(pages.contents ? tableOfContents([...ctx.toc.values()]) : []),
    ...renderBlocks(tree.children, ctx),
  ];
  const doc = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: meta.author,
    keywords: meta.keywords.join(', '),
    description: `${meta.documentType}: ${meta.title}`,
    revision: 1,
    styles: documentStyles(),
    numbering: numberingConfig(orderedListStarts(tree.children)),
    sections: [section(meta, body, pages)],
  });
  const bytes = normaliseDocx(await packageFiles(doc, 'pages'), {
    isoDate: meta.isoDate,
    lang: meta.lang,
    tables: tableAltTexts(tree.children),
  });
  return { bytes, diagnostics: ctx.diagnostics };
}

/** The package's files before zipping: compiled directly where the docx release allows, else unzipped. */
async function packageFiles(doc: Document, variant: string): Promise<PackageFiles> {
  const files = compileDocument(doc, variant);
  if (files !== null) return files;
  const packed = await Packer.toBuffer(doc);
  return unzipPackage(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}
