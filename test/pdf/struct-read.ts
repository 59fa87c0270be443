/**
 * Reads a tagged PDF back for tests: the whole structure tree (pdf-lib, roles through the RoleMap, with
 * Alt, Lang, Scope, ColSpan, BBox and the marked-content references of every element) and the text of every
 * marked-content sequence per page (pdf.js `getTextContent({ includeMarkedContent: true })`).
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { openWithPdfjs } from './tools.js';

export interface MarkRef {
  page: number;
  mcid: number;
}

export interface StructNode {
  /** Structure type after the RoleMap. */
  role: string;
  /** Structure type as written (/S). */
  type: string;
  alt?: string;
  lang?: string;
  scope?: string;
  /** /ColSpan of a table cell. */
  colSpan?: number;
  bbox?: number[];
  /** Page of /Pg (0-based). */
  page?: number;
  children: StructNode[];
  /** Marked-content sequences and annotations of this element, in /K order. */
  marks: MarkRef[];
  annotations: number;
  /** Element order of children and marks, as in /K. */
  kids: (StructNode | MarkRef)[];
}

function text(obj: PDFObject | undefined): string | undefined {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.decodeText();
  return undefined;
}

function name(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFName ? obj.decodeText() : undefined;
}

/** The structure tree below StructTreeRoot (its single child, usually Document). */
export function readStructTree(doc: PDFDocument): { root: StructNode; roleMap: Record<string, string> } {
  const ctx = doc.context;
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const treeRoot = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const roleMap: Record<string, string> = {};
  const rm = treeRoot.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  for (const [k, v] of rm?.entries() ?? []) roleMap[k.decodeText()] = name(v) ?? '';
  const pageOf = (ref: PDFObject | undefined): number | undefined =>
    ref instanceof PDFRef ? pageIndex.get(ref.toString()) : undefined;

  const element = (dict: PDFDict): StructNode => {
    const type = name(dict.get(PDFName.of('S'))) ?? '';
    const node: StructNode = {
      role: roleMap[type] ?? type,
      type,
      page: pageOf(dict.get(PDFName.of('Pg'))),
      children: [],
      marks: [],
      annotations: 0,
      kids: [],
    };
    const alt = text(dict.lookup(PDFName.of('Alt')));
    if (alt !== undefined) node.alt = alt;
    const lang = text(dict.lookup(PDFName.of('Lang')));
    if (lang !== undefined) node.lang = lang;
    const attrs = dict.lookup(PDFName.of('A'));
    if (attrs instanceof PDFDict) {
      const scope = name(attrs.get(PDFName.of('Scope')));
      if (scope) node.scope = scope;
      const span = attrs.lookup(PDFName.of('ColSpan'));
      if (span instanceof PDFNumber) node.colSpan = span.asNumber();
      const box = attrs.lookup(PDFName.of('BBox'));
      if (box instanceof PDFArray) node.bbox = box.asArray().map((n) => (n as PDFNumber).asNumber());
    }
    const k = dict.get(PDFName.of('K'));
    const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    for (const kid of kids) {
      if (kid instanceof PDFNumber) {
        const mark = { page: node.page ?? -1, mcid: kid.asNumber() };
        node.marks.push(mark);
        node.kids.push(mark);
        continue;
      }
      const d = ctx.lookup(kid);
      if (!(d instanceof PDFDict)) continue;
      const t = name(d.get(PDFName.of('Type')));
      if (t === 'MCR') {
        const mark = {
          page: pageOf(d.get(PDFName.of('Pg'))) ?? -1,
          mcid: (d.get(PDFName.of('MCID')) as PDFNumber).asNumber(),
        };
        node.marks.push(mark);
        node.kids.push(mark);
      } else if (t === 'OBJR') node.annotations++;
      else {
        const child = element(d);
        node.children.push(child);
        node.kids.push(child);
      }
    }
    return node;
  };
  return { root: element(treeRoot.lookup(PDFName.of('K'), PDFDict)), roleMap };
}

/** Every element of the subtree, in document (pre-)order. */
export function allNodes(node: StructNode, out: StructNode[] = []): StructNode[] {
  out.push(node);
  for (const c of node.children) allNodes(c, out);
  return out;
}

/** Text of the element's own and its descendants' marked content, in /K order. */
export function nodeText(node: StructNode, marks: Map<string, string>): string {
  return node.kids.map((k) => ('role' in k ? nodeText(k, marks) : (marks.get(markKey(k)) ?? ''))).join('');
}

export function markKey(m: MarkRef): string {
  return `${m.page}:${m.mcid}`;
}

export interface MarkedText {
  /** Text per marked-content sequence with an MCID, by markKey. */
  marks: Map<string, string>;
  /** Text drawn inside /Artifact sequences. */
  artifacts: string[];
  /** Text drawn outside any marked content, or inside marked content that is neither MCID nor Artifact. */
  unmarked: string[];
}

type TextPiece = { type?: string; tag?: string; id?: string | null; str?: string };

export async function readMarkedText(bytes: Uint8Array): Promise<MarkedText> {
  const js = await openWithPdfjs(bytes);
  const marks = new Map<string, string>();
  const artifacts: string[] = [];
  const unmarked: string[] = [];
  for (let p = 1; p <= js.numPages; p++) {
    const content = await (await js.getPage(p)).getTextContent({ includeMarkedContent: true });
    const stack: TextPiece[] = [];
    for (const piece of content.items as unknown as TextPiece[]) {
      if (piece.type === 'beginMarkedContent' || piece.type === 'beginMarkedContentProps') {
        stack.push(piece);
        continue;
      }
      if (piece.type === 'endMarkedContent') {
        stack.pop();
        continue;
      }
      if (piece.str === undefined || piece.str === '') continue;
      const mark = stack[stack.length - 1];
      const mcid = /_mc(\d+)$/.exec(mark?.id ?? '')?.[1];
      if (mcid !== undefined) {
        const key = markKey({ page: p - 1, mcid: Number(mcid) });
        marks.set(key, (marks.get(key) ?? '') + piece.str);
      } else if (mark?.tag === 'Artifact') artifacts.push(piece.str);
      else if (piece.str.trim() !== '') unmarked.push(piece.str);
    }
  }
  await js.destroy();
  return { marks, artifacts, unmarked };
}
