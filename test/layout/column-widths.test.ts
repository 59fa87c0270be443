/**
 * The column-width algorithm shared by the PDF layout and the DOCX writer: the widths fill the table
 * exactly, no column is narrower than its longest word while the longest words fit side by side, a
 * spanning cell widens only what its columns lack, and the same input always gives the same widths.
 * Also on the real sample tables, measured in the real fonts: every column keeps its longest word.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnBounds, fitMinimums, shareWidths, tableColumnWidths } from '../../src/layout/column-widths.js';
import { flattenInlines } from '../../src/layout/inline-runs.js';
import { makeParagraph, minContentWidth } from '../../src/layout/line-break.js';
import { WidthCache } from '../../src/layout/measure-cache.js';
import { space, type as typeStyle } from '../../src/layout/style.js';
import { createMeasurer } from '../../src/fonts/measurer.js';
import { placeCells, tableColumnCount, type Align, type Table } from '../../src/tree/types.js';
import { allBlocks, contentProjects, projectDocuments } from '../pdf/sample-docs.js';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Columns with min ≤ whole ≤ max, their alignments and an available width. */
const columnsArb = fc
  .array(
    fc
      .tuple(
        fc.double({ min: 5, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom<Align>('left', 'right', 'center'),
      )
      .map(([min, extra, part, align]) => ({ min, whole: min + extra * part, max: min + extra, align })),
    { minLength: 1, maxLength: 8 },
  )
  .chain((cols) =>
    fc.record({ cols: fc.constant(cols), available: fc.double({ min: 20, max: 1000, noNaN: true }) }),
  );

describe('shareWidths', () => {
  it('the widths add up to the available width, always', () => {
    fc.assert(
      fc.property(columnsArb, ({ cols, available }) => {
        const w = shareWidths(
          cols.map((c) => c.min),
          cols.map((c) => c.max),
          available,
          cols.map((c) => c.align),
          cols.map((c) => c.whole),
        );
        expect(w).toHaveLength(cols.length);
        expect(close(sum(w), available)).toBe(true);
      }),
    );
  });

  it('every column gets at least its minimum (and its whole amounts) when those fit, and never more than its maximum while another lacks', () => {
    fc.assert(
      fc.property(columnsArb, ({ cols, available }) => {
        const min = cols.map((c) => c.min);
        const whole = cols.map((c) => c.whole);
        const max = cols.map((c) => c.max);
        const w = shareWidths(
          min,
          max,
          available,
          cols.map((c) => c.align),
          whole,
        );
        if (sum(min) <= available) w.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(min[i]! - 1e-9));
        if (sum(whole) <= available) w.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(whole[i]! - 1e-9));
        if (sum(max) > available) w.forEach((x, i) => expect(x).toBeLessThanOrEqual(max[i]! + 1e-9));
        else w.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(max[i]! - 1e-9));
      }),
    );
  });

  it('is deterministic: the same columns give the same widths, bit for bit', () => {
    fc.assert(
      fc.property(columnsArb, ({ cols, available }) => {
        const args = [
          cols.map((c) => c.min),
          cols.map((c) => c.max),
          available,
          cols.map((c) => c.align),
        ] as const;
        expect(shareWidths(...args)).toEqual(shareWidths(...args));
      }),
    );
  });

  it('room to spare goes to the text columns, so amounts stay beside their labels', () => {
    const w = shareWidths([30, 30], [60, 50], 200, ['left', 'right']);
    expect(w).toEqual([150, 50]);
  });
});

describe('fitMinimums', () => {
  it('when the minimums do not fit, the widest columns give way and the narrow ones keep theirs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 300, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0.05, max: 0.99, noNaN: true }),
        (min, share) => {
          const available = sum(min) * share;
          const w = fitMinimums(min, available);
          expect(close(sum(w), available)).toBe(true);
          const cap = Math.max(...w);
          w.forEach((x, i) => expect(close(x, min[i]!) || close(x, cap)).toBe(true));
          w.forEach((x, i) => expect(x).toBeLessThanOrEqual(min[i]! + 1e-9));
        },
      ),
    );
  });
});

describe('columnBounds', () => {
  it('a spanning cell widens its columns only by what they lack together', () => {
    const cell = (column: number, span: number, min: number, max: number) => ({
      column,
      span,
      min,
      whole: min,
      max,
    });
    const single = [cell(0, 1, 20, 40), cell(1, 1, 10, 10), cell(2, 1, 30, 30)];
    const narrow = columnBounds([...single, cell(0, 2, 25, 25)], 3, 1000, 8, 9);
    expect(narrow).toEqual(columnBounds(single, 3, 1000, 8, 9));
    const wide = columnBounds([...single, cell(0, 2, 100, 120)], 3, 1000, 8, 9);
    expect(wide.min[0]! + wide.min[1]!).toBeCloseTo(108);
    expect(wide.max[0]! + wide.max[1]!).toBeCloseTo(128);
    expect(wide.min[2]).toBe(38);
  });
});

describe('the sample tables in the real fonts', async () => {
  const cache = new WidthCache(createMeasurer());
  const tables: { name: string; table: Table }[] = [];
  for (const dir of contentProjects())
    for (const { id, tree } of await projectDocuments(dir))
      for (const b of allBlocks(tree.children))
        if (b.type === 'table') tables.push({ name: `${dir}/${id}`, table: b });
  // The PDF's text width: A4 less two 25 mm margins.
  const available = 595.28 - (2 * (25 * 72)) / 25.4;

  it('every column is at least as wide as its longest word, so no word has to be broken', () => {
    expect(tables.length).toBeGreaterThan(10);
    for (const { name, table } of tables) {
      const widths = tableColumnWidths(table, available, cache);
      expect(close(sum(widths), available)).toBe(true);
      const columns = tableColumnCount(table);
      for (const [i, row] of [...table.header, ...table.body].entries()) {
        const bold = i < table.header.length || !!row.total;
        for (const { cell, column, span } of placeCells(row, columns)) {
          const { runs } = flattenInlines(cell.children, '', {
            bold,
            italic: false,
            color: { r: 0, g: 0, b: 0 },
          });
          const word = minContentWidth(makeParagraph(runs, typeStyle.table.size), cache);
          const room = sum(widths.slice(column, column + span)) - 2 * space.cellPadX;
          expect({ name, column, word: word <= room + 1e-6 }).toEqual({ name, column, word: true });
        }
      }
    }
  });
});
