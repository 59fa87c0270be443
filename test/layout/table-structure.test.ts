/**
 * The structure the layout gives a table for the tagged PDF: a key/value table (no header row, the
 * first column names the rows) has no THead and a TH with /Scope /Row first in every row; a sum row's
 * label spanning two columns is one TD with ColSpan 2.
 */
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layout-document.js';
import type { StructElement } from '../../src/layout/types.js';
import { parseMarkup } from '../../src/markup/parse.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Block } from '../../src/tree/types.js';
import { fakeMeasurer } from './fake-measurer.js';
import { isText, structOf, textWidth } from './inspect.js';

function laidOut(md: string) {
  const children: Block[] = parseMarkup(md).children;
  const r = layoutDocument({ ...sampleTree(), children }, fakeMeasurer);
  const find = (els: StructElement[]): StructElement | undefined => {
    for (const e of els) {
      if (e.role === 'Table') return e;
      const inner = find(e.children);
      if (inner) return inner;
    }
    return undefined;
  };
  const table = find(r.structure ?? []);
  if (!table) throw new Error('no Table element');
  return { r, table };
}

const cellsOf = (table: StructElement) =>
  table.children
    .filter((g) => g.role === 'TBody')
    .flatMap((g) => g.children)
    .map((tr) => tr.children.map((c) => ({ role: c.role, scope: c.scope, colSpan: c.colSpan })));

describe('table structure', () => {
  it('a key/value table: no THead, a row header first in every row', () => {
    const { table } = laidOut('|  |  |\n| --- | --- |\n| Prosjekt | Felles Ansvar |\n| Søker | Rådet |\n');
    expect(table.children.map((c) => c.role)).toEqual(['TBody']);
    expect(cellsOf(table)).toEqual([
      [
        { role: 'TH', scope: 'Row', colSpan: undefined },
        { role: 'TD', scope: undefined, colSpan: undefined },
      ],
      [
        { role: 'TH', scope: 'Row', colSpan: undefined },
        { role: 'TD', scope: undefined, colSpan: undefined },
      ],
    ]);
  });

  it('a sum row label over an empty column is one cell with ColSpan 2', () => {
    const md =
      '| Kilde | Form | Beløp |\n| --- | --- | ---: |\n| Fylkeskommunen | Kontant | 5 kr |\n' +
      '| **Sum kontant og naturalia i alt** | | 5 kr |\n';
    const { r, table } = laidOut(md);
    expect(cellsOf(table)[1]).toEqual([
      { role: 'TD', scope: undefined, colSpan: 2 },
      { role: 'TD', scope: undefined, colSpan: undefined },
    ]);
    const items = r.pages.flatMap((p) => p.items.filter(isText));
    const label = items.filter((t) => structOf(t)?.startsWith('b0/r1/c0'));
    const form = items.find((t) => structOf(t)?.startsWith('b0/r0/c1'))!;
    const amount = items.find((t) => structOf(t)?.startsWith('b0/r1/c2'))!;
    // Drawn from the first column's left edge, on one line, clear of the amount's column.
    expect(Math.min(...label.map((t) => t.x))).toBeLessThan(form.x);
    expect(new Set(label.map((t) => t.y)).size).toBe(1);
    expect(Math.max(...label.map((t) => t.x + textWidth(t)))).toBeLessThan(amount.x);
  });
});
