import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layout-document.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Block } from '../../src/tree/types.js';
import { fakeMeasurer } from './fake-measurer.js';
import { linesOf } from './inspect.js';
import { budgetTable, para, rng, words } from './trees.js';

const list: Block = {
  type: 'list',
  ordered: false,
  start: 1,
  source: { line: 1 },
  items: ['Første vedtak', 'Andre vedtak'].map((t) => ({ children: [para(t)] })),
};

/** Pages of the filler, then `blocks`: the filler's length moves them over every point of a page end. */
function layouts(blocks: Block[]) {
  const rand = rng(7);
  return Array.from({ length: 60 }, (_, n) => {
    const filler = Array.from({ length: n }, () => para(words(25, rand)));
    return {
      n,
      r: layoutDocument({ ...sampleTree(), children: [...filler, ...blocks] }, fakeMeasurer),
      at: n,
    };
  });
}

describe('blocks that stay together at a page end', () => {
  it('a lead-in line ending in «:» is never alone at the bottom of a page', () => {
    for (const { n, r, at } of layouts([para('Behandlinger og vedtak i prosessen:'), list])) {
      const lead = linesOf(r, `b${at}`);
      const first = linesOf(r, `b${at + 1}`)[0]!;
      expect({ n, page: lead[lead.length - 1]!.page }).toEqual({ n, page: first.page });
    }
  });

  it('a table of up to five rows is not split across pages', () => {
    for (const { n, r, at } of layouts([budgetTable(3, false)])) {
      const pages = new Set(linesOf(r, `b${at}`).map((l) => l.page));
      expect({ n, pages: pages.size }).toEqual({ n, pages: 1 });
    }
  });
});
