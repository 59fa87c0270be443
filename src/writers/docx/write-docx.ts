import type { Diagnostic } from '../../diagnostics/types.js';
import type { DocumentTree } from '../../tree/types.js';
import type { PageMap } from '../../layout/page-map.js';
import { pagesOf } from '../page-numbers.js';
import { renderBlocks } from './blocks.js';
import { createContext, orderedListStarts } from './context.js';
import { firstHeader, footer, header, SECTION_PROPERTIES, tableOfContents, titleBlock } from './furniture.js';
import { numberingXml, orderedStarts } from './numbering.js';
import { packageParts } from './package.js';
import { writeZip } from './zip.js';
import { DOCUMENT_NAMESPACES, XML_DECLARATION_STANDALONE } from './constant-parts.js';

export interface DocxResult {
  bytes: Uint8Array;
  diagnostics: Diagnostic[];
}

/**
 * Writes a document tree as a DOCX file. `pages` are the page numbers of the PDF's layout (the build passes
 * those of the PDF it wrote; without them the document is laid out here). The parts that depend on the
 * document (the body with title block, table of contents and the tree's blocks; headers, footers,
 * numbering, properties, relationships, pictures) are written as XML text here; the rest are the same for
 * every document (constant-parts.ts, styles-xml.ts, embed-fonts.ts). Every id is numbered in document
 * order and the only date is the document's, so the bytes depend on the tree and pages only.
 */
export async function writeDocx(tree: DocumentTree, pages: PageMap = pagesOf(tree)): Promise<DocxResult> {
  const ctx = createContext(tree, pages);
  const { meta } = tree;
  const body =
    titleBlock(meta) +
    // Contents where the PDF has them: in a document long enough (layout/contents.ts).
    (pages.contents ? tableOfContents([...ctx.toc.values()]) : '') +
    renderBlocks(tree.children, ctx);
  const document = `${XML_DECLARATION_STANDALONE}<w:document ${DOCUMENT_NAMESPACES}><w:body>${body}${SECTION_PROPERTIES}</w:body></w:document>`;
  const bytes = writeZip(
    packageParts(ctx, meta, {
      document,
      numbering: numberingXml(ctx, orderedStarts(orderedListStarts(tree.children))),
      headers: [header(meta), firstHeader(meta)],
      footers: [footer(meta, 2, pages), footer(meta, 1, pages)],
    }),
  );
  return { bytes, diagnostics: ctx.diagnostics };
}
