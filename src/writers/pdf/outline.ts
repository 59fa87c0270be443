/**
 * Bookmarks (the PDF outline): a tree of items linked with First/Last/Next/Prev/Parent and counted with
 * Count. The outline opens with every level shown (positive Count), so a reader sees the sections and
 * subsections without unfolding them.
 */
import { PDFName, type PDFArray, type PDFContext, type PDFRef } from '@cantoo/pdf-lib';
import { utf16Text } from './utf16-text.js';

export interface BookmarkEntry {
  title: string;
  level: number;
  dest: PDFArray;
}

export interface BookmarkNode {
  title: string;
  dest: PDFArray;
  children: BookmarkNode[];
}

/** Nests a flat list of leveled entries: each entry becomes a child of the last entry with a lower level. */
export function nestBookmarks(entries: BookmarkEntry[]): BookmarkNode[] {
  const roots: BookmarkNode[] = [];
  const stack: { level: number; node: BookmarkNode }[] = [];
  for (const e of entries) {
    const node: BookmarkNode = { title: e.title, dest: e.dest, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= e.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.node.children : roots).push(node);
    stack.push({ level: e.level, node });
  }
  return roots;
}

/** Writes the outline into the catalog (nothing when there are no entries). */
export function writeOutline(
  context: PDFContext,
  catalogSet: (key: PDFName, value: PDFRef) => void,
  roots: BookmarkNode[],
): void {
  if (roots.length === 0) return;
  const rootRef = context.nextRef();
  const { first, last } = writeLevel(context, roots, rootRef);
  const visible = countAll(roots);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: first, Last: last, Count: visible }));
  catalogSet(PDFName.of('Outlines'), rootRef);
}

/** Entries in these trees, all levels. */
function countAll(nodes: BookmarkNode[]): number {
  return nodes.reduce((n, node) => n + 1 + countAll(node.children), 0);
}

function writeLevel(
  context: PDFContext,
  nodes: BookmarkNode[],
  parent: PDFRef,
): { first: PDFRef; last: PDFRef } {
  const refs = nodes.map(() => context.nextRef());
  nodes.forEach((node, i) => {
    const dict: Record<string, unknown> = {
      Title: utf16Text(node.title),
      Parent: parent,
      Dest: node.dest,
    };
    if (i > 0) dict.Prev = refs[i - 1];
    if (i < nodes.length - 1) dict.Next = refs[i + 1];
    if (node.children.length > 0) {
      const sub = writeLevel(context, node.children, refs[i]!);
      dict.First = sub.first;
      dict.Last = sub.last;
      // Open (positive): the number of descendants shown.
      dict.Count = countAll(node.children);
    }
    context.assign(refs[i]!, context.obj(dict as never));
  });
  return { first: refs[0]!, last: refs[refs.length - 1]! };
}
