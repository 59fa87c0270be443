/**
 * Entry point of the layout engine: document tree → pages of positioned items, outline, link targets
 * and the structure tree for tagging. Stages: blocks are measured and broken into lines (blocks.ts),
 * the flow is paginated (paginate.ts), then page furniture is added (furniture.ts). Imports no PDF code.
 */
import type { DocumentTree } from '../tree/types.js';
import { headingIds } from '../tree/walk.js';
import { layoutBlocks } from './blocks.js';
import { CONTENTS_MIN_ENTRIES, CONTENTS_MIN_PAGES, contentsEntries, contentsFlow } from './contents.js';
import type { FlowEl, LayoutEnv } from './flow.js';
import { pageFurniture, titleBlock } from './furniture.js';
import { widthCacheFor } from './measure-cache.js';
import { layoutCacheEnabled } from './block-memo.js';
import { paginate } from './paginate.js';
import { A4, type LayoutResult, type Measurer, type StructElement } from './types.js';

export interface PageSetup {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Draw the «UTKAST» watermark; defaults to the tree's meta.draft. */
  draft: boolean;
  /** Print the title block on the first page (default true). */
  titleBlock: boolean;
  /** Running header on the first page too (default false: the title block is there). */
  headerOnFirstPage: boolean;
  /** A table of contents when the document is long enough (contents.ts); default true. */
  contents: boolean;
}

const MM = 72 / 25.4;

export const defaultPageSetup: Omit<PageSetup, 'draft'> = {
  width: A4.width,
  height: A4.height,
  margin: { top: 25 * MM, right: 25 * MM, bottom: 25 * MM, left: 25 * MM },
  titleBlock: true,
  headerOnFirstPage: false,
  contents: true,
};

export function layoutDocument(
  tree: DocumentTree,
  measurer: Measurer,
  setup: Partial<PageSetup> = {},
): LayoutResult {
  const page: PageSetup = {
    ...defaultPageSetup,
    draft: tree.meta.draft,
    ...setup,
    margin: { ...defaultPageSetup.margin, ...setup.margin },
  };
  const cache = widthCacheFor(measurer);
  const area = { top: page.margin.top, bottom: page.height - page.margin.bottom };
  const x = page.margin.left;
  const width = page.width - page.margin.left - page.margin.right;
  const env: LayoutEnv = { cache, diagnostics: [], bodyHeight: area.bottom - area.top };

  const head: FlowEl[] = [];
  const headStructure: StructElement[] = [];
  if (page.titleBlock) {
    const title = titleBlock(tree.meta, x, width, cache);
    head.push(...title.flow);
    headStructure.push(title.struct);
  }
  const body = layoutBlocks(tree.children, { env, x, width, listDepth: 0 }, '', layoutCacheEnabled());

  let paged = paginate(head.concat(body.flow), area);
  let structure = headStructure.concat(body.structs);
  let contents = false;
  const entries = page.contents ? contentsEntries(tree.children) : [];
  if (entries.length >= CONTENTS_MIN_ENTRIES && paged.pages.length > CONTENTS_MIN_PAGES) {
    // Two passes: placeholders first, then the page numbers that pass gave (the lines are the same).
    const anchor = uniqueId('innhold', new Set(headingIds(tree.children)));
    const withContents = (pages?: (id: string) => number | undefined) => {
      const toc = contentsFlow(entries, x, width, cache, anchor, pages);
      return { flow: head.concat(toc.flow, body.flow), struct: toc.struct };
    };
    const first = paginate(withContents().flow, area);
    const second = withContents((id) => (first.anchors[id] ? first.anchors[id].page + 1 : undefined));
    paged = paginate(second.flow, area);
    structure = [...headStructure, second.struct, ...body.structs];
    contents = true;
  }
  const pages = paged.pages.map((p, i) => ({
    width: page.width,
    height: page.height,
    items: p.items.concat(pageFurniture(tree.meta, page, i, paged.pages.length, cache)),
  }));
  return {
    pages,
    outline: paged.outline,
    anchors: paged.anchors,
    diagnostics: env.diagnostics,
    structure,
    contents,
  };
}

/** `base`, or `base-2`, `base-3`… : the first not in `taken`. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
