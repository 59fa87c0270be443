import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Block, DocumentTree, Heading } from '../../tree/types.js';
import type { PageMap } from '../../layout/page-map.js';
import { countHyperlinks } from './inlines.js';
import { tocEntries, type TocEntry } from './toc.js';
import { allBlocks, headingIds } from '../../tree/walk.js';

/** A picture of the package (word/media/…), stored once however often the document shows it. */
export interface Media {
  /** File name under word/media/, e.g. image1.png: numbered by type in the order first shown. */
  name: string;
  data: Uint8Array;
}

/**
 * Per-document state of the DOCX writer. One is made for every document, so two documents built in one
 * process never share counters, and every id in the package is numbered in document order.
 */
export interface DocxContext {
  /** Heading id → Word bookmark name. */
  readonly bookmarks: ReadonlyMap<string, string>;
  readonly diagnostics: Diagnostic[];
  /** Table of contents entry (and `_Toc` bookmark) of every heading the table lists. */
  readonly toc: ReadonlyMap<Heading, TocEntry>;
  /** Number of the next picture or chart, for its name («Bilde 3», «Figur 4»). */
  nextDrawing: number;
  /** Id of the next drawing (wp:docPr), numbered 1, 2, … in document order. */
  nextDrawingId: number;
  /** Id of the next bookmark (w:bookmarkStart), numbered 1, 2, … in document order. */
  nextBookmarkId: number;
  /** Targets of the external hyperlinks, one relationship each, in document order. */
  readonly hyperlinks: string[];
  /** Relationship id (number) of the first picture: after the ten fixed ones and the hyperlinks. */
  readonly firstPicture: number;
  /** Pictures by content key, in the order first shown. */
  readonly media: Map<string, Media>;
  /** Numbering instances (list reference and start) in the order their first paragraph appears. */
  readonly lists: { reference: string; start: number }[];
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
    nextDrawing: 1,
    nextDrawingId: 1,
    nextBookmarkId: 1,
    hyperlinks: [],
    firstPicture: 11 + countHyperlinks(tree.children),
    media: new Map(),
    lists: [],
  };
}

/**
 * The picture's place in the package: stored once per content (a picture shown twice is one file),
 * named image1.png, image2.png, image1.jpg … by type in the order first shown, as Word names them.
 * Returns its relationship id: the package's relationships list the hyperlinks before the pictures.
 */
export function addMedia(ctx: DocxContext, data: Uint8Array, type: string): string {
  const key = `${createHash('sha1').update(data).digest('hex')}.${type}`;
  let index = 0;
  for (const k of ctx.media.keys()) {
    if (k === key) return `rId${ctx.firstPicture + index}`;
    index++;
  }
  let count = 1;
  for (const m of ctx.media.values()) if (m.name.endsWith(`.${type}`)) count++;
  ctx.media.set(key, { name: `image${count}.${type}`, data });
  return `rId${ctx.firstPicture + index}`;
}
