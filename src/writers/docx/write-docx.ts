import { Document, Packer } from 'docx';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { DocumentTree } from '../../tree/types.js';
import { renderBlocks } from './blocks.js';
import { createContext, orderedListStarts } from './context.js';
import { section, tableOfContents, titleBlock } from './furniture.js';
import { normaliseDocx, unzipPackage, type PackageFiles } from './normalise.js';
import { documentStyles, numberingConfig } from './styles.js';

export interface DocxResult {
  bytes: Uint8Array;
  diagnostics: Diagnostic[];
}

/**
 * Writes a document tree as a DOCX file: Word styles, title block, table of contents, the tree's blocks,
 * page furniture and document properties; then a normalising pass makes the bytes depend on the tree
 * only (no clock, no random ids, no time zone, no other documents built in the same process).
 */
export async function writeDocx(tree: DocumentTree): Promise<DocxResult> {
  const ctx = createContext(tree);
  const { meta } = tree;
  const hasHeadings = ctx.bookmarks.size > 0;
  const body = [
    ...titleBlock(meta),
    ...(hasHeadings ? tableOfContents() : []),
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
    features: { updateFields: hasHeadings },
    styles: documentStyles(),
    numbering: numberingConfig(orderedListStarts(tree.children)),
    sections: [section(meta, body)],
  });
  const bytes = normaliseDocx(await packageFiles(doc), { isoDate: meta.isoDate, lang: meta.lang });
  return { bytes, diagnostics: ctx.diagnostics };
}

/** The compiler the docx package's Packer uses; not in its type declarations. */
type Compiler = { compile(doc: Document): Map<string, string | Uint8Array> };

/**
 * The package's files before zipping. The docx package's Packer zips what its compiler returns; taking
 * the compiler's output directly saves zipping and unzipping again before normalising (about a quarter
 * of the writer's time). Should a docx release drop the compiler, the packed file is unzipped instead.
 */
async function packageFiles(doc: Document): Promise<PackageFiles> {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof compiler?.compile === 'function') {
    const files: PackageFiles = new Map();
    for (const [name, data] of (compiler as Compiler).compile(doc)) {
      files.set(name, typeof data === 'string' || ArrayBuffer.isView(data) ? data : new Uint8Array(data));
    }
    return files;
  }
  const packed = await Packer.toBuffer(doc);
  return unzipPackage(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}
