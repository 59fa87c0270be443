/**
 * The logical structure of a tagged PDF: a StructTreeRoot whose elements (from the layout's structure
 * tree) point at the marked-content sequences the painter emitted (MCIDs per page) and at link
 * annotations (OBJR). A ParentTree maps each page's MCIDs and each annotation back to its element.
 * Written only when the layout supplies a structure tree. Types PDF 1.7 lacks (Title) get a RoleMap entry.
 */
import {
  PDFHexString,
  PDFName,
  PDFString,
  type PDFContext,
  type PDFDict,
  type PDFRef,
} from '@cantoo/pdf-lib';
import type { StructElement } from '../../layout/types.js';
import type { MarkedSequence } from './paint-page.js';
import { utf16Text } from './utf16-text.js';

/** A link annotation written for a page, with the structure element (Link) it belongs to. */
export interface TaggedAnnotation {
  ref: PDFRef;
  dict: PDFDict;
  struct?: string;
}

export interface PageMarks {
  ref: PDFRef;
  node: PDFDict;
  marked: MarkedSequence[];
  annotations: TaggedAnnotation[];
}

type Content =
  { order: number; page: number; mcid: number } | { order: number; page: number; annot: TaggedAnnotation };

interface Node {
  el: StructElement;
  ref: PDFRef;
  children: Node[];
  contents: Content[];
  first: number;
}

/** Figure bounding boxes by structure key, in PDF coordinates [x1 y1 x2 y2]. */
export type FigureBoxes = Map<string, number[]>;

/** Writes the structure tree and marks the document as tagged. */
export function writeStructure(
  context: PDFContext,
  catalog: PDFDict,
  structure: StructElement[],
  pages: PageMarks[],
  figures: FigureBoxes,
): void {
  const rootRef = context.nextRef();
  const docEl: StructElement = { key: '', role: 'Document', children: structure };
  const byKey = new Map<string, Node>();
  const build = (el: StructElement): Node => {
    const node: Node = { el, ref: context.nextRef(), children: [], contents: [], first: Infinity };
    if (el.key) byKey.set(el.key, node);
    const inner = soleParagraph(el);
    if (inner) {
      // LBody > P says nothing more than LBody alone: the paragraph's content and inline elements
      // belong to the LBody (one structure element less per list item).
      byKey.set(inner.key, node);
      node.children = inner.children.map(build);
    } else node.children = el.children.map(build);
    return node;
  };
  const doc = build(docEl);

  // Contents in painting order; an unknown key becomes an element of its own under Document.
  let order = 0;
  const nodeFor = (key: string, role: string): Node => {
    let n = byKey.get(key);
    if (!n) {
      n = {
        el: { key, role, children: [] },
        ref: context.nextRef(),
        children: [],
        contents: [],
        first: Infinity,
      };
      byKey.set(key, n);
      doc.children.push(n);
    }
    return n;
  };
  pages.forEach((p, page) => {
    for (const m of p.marked) nodeFor(m.struct, m.role).contents.push({ order: order++, page, mcid: m.mcid });
    for (const a of p.annotations) {
      if (a.struct) nodeFor(a.struct, 'Link').contents.push({ order: order++, page, annot: a });
    }
  });
  firstOrder(doc);

  const parentTree: unknown[] = [];
  const pageParents: PDFRef[][] = pages.map(() => []);
  let nextKey = pages.length;
  const write = (node: Node, parent: PDFRef): void => {
    const firstPage = node.contents[0]?.page;
    const kids: { order: number; value: unknown }[] = [];
    for (const c of node.contents) {
      const pg = pages[c.page]!.ref;
      if ('mcid' in c) {
        pageParents[c.page]![c.mcid] = node.ref;
        kids.push({ order: c.order, value: c.page === firstPage ? c.mcid : mcr(context, pg, c.mcid) });
      } else {
        const key = nextKey++;
        c.annot.dict.set(PDFName.of('StructParent'), context.obj(key));
        parentTree.push(key, node.ref);
        kids.push({ order: c.order, value: context.obj({ Type: 'OBJR', Obj: c.annot.ref, Pg: pg }) });
      }
    }
    for (const child of node.children) kids.push({ order: child.first, value: child.ref });
    kids.sort((a, b) => a.order - b.order);
    // /Type /StructElem is optional and left out: there are hundreds of elements in a document.
    const dict: Record<string, unknown> = { S: PDFName.of(structName(node.el.role)), P: parent };
    if (kids.length === 1) dict.K = kids[0]!.value;
    else if (kids.length > 1) dict.K = kids.map((k) => k.value);
    if (firstPage !== undefined) dict.Pg = pages[firstPage]!.ref;
    if (node.el.alt) dict.Alt = textString(node.el.alt);
    if (node.el.lang) dict.Lang = textString(node.el.lang);
    const table = tableAttributes(node.el);
    if (table) dict.A = table;
    const box = figures.get(node.el.key);
    if (box && node.el.role === 'Figure') dict.A = { O: 'Layout', BBox: box };
    context.assign(node.ref, context.obj(dict as never));
    for (const child of node.children) write(child, node.ref);
  };
  write(doc, rootRef);

  const nums: unknown[] = [];
  pageParents.forEach((refs, i) => nums.push(i, refs));
  nums.push(...parentTree);
  context.assign(
    rootRef,
    context.obj({
      Type: 'StructTreeRoot',
      K: doc.ref,
      ParentTree: context.register(context.obj({ Nums: nums as never })),
      ParentTreeNextKey: nextKey,
      ...roleMap(byKey),
    }),
  );
  pages.forEach((p, i) => {
    p.node.set(PDFName.of('StructParents'), context.obj(i));
    p.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  });
  catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}

