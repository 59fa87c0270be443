/**
 * The vertical list the block stage produces and the paginator consumes: boxes (never split, items
 * positioned relative to the box's top), collapsible spaces and forced page breaks.
 */
import type { Diagnostic } from '../diagnostics/types.js';
import type { WidthCache } from './measure-cache.js';
import type { Item } from './types.js';

/** A decoration drawn behind a run of boxes on each page they occupy (callout background). */
export interface Frame {
  /** Items for the part of the frame between `top` and `bottom` on one page. */
  draw(top: number, bottom: number): Item[];
}

export interface Box {
  kind: 'box';
  height: number;
  /** Items with y relative to the box's top. */
  items: Item[];
  /** No page break between this box and the next one. */
  keepWithNext?: boolean;
  /** Header rows of the table this body row belongs to; repeated when the row starts a page. */
  repeatHeader?: Box[];
  /** Frames (outermost first) this box is drawn inside. */
  frames?: Frame[];
  /** A heading: becomes an outline entry and a link target. */
  anchor?: { id: string; title: string; level: 1 | 2 | 3 };
  /** Baseline of the box's first line, relative to its top (list labels align to it). */
  baseline?: number;
}

export interface Space {
  kind: 'space';
  height: number;
}

export interface PageBreakEl {
  kind: 'break';
}

export type FlowEl = Box | Space | PageBreakEl;

/** What every block layout function needs besides its node. */
export interface LayoutEnv {
  cache: WidthCache;
  diagnostics: Diagnostic[];
  /** Height available for content on one page. */
  bodyHeight: number;
}

export interface BlockContext {
  env: LayoutEnv;
  /** Left edge and width of the column the block is set in. */
  x: number;
  width: number;
  listDepth: number;
}

export const space = (height: number): Space => ({ kind: 'space', height });

export function firstBox(flow: FlowEl[]): Box | undefined {
  for (const el of flow) if (el.kind === 'box') return el;
  return undefined;
}

export function lastBox(flow: FlowEl[]): Box | undefined {
  for (let i = flow.length - 1; i >= 0; i--) {
    const el = flow[i]!;
    if (el.kind === 'box') return el;
  }
  return undefined;
}
