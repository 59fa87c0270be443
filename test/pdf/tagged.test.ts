/**
 * Tagged PDF: the structure tree read back with pdf.js (headings, lists, tables, figures, links, language
 * spans), every drawn text inside a structure element or an artifact, the structure's text equal to the
 * tree's, and the catalog, page, annotation and XMP entries a checker looks for.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
} from '@cantoo/pdf-lib';
import { writePdf, type PdfResult } from '../../src/writers/pdf/write-pdf.js';
import { drawPdf } from '../../src/writers/pdf/draw-pdf.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Block } from '../../src/tree/types.js';
import { pageContents, unmarkedPainting } from './content-ops.js';
import { allNodes, readStructTree } from './struct-read.js';
import { handLayout, writeTestPng } from './hand-layout.js';
import { longTree } from './long-tree.js';
import { openWithPdfjs } from './tools.js';
import { missingInOrder, treeTexts } from './tree-text.js';

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  alt?: string;
  lang?: string;
  children?: StructNode[];
}
type TextPiece = { type?: string; tag?: string; id?: string | null; str?: string };

const tree = sampleTree();
let pdf: PdfResult;

beforeAll(async () => {
  pdf = await writePdf(tree);
});

/** Structure tree, text per marked-content id, and whether every text piece is marked, for all pages. */
async function readBack(bytes: Uint8Array) {
  const js = await openWithPdfjs(bytes);
  const roots: StructNode[] = [];
  const textById = new Map<string, string>();
  const unmarked: string[] = [];
  for (let p = 1; p <= js.numPages; p++) {
    const page = await js.getPage(p);
    roots.push((await page.getStructTree()) as unknown as StructNode);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const stack: TextPiece[] = [];
    for (const piece of content.items as unknown as TextPiece[]) {
      if (piece.type === 'beginMarkedContent' || piece.type === 'beginMarkedContentProps') stack.push(piece);
      else if (piece.type === 'endMarkedContent') stack.pop();
      else if (piece.str !== undefined && piece.str.trim() !== '') {
        const mark = stack[stack.length - 1];
        if (!mark) unmarked.push(piece.str);
        else if (mark.id) textById.set(mark.id, (textById.get(mark.id) ?? '') + piece.str);
      }
    }
  }
  return { roots, textById, unmarked };
}

function collect(node: StructNode, out: StructNode[] = []): StructNode[] {
  out.push(node);
  for (const c of node.children ?? []) collect(c, out);
  return out;
}

