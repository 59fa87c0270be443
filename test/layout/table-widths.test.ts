/**
 * Table column widths: a column keeps at least its longest unbreakable word (an «Ikke avklart» marker)
 * where the page allows, also when the table's longest words together are wider than the page.
 */
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layout-document.js';
import { fitMinimums } from '../../src/layout/table.js';
import type { TextItem } from '../../src/layout/types.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Block, Inline, TableRow } from '../../src/tree/types.js';
import { fakeMeasurer } from './fake-measurer.js';
import { body, isText, structOf } from './inspect.js';
import { text } from './trees.js';

const marker: Inline = { type: 'unresolved', text: 'Ikke avklart' };

function table(header: string[], rows: Inline[][][]): Block {
  const row = (cells: Inline[][]): TableRow => ({ cells: cells.map((children) => ({ children })) });
  return {
    type: 'table',
    columns: header.map(() => ({ align: 'left' as const })),
    header: [row(header.map((h) => [text(h)]))],
    body: rows.map(row),
    source: { line: 1 },
  };
}

/** Text items of column `c` of the first table, by row. */
function column(block: Block, c: number): TextItem[][] {
  const r = layoutDocument({ ...sampleTree(), children: [block] }, fakeMeasurer);
  const items = r.pages.flatMap((p) => p.items.filter(isText));
  const rows = block.type === 'table' ? block.body.length : 0;
  return Array.from({ length: rows }, (_, i) =>
    items.filter((t) => structOf(t)?.startsWith(`b0/r${i}/c${c}`)),
  );
}

describe('column widths keep «Ikke avklart» whole', () => {
  it('in a narrow status column beside long text (the list of unresolved items)', () => {
    const long = 'Kostnad: Kontorlokaler, kjøretøy og fagressurser fra politiet (naturalia), hele perioden';
    const t = table(
      ['Hva', 'Status', 'Åpent spørsmål'],
      Array.from({ length: 4 }, () => [[text(long)], [marker], [text('Hvordan fordeles ressursinnsatsen?')]]),
    );
    for (const cell of column(t, 1)) expect(cell.map((i) => i.text)).toEqual(['Ikke avklart']);
  });

  it('when the longest words of all columns do not fit side by side, the widest columns give way', () => {
    // Four columns of one 36-letter word each (162 pt with the fake measurer) and a status column:
    // far wider than the page even at their narrowest.
    const word = 'Kommunedirektørforumsrepresentantene';
    const t = table(
      ['A', 'B', 'C', 'D', 'Status'],
      Array.from({ length: 3 }, () => [[text(word)], [text(word)], [text(word)], [text(word)], [marker]]),
    );
    for (const cell of column(t, 4)) expect(cell.map((i) => i.text)).toEqual(['Ikke avklart']);
    // The long words break (inside the word), and nothing leaves the page.
    const first = column(t, 0)[0]!;
    expect(first.length).toBeGreaterThan(1);
    for (const cell of [0, 1, 2, 3, 4].flatMap((c) => column(t, c).flat())) {
      expect(cell.x).toBeGreaterThanOrEqual(body.left);
      expect(cell.x + fakeMeasurer.width(cell.text, cell.font, cell.size)).toBeLessThanOrEqual(
        body.right + 0.01,
      );
    }
  });
});

describe('short labels in narrow columns', () => {
  it('wrap between words and are not hyphenated («Hele perioden», never «Hele peri-» / «oden»)', () => {
    // A text column this long leaves the label columns wide enough for «Hele peri-» but not for
    // «Hele perioden» (with hyphenation on, they were set «Hele peri-» / «oden», «Lokaler og ut-» / «styr»).
    const long = 'Kontorlokaler kjøretøy og fagressurser fra politiet naturalia for hele prosjektperioden';
    const t = table(
      ['Kategori', 'Kostnad', 'År'],
      [[[text('Lokaler og utstyr')], [text(long)], [text('Hele perioden')]]],
    );
    expect(column(t, 2)[0]!.map((i) => i.text.trim())).toEqual(['Hele', 'perioden']);
    expect(column(t, 0)[0]!.map((i) => i.text.trim())).toEqual(['Lokaler og', 'utstyr']);
  });
});

describe('fitMinimums', () => {
  it('keeps the narrow columns and caps the wide ones so the sum is the available width', () => {
    expect(fitMinimums([60, 170, 170, 170, 170], 460)).toEqual([60, 100, 100, 100, 100]);
    expect(fitMinimums([50, 80, 300], 300)).toEqual([50, 80, 170]);
  });
  it('shares equally when even the narrowest column does not fit', () => {
    expect(fitMinimums([100, 200], 120)).toEqual([60, 60]);
  });
});
