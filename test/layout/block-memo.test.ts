/**
 * The layout's block memo (src/layout/block-memo.ts) never changes a layout: documents laid out one after
 * another, each an edit of the one before (a word changed, a block removed, added or moved, blocks
 * wrapped in a section), give exactly the layout a process without the memo gives. A memo entry that a
 * later step changed (a list adding its labels twice, a callout its frame) would show here.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMeasurer } from '../../src/fonts/measurer.js';
import { blockMemoCounts, keepLaidOutBlocks } from '../../src/layout/block-memo.js';
import { layoutDocument } from '../../src/layout/layout-document.js';
import type { LayoutResult } from '../../src/layout/types.js';
import type { Block, DocumentTree, Inline } from '../../src/tree/types.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import { bigTree } from './trees.js';

const GOLDEN = ['prosjektbeskrivelse', 'soknad-nfk', 'soknad-statsforvalteren'].map(
  (d) => JSON.parse(readFileSync(`test/golden/${d}.tree.json`, 'utf8')) as DocumentTree,
);

/** The layout as plain data (frames are drawn into the pages by then). */
const plain = (r: LayoutResult) => JSON.parse(JSON.stringify(r)) as unknown;

function withoutMemo<T>(f: () => T): T {
  const before = process.env.GRANTDOCS_LAYOUT_CACHE;
  process.env.GRANTDOCS_LAYOUT_CACHE = '0';
  try {
    return f();
  } finally {
    if (before === undefined) delete process.env.GRANTDOCS_LAYOUT_CACHE;
    else process.env.GRANTDOCS_LAYOUT_CACHE = before;
  }
}

afterEach(() => {
  delete process.env.GRANTDOCS_LAYOUT_CACHE;
});

/** Replaces the text of the `n`-th text inline (counted over the whole tree, wrapping around). */
function changeText(blocks: Block[], n: number, word: string): Block[] {
  const texts: { text: string }[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o.type === 'text' && typeof o.text === 'string') texts.push(o as { text: string });
      Object.values(o).forEach(visit);
    }
  };
  const copy = structuredClone(blocks);
  visit(copy);
  if (texts.length > 0) {
    const t = texts[n % texts.length]!;
    t.text = `${t.text} ${word}`;
  }
  return copy;
}

type Edit =
  | { kind: 'text'; at: number; word: string }
  | { kind: 'remove'; at: number }
  | { kind: 'insert'; at: number; word: string }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'section'; at: number; length: number };

function applyEdit(tree: DocumentTree, e: Edit): DocumentTree {
  let children = [...tree.children];
  const at = (i: number) => (children.length === 0 ? 0 : i % children.length);
  switch (e.kind) {
    case 'text':
      children = changeText(children, e.at, e.word);
      break;
    case 'remove':
      if (children.length > 1) children.splice(at(e.at), 1);
      break;
    case 'insert': {
      const p: Inline[] = [{ type: 'text', text: `Ny setning ${e.word}.` }];
      children.splice(at(e.at), 0, { type: 'paragraph', children: p, source: { line: 1 } });
      break;
    }
    case 'move': {
      const [b] = children.splice(at(e.from), 1);
      if (b) children.splice(at(e.to), 0, b);
      break;
    }
    case 'section': {
      const start = at(e.at);
      const inner = children.splice(start, e.length);
      const section = { type: 'section', children: inner } as unknown as Block;
      if (inner.length > 0) children.splice(start, 0, section);
      break;
    }
  }
  return { ...tree, children };
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(500), word: fc.string({ maxLength: 30 }) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(500) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(500), word: fc.string({ maxLength: 30 }) }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(500), to: fc.nat(500) }),
  fc.record({
    kind: fc.constant('section' as const),
    at: fc.nat(500),
    length: fc.integer({ min: 1, max: 6 }),
  }),
);

const bases: (() => DocumentTree)[] = [
  () => sampleTree(),
  () => bigTree(4, 7),
  ...GOLDEN.map((t) => () => structuredClone(t)),
];

describe('layout block memo, before a long-running process turns it on', () => {
  it('keeps nothing: a one-off build lays out each block once', () => {
    const { reused, made } = blockMemoCounts;
    layoutDocument(GOLDEN[0]!, createMeasurer());
    layoutDocument(GOLDEN[0]!, createMeasurer());
    expect(blockMemoCounts).toEqual({ reused, made });
  });
});

describe('layout block memo', () => {
  beforeAll(() => keepLaidOutBlocks());

  it('gives the layout a process without it gives, edit after edit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bases.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        (base, edits) => {
          const measurer = createMeasurer();
          let tree = bases[base]!();
          const versions = [tree];
          for (const e of edits) versions.push((tree = applyEdit(tree, e)));
          // Back to the first version too: its blocks are in the memo, under their first layout.
          versions.push(versions[0]!);
          for (const v of versions) {
            const memo = layoutDocument(v, measurer);
            const fresh = withoutMemo(() => layoutDocument(v, measurer));
            expect(plain(memo)).toEqual(plain(fresh));
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('lays out again only the blocks an edit changed', () => {
    const measurer = createMeasurer();
    const tree = structuredClone(GOLDEN[0]!);
    // Every block once under this document's own words, so none can come from another test.
    tree.children = changeText(tree.children, 0, 'blokkminne-1');
    layoutDocument(tree, measurer);
    const { reused, made } = blockMemoCounts;
    layoutDocument(structuredClone(tree), measurer);
    expect(blockMemoCounts.made).toBe(made);
    expect(blockMemoCounts.reused - reused).toBe(tree.children.length);
    // One word in the first text: one block made again, the rest reused.
    layoutDocument({ ...tree, children: changeText(tree.children, 0, 'til') }, measurer);
    expect(blockMemoCounts.made).toBe(made + 1);
    expect(blockMemoCounts.reused - reused).toBe(2 * tree.children.length - 1);
  });

  it('gives a kept block its diagnostics again', () => {
    const measurer = createMeasurer();
    // A table row taller than a page: the layout warns (layout/row-split).
    const long = Array.from({ length: 900 }, (_, i) => `ord${i}`).join(' ');
    const tree = structuredClone(GOLDEN[1]!);
    tree.children.push({
      type: 'table',
      columns: [{ align: 'left' }],
      header: [],
      body: [{ cells: [{ children: [{ type: 'text', text: long }] }] }],
      source: { line: 7 },
    } as unknown as Block);
    const first = layoutDocument(tree, measurer).diagnostics;
    expect(first.some((d) => d.rule === 'layout/row-split')).toBe(true);
    const second = layoutDocument(structuredClone(tree), measurer).diagnostics;
    expect(second).toEqual(first);
    expect(second).toEqual(withoutMemo(() => layoutDocument(tree, measurer)).diagnostics);
  });
});
