/**
 * What a screen reader and a copy get from the tables of every sample PDF, read with poppler:
 * `pdfinfo -struct-text` lists a row header (TH, /Scope /Row) first in each body row of a table whose
 * first column names the rows, column headers with /Scope /Column, and a sum row's label with /ColSpan
 * over the empty cells after it (no empty cell left to be read as «blank»); `pdftotext -raw` finds no
 * short word (≤ 7 letters), month name, date or amount broken by a line-break hyphen.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { MONTHS } from '../../src/format/date.js';
import { inlineText, type Table } from '../../src/tree/types.js';
import { allBlocks, allProjectPdfs } from './sample-docs.js';
import { parseStructText, type StructTextNode } from './struct-text.js';
import { hasTool, run } from './tools.js';

interface Built {
  name: string;
  tables: Table[];
  file: string;
}

const built: Built[] = [];
const tools = hasTool('pdftotext') && hasTool('pdfinfo');

beforeAll(async () => {
  if (!tools) return;
  for (const { name, tree, file } of await allProjectPdfs()) {
    const tables = allBlocks(tree.children).flatMap((b) => (b.type === 'table' ? [b] : []));
    built.push({ name, tables, file });
  }
}, 120_000);

function find(node: StructTextNode, role: string, out: StructTextNode[] = []): StructTextNode[] {
  for (const c of node.children) {
    if (c.role === role) out.push(c);
    else find(c, role, out);
  }
  return out;
}

const text = (n: StructTextNode): string =>
  n.content
    .map((c) => (typeof c === 'string' ? c : text(c)))
    .join(' ')
    .replace(/\u00ad\s*/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

describe.skipIf(!tools)('tables as poppler reads them', () => {
  test('row headers, column headers and spanning sum-row labels in the structure tree', () => {
    let rowHeaders = 0;
    let spans = 0;
    for (const b of built) {
      const { out } = run('pdfinfo', ['-struct-text', b.file]);
      const tables = find(parseStructText(out), 'Table');
      expect({ name: b.name, tables: tables.length }).toEqual({ name: b.name, tables: b.tables.length });
      tables.forEach((t, i) => {
        const tree = b.tables[i]!;
        const groups = t.children.filter((c) => c.role === 'THead' || c.role === 'TBody');
        const head = groups.find((g) => g.role === 'THead')?.children ?? [];
        const body = groups.find((g) => g.role === 'TBody')?.children ?? [];
        expect(head).toHaveLength(tree.header.length);
        expect(body).toHaveLength(tree.body.length);
        for (const tr of head)
          for (const cell of tr.children)
            expect([cell.role, cell.attributes.Scope]).toEqual(['TH', 'Column']);
        body.forEach((tr, r) => {
          const row = tree.body[r]!;
          tr.children.forEach((cell, c) => {
            const where = `${b.name}, tabell ${i + 1}, rad ${r + 1}, celle ${c + 1}`;
            const rowHeader = c === 0 && tree.rowHeaders === true;
            expect({ where, role: cell.role, scope: cell.attributes.Scope }).toEqual({
              where,
              role: rowHeader ? 'TH' : 'TD',
              scope: rowHeader ? 'Row' : undefined,
            });
            const span = row.cells[c]?.colSpan ?? 1;
            expect({ where, span: Number(cell.attributes.ColSpan ?? 1) }).toEqual({ where, span });
            if (rowHeader) {
              expect(text(cell)).toBe(
                inlineText(row.cells[0]!.children)
                  .replace(/[\s\u00a0]+/g, ' ')
                  .trim(),
              );
              rowHeaders++;
            }
            if (span > 1) spans++;
            // A sum row has no empty cell right after its label.
            if (row.total && c === 1) expect(text(cell)).not.toBe('');
          });
        });
      });
    }
    expect(rowHeaders).toBeGreaterThan(0);
    expect(spans).toBeGreaterThan(0);
  });

  test('no short word, month name, date or amount is broken by a line-break hyphen', () => {
    const months = new Set(MONTHS);
    let broken = 0;
    for (const b of built) {
      // -raw keeps the content stream's order, where a cell's lines follow each other.
      const { out } = run('pdftotext', ['-raw', b.file, '-']);
      for (const m of out.matchAll(/(\S*)\u00ad\s+(\S+)/g)) {
        broken++;
        const word = `${m[1]}${m[2]}`;
        const letters = word.replace(/[^\p{L}]/gu, '');
        const bad = /\d/.test(word) || letters.length <= 7 || months.has(letters.toLowerCase());
        expect({ name: b.name, word, bad }).toEqual({ name: b.name, word, bad: false });
      }
    }
    // The samples do hyphenate long words, so the test sees real breaks.
    expect(broken).toBeGreaterThan(0);
  });
});
