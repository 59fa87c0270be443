/**
 * Laid-out top-level blocks kept for the life of the process, so that `grantdocs watch` lays out again
 * only the blocks a save changed: a text edit changes a few paragraphs or table cells, and every other
 * block of the document gets the boxes it had in the last build.
 *
 * A block's layout depends only on the block itself, the column (x, width, list depth), the structure
 * key its tags carry, the page body's height and the measurer: that is the memo's key (the block as
 * JSON; one memo per width cache, and a width cache is bound to one measurer). Blocks that read files
 * (pictures: their size comes from the file) are never kept. The diagnostics a block's layout gave are
 * kept with it and given again on reuse.
 *
 * The flow a memo hands out is shared with earlier layouts, so nothing may change it afterwards. The
 * block handlers that change their children's boxes (lists add labels, callouts add frames) lay out those
 * children themselves without the memo; only top-level blocks and the children of sections, whose flow
 * passes through unchanged, are kept. test/layout/block-memo.test.ts checks that layouts with the memo
 * equal layouts without it, edit after edit.
 *
 * Only in long-running processes (`keepLaidOutBlocks`); GRANTDOCS_LAYOUT_CACHE=0 turns it off there too.
 */
import type { Diagnostic } from '../diagnostics/types.js';
import type { Block } from '../tree/types.js';
import type { BlockResult } from './blocks.js';
import type { BlockContext } from './flow.js';
import type { WidthCache } from './measure-cache.js';

interface Entry {
  result: BlockResult;
  diagnostics: Diagnostic[];
}

/** Blocks kept per measurer; the least recently used go first (the sample has ~200 blocks in all). */
const MAX_ENTRIES = 4000;

const memos = new WeakMap<WidthCache, Map<string, Entry>>();

/** How many block layouts were reused and made with the memo since the start (for tests). */
export const blockMemoCounts = { reused: 0, made: 0 };

let keeping = false;

/**
 * Turns the memo on for the rest of the process: `grantdocs watch` does, at its start. A one-off build
 * lays out each block once, where the memo would only cost a JSON copy of every block.
 */
export function keepLaidOutBlocks(): void {
  keeping = true;
}

export const layoutCacheEnabled = (): boolean => keeping && process.env.GRANTDOCS_LAYOUT_CACHE !== '0';

/** `make()`'s result for this block in this context: a kept one when the same block was laid out alike. */
export function memoBlock(
  block: Block,
  ctx: BlockContext,
  key: string,
  make: () => BlockResult,
): BlockResult {
  const json = JSON.stringify(block);
  // A picture's size comes from its file, which may change under the same name.
  if (block.type === 'image' || json.includes('"type":"image"')) return make();
  let memo = memos.get(ctx.env.cache);
  if (!memo) memos.set(ctx.env.cache, (memo = new Map()));
  const id = `${key}\u0000${ctx.x}\u0000${ctx.width}\u0000${ctx.listDepth}\u0000${ctx.env.bodyHeight}\u0000${json}`;
  const hit = memo.get(id);
  if (hit) {
    // Most recently used last.
    memo.delete(id);
    memo.set(id, hit);
    for (const d of hit.diagnostics) ctx.env.diagnostics.push(d);
    blockMemoCounts.reused++;
    return hit.result;
  }
  const before = ctx.env.diagnostics.length;
  const result = make();
  blockMemoCounts.made++;
  memo.set(id, { result, diagnostics: ctx.env.diagnostics.slice(before) });
  if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value!);
  return result;
}
