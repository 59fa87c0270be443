import type { Diagnostic } from '../../diagnostics/types.js';
import type { Block, DocumentTree, Heading } from '../../tree/types.js';
import type { PageMap } from '../../layout/page-map.js';
import { tocEntries, type TocEntry } from './toc.js';
import { allBlocks, headingIds } from '../../tree/walk.js';

/**
 * Per-document state of the DOCX writer. One is made for every document, so two documents built in one
 * process never share counters (the docx package's own counters are process-global; the normalising pass
 * renumbers those).
 */
export interface DocxContext {
  /** Heading id → Word bookmark name. */
  readonly bookmarks: ReadonlyMap<string, string>;
  readonly diagnostics: Diagnostic[];
  /** Table of contents entry (and `_Toc` bookmark) of every heading the table lists. */
  readonly toc: ReadonlyMap<Heading, TocEntry>;
  /** Next numbering instance: every list gets its own, so numbering restarts per list. */
  nextListInstance: number;
  /** Number of the next table caption/figure, for nothing but stable naming of drawings. */
  nextDrawing: number;
}

/**
 * Word bookmark names may only hold letters, digits and underscores, must start with a letter and are at
 * most 40 characters long. Heading ids (e.g. «budsjett-og-finansiering») are mapped to such names,
 * keeping them unique.
 */
export function bookmarkNames(tree: DocumentTree): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const id of headingIds(tree.children)) {
    if (names.has(id)) continue;
    let base = id.replace(/[^\p{L}\p{N}_]/gu, '_');
    if (!/^\p{L}/u.test(base)) base = `h_${base}`;
    base = base.slice(0, 36);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    names.set(id, name);
  }
  return names;
}

/** Start values of every ordered list in the tree (each needs a numbering definition). */
export function* orderedListStarts(blocks: Block[]): Generator<number> {
  for (const block of allBlocks(blocks)) if (block.type === 'list' && block.ordered) yield block.start;
}

export function createContext(tree: DocumentTree, pages: PageMap): DocxContext {
  return {
    bookmarks: bookmarkNames(tree),
    diagnostics: [],
    toc: tocEntries(tree.children, pages),
    nextListInstance: 1,
    nextDrawing: 1,
  };
}
