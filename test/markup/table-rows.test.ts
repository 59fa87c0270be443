/**
 * The markup stage's table conventions: row headers (the `{.radoverskrift}` marker on the first header
 * cell, or a header row without text) and sum rows whose label spans the empty cells after it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkup } from '../../src/markup/parse.js';
import { inlineText, placeCells, tableColumnCount, type Table } from '../../src/tree/types.js';

function table(md: string): { table: Table; warnings: number } {
  const { children, diagnostics } = parseMarkup(md);
  const t = children.find((b) => b.type === 'table');
  if (t?.type !== 'table') throw new Error('no table');
  return { table: t, warnings: diagnostics.length };
}

const texts = (t: Table) =>
  [...t.header, ...t.body].map((r) => r.cells.map((c) => [inlineText(c.children), c.colSpan ?? 1]));

describe('row headers', () => {
  it('a first header cell marked {.radoverskrift} keeps its text and gives the table row headers', () => {
    const { table: t, warnings } = table(
      '| [Kilde]{.radoverskrift} | Beløp |\n| --- | ---: |\n| Fylkeskommunen | 5 kr |\n',
    );
    expect(warnings).toBe(0);
    expect(t.rowHeaders).toBe(true);
    expect(t.header[0]!.cells[0]!.children).toEqual([{ type: 'text', text: 'Kilde' }]);
  });

  it('a header row without text is no header: a key/value table with row headers', () => {
    const { table: t } = table('|  |  |\n| --- | --- |\n| Prosjekt | Felles Ansvar |\n| Søker | Rådet |\n');
    expect(t.header).toEqual([]);
    expect(t.rowHeaders).toBe(true);
    expect(texts(t)).toEqual([
      [
        ['Prosjekt', 1],
        ['Felles Ansvar', 1],
      ],
      [
        ['Søker', 1],
        ['Rådet', 1],
      ],
    ]);
  });

  it('a table with neither has none, and the marker elsewhere is an unknown attribute', () => {
    expect(table('| A | B |\n| --- | --- |\n| x | y |\n').table.rowHeaders).toBeUndefined();
    const late = table('| A | [B]{.radoverskrift} |\n| --- | --- |\n| x | y |\n');
    expect(late.table.rowHeaders).toBeUndefined();
    expect(late.warnings).toBe(1);
  });
});

describe('sum rows', () => {
  it('the label spans the empty cells right after it; empty cells further on stay', () => {
    const md =
      '| Kilde | Form | 2026 | Merknad | Sum |\n| --- | --- | ---: | --- | ---: |\n' +
      '| Fylket | Kontant | 5 kr | x | 5 kr |\n| **Sum kontant** | | 5 kr | | 5 kr |\n';
    const { table: t } = table(md);
    expect(t.body[1]!.total).toBe(true);
    expect(texts(t)[2]).toEqual([
      ['Sum kontant', 2],
      ['5 kr', 1],
      ['', 1],
      ['5 kr', 1],
    ]);
  });

  it('a sum row whose label has content after it has no span', () => {
    const { table: t } = table('| Post | Beløp |\n| --- | ---: |\n| **Sum** | 5 kr |\n');
    expect(t.body[0]!.cells[0]!.colSpan).toBeUndefined();
  });

  it('for any row of empty and filled cells, the placed cells cover every column exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), (filled) => {
        const n = filled.length + 1;
        const head = `| ${Array.from({ length: n }, (_, i) => `K${i}`).join(' | ')} |`;
        const rule = `| ${Array.from({ length: n }, () => '---').join(' | ')} |`;
        const sum = `| **Sum** | ${filled.map((f, i) => (f ? `${i} kr` : ' ')).join(' | ')} |`;
        const { table: t } = table(`${head}\n${rule}\n${sum}\n`);
        const cols = tableColumnCount(t);
        expect(cols).toBe(n);
        const placed = placeCells(t.body[0]!, cols);
        expect(placed.map((p) => p.span).reduce((a, b) => a + b, 0)).toBe(n);
        // The label covers itself and the empty cells before the first filled one.
        const lead = filled.indexOf(true);
        expect(placed[0]!.span).toBe(1 + (lead < 0 ? filled.length : lead));
        // Every filled cell stays in its own column.
        filled.forEach((f, i) => {
          if (f)
            expect(placed.find((p) => p.column === i + 1)?.cell.children).toEqual([
              { type: 'text', text: `${i} kr` },
            ]);
        });
      }),
    );
  });
});