describe('tagged PDF', () => {
  test('the structure tree has the document’s elements in order', async () => {
    const { roots } = await readBack(pdf.bytes);
    const doc = roots[0]!.children![0]!;
    expect(doc.role).toBe('Document');
    const roles = doc.children!.map((c) => c.role);
    expect(roles.slice(0, 6)).toEqual(['Div', 'H2', 'P', 'L', 'H3', 'Table']);
    const all = roots.flatMap((r) => collect(r));
    const table = all.find((n) => n.role === 'Table')!;
    expect(table.children!.map((c) => c.role)).toEqual(['Caption', 'THead', 'TBody']);
    const cells = collect(table).filter((n) => n.role === 'TH' || n.role === 'TD');
    expect(cells.map((c) => c.role)).toEqual([...Array(3).fill('TH'), ...Array(9).fill('TD')]);
    const figure = all.find((n) => n.role === 'Figure')!;
    const chart = tree.children.find((b) => b.type === 'chart');
    expect(figure.alt).toBe(chart?.type === 'chart' ? chart.alt : undefined);
    expect(all.find((n) => n.role === 'Span')?.lang).toBe('se');
    const links = all.filter((n) => n.role === 'Link');
    expect(links).toHaveLength(2);
    for (const l of links) expect(l.children!.some((c) => c.type === 'object')).toBe(true);
  });

  test('every drawn text is inside a structure element or an artifact', async () => {
    const { unmarked } = await readBack(pdf.bytes);
    expect(unmarked).toEqual([]);
  });

  test('the structure’s text, in structure order, holds the tree text in reading order', async () => {
    const { roots, textById } = await readBack(pdf.bytes);
    const seen = new Set<string>();
    let text = '';
    for (const root of roots) {
      for (const n of collect(root)) {
        if (n.type === 'content' && n.id && !seen.has(n.id)) {
          seen.add(n.id);
          text += (textById.get(n.id) ?? '') + '\n';
        }
      }
    }
    expect(missingInOrder(treeTexts(tree), text)).toEqual([]);
    expect(text).not.toContain('UTKAST');
    expect(text).not.toMatch(/Side \d+ av \d+/);
  });

  test('catalog, pages, annotations and XMP carry the tagging entries', async () => {
    const doc = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
    const cat = doc.catalog;
    expect(cat.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    const root = cat.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    expect(
      root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray).size(),
    ).toBeGreaterThan(0);
    const nextKey = root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber();
    expect(nextKey).toBe(pdf.pages + 2); // one key per page, one per link annotation
    const contents: string[] = [];
    for (const [i, page] of doc.getPages().entries()) {
      expect(page.node.get(PDFName.of('StructParents'))?.toString()).toBe(String(i));
      expect(page.node.get(PDFName.of('Tabs'))).toBe(PDFName.of('S'));
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      for (let a = 0; a < (annots?.size() ?? 0); a++) {
        const annot = annots!.lookup(a, PDFDict);
        expect(annot.get(PDFName.of('StructParent'))).toBeDefined();
        contents.push((annot.get(PDFName.of('Contents')) as PDFHexString).decodeText());
      }
    }
    // A web link is announced by its text and site, not its address.
    expect(contents).toEqual(['Lenke til «rapporten» (politiet.no)', 'Lenke til avsnittet «Budsjett»']);
    const xmp = doc.context.lookup(cat.get(PDFName.of('Metadata'))) as PDFRawStream;
    const xml = new TextDecoder().decode(xmp.getContents());
    expect(xml).toContain(`<rdf:li xml:lang="x-default">${tree.meta.title}</rdf:li>`);
    expect(xml).toContain('<dc:language><rdf:Bag><rdf:li>nb-NO</rdf:li></rdf:Bag></dc:language>');
    expect(xml).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xml).toContain('<xmp:CreateDate>2025-09-16T00:00:00Z</xmp:CreateDate>');
  });

  test('a table and a paragraph split across pages stay one element each', async () => {
    const long = longTree(5);
    const { bytes, pageMap } = await writePdf(long);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const roles: string[] = [];
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      // Structure elements: a structure type /S and a parent /P (their /Type is optional and left out).
      if (obj instanceof PDFDict && obj.has(PDFName.of('S')) && obj.has(PDFName.of('P'))) {
        roles.push(String(obj.get(PDFName.of('S'))));
      }
    }
    expect(roles.filter((r) => r === '/Table')).toHaveLength(1);
    const paragraphs = long.children.filter((b) => b.type === 'paragraph').length;
    // List items contain paragraphs too; top-level paragraphs are never duplicated by a page break.
    expect(roles.filter((r) => r === '/P').length).toBeGreaterThanOrEqual(paragraphs);
    // Five sections, and the table of contents' heading.
    expect(pageMap.contents).toBe(true);
    expect(roles.filter((r) => r === '/H2' || r === '/H3')).toHaveLength(6);
  });

  test('a layout without a structure tree gives an untagged file that claims nothing', async () => {
    const plain = await drawPdf(handLayout(writeTestPng()), tree.meta);
    const doc = await PDFDocument.load(plain.bytes, { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeUndefined();
    expect(doc.catalog.get(PDFName.of('MarkInfo'))).toBeUndefined();
    const xml = new TextDecoder().decode(
      (doc.context.lookup(doc.catalog.get(PDFName.of('Metadata'))) as PDFRawStream).getContents(),
    );
    expect(xml).not.toContain('pdfuaid');
  });

  test('an image without alt text is decoration (Artifact), not a Figure with an empty Alt', async () => {
    const png = writeTestPng();
    const image = (alt: string): Block => ({ type: 'image', src: png, alt, source: { line: 1 } });
    const bytes = (await writePdf({ ...tree, children: [image(''), image('Kart over regionen')] })).bytes;
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const figures = allNodes(readStructTree(doc).root).filter((n) => n.role === 'Figure');
    expect(figures.map((f) => f.alt)).toEqual(['Kart over regionen']);
    expect(figures[0]!.bbox).toHaveLength(4);
    expect(unmarkedPainting(doc)).toEqual({ unmarked: [], balanced: true });
    // The marked-content tag around each image: one Artifact, one Figure.
    const around: string[] = [];
    let mark = '';
    for (const line of pageContents(doc).join('\n').split('\n')) {
      if (/ B[DM]C$/.test(line)) mark = line.split(' ')[0]!;
      else if (line === 'EMC') mark = '';
      else if (/^\/Im\d+ Do$/.test(line)) around.push(mark);
    }
    expect(around).toEqual(['/Artifact', '/Figure']);
  });
});
