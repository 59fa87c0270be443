/**
 * Scans the content streams of a PDF's pages for painting operators outside marked content: in a tagged
 * PDF every glyph, path and image belongs to a structure element (BDC with an MCID) or is an Artifact.
 */
import {
  PDFArray,
  PDFDocument,
  PDFName,
  PDFRawStream,
  decodePDFRawStream,
  type PDFObject,
} from '@cantoo/pdf-lib';

/** Operators that put marks on the page: text showing, path painting (not `n`), XObjects, shadings. */
const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Do', 'sh']);

export interface UnmarkedPaint {
  page: number;
  op: string;
}

/** Decoded content stream(s) of each page, as Latin-1 text. */
export function pageContents(doc: PDFDocument): string[] {
  return doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs: PDFObject[] = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    return refs
      .map((r) => {
        const stream = doc.context.lookup(r);
        if (!(stream instanceof PDFRawStream)) return '';
        return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      })
      .join('\n');
  });
}

/** Operators of a content stream in order (operands are skipped; strings, dicts and arrays too). */
export function operators(content: string): string[] {
  const ops: string[] = [];
  const delim = /[\s()<>[\]{}/%]/;
  let i = 0;
  while (i < content.length) {
    const c = content[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '%') while (i < content.length && content[i] !== '\n') i++;
    else if (c === '(') {
      // Literal string: balanced parentheses, backslash escapes.
      let depth = 0;
      for (; i < content.length; i++) {
        const ch = content[i];
        if (ch === '\\') i++;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      i++;
    } else if (c === '<' && content[i + 1] === '<') i += 2;
    else if (c === '<')
      i = content.indexOf('>', i) + 1; // hex string
    else if (c === '>' || c === '[' || c === ']' || c === '{' || c === '}') i++;
    else if (c === '/') {
      i++;
      while (i < content.length && !delim.test(content[i]!)) i++;
    } else {
      let j = i;
      while (j < content.length && !delim.test(content[j]!)) j++;
      const token = content.slice(i, j);
      if (
        !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token) &&
        token !== 'true' &&
        token !== 'false' &&
        token !== 'null'
      )
        ops.push(token);
      i = j;
    }
  }
  return ops;
}

/** Painting operators outside marked content, and whether the nesting of BMC/BDC…EMC is balanced. */
export function unmarkedPainting(doc: PDFDocument): { unmarked: UnmarkedPaint[]; balanced: boolean } {
  const unmarked: UnmarkedPaint[] = [];
  let balanced = true;
  pageContents(doc).forEach((content, page) => {
    let depth = 0;
    for (const op of operators(content)) {
      if (op === 'BMC' || op === 'BDC') depth++;
      else if (op === 'EMC') {
        depth--;
        if (depth < 0) balanced = false;
      } else if (PAINTING.has(op) && depth === 0) unmarked.push({ page, op });
    }
    if (depth !== 0) balanced = false;
  });
  return { unmarked, balanced };
}