/** Earliest content order in the subtree; elements without content keep their place after the previous sibling. */
function firstOrder(node: Node): number {
  let first = node.contents.length > 0 ? node.contents[0]!.order : Infinity;
  let prev = -1;
  for (const child of node.children) {
    const f = firstOrder(child);
    child.first = f === Infinity ? prev + 0.5 : f;
    prev = child.first;
    first = Math.min(first, f);
  }
  node.first = first;
  return first;
}

/**
 * The table attributes of a cell (PDF 32000-1, 14.8.5.7): /Scope of a header cell (Column or Row) and
 * /ColSpan of a cell covering several columns.
 */
function tableAttributes(el: StructElement): Record<string, unknown> | undefined {
  if (!el.scope && !el.colSpan) return undefined;
  return {
    O: 'Table',
    ...(el.scope ? { Scope: el.scope } : {}),
    ...(el.colSpan ? { ColSpan: el.colSpan } : {}),
  };
}

/** The only child of a list body when it is a plain paragraph (no language, no alternative text). */
function soleParagraph(el: StructElement): StructElement | undefined {
  const only = el.role === 'LBody' && el.children.length === 1 ? el.children[0] : undefined;
  return only && only.role === 'P' && !only.lang && !only.alt ? only : undefined;
}

/**
 * Structure types that PDF 1.7 (and so PDF/UA-1) does not define, mapped to standard ones. The title
 * block's title keeps the PDF 2.0 type Title and reads as the first level-1 heading.
 */
export const ROLE_MAP: Record<string, string> = { Title: 'H1' };

function roleMap(nodes: Map<string, Node>): { RoleMap?: Record<string, PDFName> } {
  const used = new Set([...nodes.values()].map((n) => structName(n.el.role)));
  const entries = Object.entries(ROLE_MAP).filter(([role]) => used.has(role));
  if (entries.length === 0) return {};
  return { RoleMap: Object.fromEntries(entries.map(([role, std]) => [role, PDFName.of(std)])) };
}

/**
 * A PDF text string. pdf-lib's literal strings are written unescaped in PDFDocEncoding, where U+00A0 reads
 * as «€» and U+2013 is lost: anything beyond plain ASCII letters, digits, spaces and hyphens goes as
 * UTF-16 (hex).
 */
function textString(s: string): PDFString | PDFHexString {
  return /^[A-Za-z0-9 .,:;-]*$/.test(s) ? PDFString.of(s) : utf16Text(s);
}

function mcr(context: PDFContext, page: PDFRef, mcid: number): unknown {
  return context.obj({ Type: 'MCR', Pg: page, MCID: mcid });
}

/** A structure type as a PDF name (letters and digits). */
function structName(role: string): string {
  const clean = role.replace(/[^A-Za-z0-9]/g, '');
  return clean.length > 0 ? clean : 'Span';
}
