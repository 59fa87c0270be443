import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layout-document.js';
import type { LayoutResult } from '../../src/layout/types.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Block, DocumentTree } from '../../src/tree/types.js';
import { fakeMeasurer } from './fake-measurer.js';
import { body, expectInsideMargins, isText, linesOf, roleOf, structOf } from './inspect.js';
import { para, rng, words } from './trees.js';

const layout = (tree: DocumentTree): LayoutResult => layoutDocument(tree, fakeMeasurer);

describe('lists', () => {
  it('numbers from `start`, uses a dash at the second level and hangs wrapped lines under the text', () => {
    const rand = rng(17);
    const long = words(60, rand);
    const list: Block = {
      type: 'list',
      ordered: true,
      start: 3,
      source: { line: 1 },
      items: [
        { children: [para(long)] },
        {
          children: [
            para('Andre punkt'),
            {
              type: 'list',
              ordered: false,
              start: 1,
              source: { line: 2 },
              items: [{ children: [para(long)] }],
            },
          ],
        },
      ],
    };
    const r = layout({ ...sampleTree(), children: [list] });
    const texts = r.pages[0]!.items.filter(isText);
    const labels = texts.filter((t) => roleOf(t) === 'Lbl');
    expect(labels.map((t) => t.text)).toEqual(['3.', '4.', '–']);
    const first = linesOf(r, 'b0/i0/body/0');
    expect(first.length).toBeGreaterThan(2);
    const xs = new Set(texts.filter((t) => structOf(t) === 'b0/i0/body/0').map((t) => t.x));
    expect(xs.size).toBe(1); // every line starts at the same indent
    const indent = [...xs][0]!;
    expect(labels[0]!.x + fakeMeasurer.width('3.', 'regular', labels[0]!.size)).toBeLessThan(indent);
    expect(labels[0]!.y).toBeCloseTo(first[0]!.y);
    const nested = texts.filter((t) => structOf(t) === 'b0/i1/body/1/i0/body/0');
    expect(Math.min(...nested.map((t) => t.x))).toBeGreaterThan(indent);
    expectInsideMargins(r);
  });

  it('holds narrow no-break spaces (U+202F) like no-break spaces', () => {
    const amount = '12\u202f345\u202f678\u00a0kr';
    const r = layout({
      ...sampleTree(),
      children: [para(`${'Beløpet er '.repeat(3)}${amount} `.repeat(40))],
    });
    const all = linesOf(r, 'b0').map((l) => l.text);
    expect(all.join('\n').split(amount).length - 1).toBe(40);
  });
});
