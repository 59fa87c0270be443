/**
 * Tables in the written DOCX, read back from word/document.xml for every document of every sample
 * project: header rows repeat (w:tblHeader), a table whose first column names the rows has Word's
 * first-column look (w:tblLook w:firstColumn), a sum row's label spans the empty cells after it
 * (w:gridSpan), and the columns have the PDF layout's widths.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tableColumnWidths, WORD_PROCESSOR_SLACK } from '../../src/layout/column-widths.js';
import { WidthCache } from '../../src/layout/measure-cache.js';
import { createMeasurer } from '../../src/fonts/measurer.js';
import type { Table } from '../../src/tree/types.js';
import { inlineText } from './helpers.js';
import { TEXT_WIDTH_TWIPS } from '../../src/writers/docx/tables.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { allBlocks, contentProjects, projectDocuments } from '../pdf/sample-docs.js';
import { paragraphText, paragraphsXml, part, treeParagraphTexts, unzipDocx } from './helpers.js';

interface Written {
  name: string;
  tables: Table[];
  xml: string[];
}

const written: Written[] = [];
for (const dir of contentProjects()) {
  for (const { id, tree } of await projectDocuments(dir)) {
    const doc = part(unzipDocx((await writeDocx(tree)).bytes), 'word/document.xml');
    const xml = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const tables = allBlocks(tree.children).flatMap((b) => (b.type === 'table' ? [b] : []));
    written.push({ name: `${dir}/${id}`, tables, xml });
  }
}

const rowsOf = (tbl: string) => [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const cellsOf = (tr: string) => [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
const spanOf = (tc: string) => Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 1);

describe('DOCX tables of the sample projects', () => {
  it('one Word table per tree table', () => {
    for (const w of written)
      expect({ name: w.name, n: w.xml.length }).toEqual({ name: w.name, n: w.tables.length });
  });

  it('header rows repeat on every page; the first-column look marks tables with row headers', () => {
    let rowHeaders = 0;
    for (const w of written) {
      w.tables.forEach((table, i) => {
        const tbl = w.xml[i]!;
        const look = /<w:tblLook [^>]*w:firstColumn="(\w+)"/.exec(tbl)?.[1];
        expect({ name: w.name, table: i, firstColumn: look }).toEqual({
          name: w.name,
          table: i,
          firstColumn: table.rowHeaders ? 'true' : 'false',
        });
        if (table.rowHeaders) rowHeaders++;
        rowsOf(tbl).forEach((tr, r) => expect(tr.includes('<w:tblHeader/>')).toBe(r < table.header.length));
      });
    }
    expect(rowHeaders).toBeGreaterThan(0);
  });

  it('cells and spans as in the tree: a sum row has no empty cell after its label', () => {
    let spans = 0;
    for (const w of written) {
      w.tables.forEach((table, i) => {
        const rows = rowsOf(w.xml[i]!);
        [...table.header, ...table.body].forEach((row, r) => {
          const cells = cellsOf(rows[r]!);
          // A range of amounts too wide for its column has a line break after its dash (tested below).
          const got = cells.map((tc) => [
            paragraphsXml(tc).map(paragraphText).join('').replace(/–\n/g, '–'),
            spanOf(tc),
          ]);
          const want = row.cells.map((c) => [inlineText(c.children), c.colSpan ?? 1]);
          expect(got).toEqual(want);
          if (row.total) expect(got[1]?.[0]).not.toBe('');
          spans += cells.filter((tc) => spanOf(tc) > 1).length;
        });
      });
    }
    expect(spans).toBeGreaterThan(0);
  });

  it('a line break in a cell only ever follows the dash of a range of amounts', () => {
    let breaks = 0;
    for (const w of written) {
      for (const tbl of w.xml) {
        for (const tc of rowsOf(tbl).flatMap(cellsOf)) {
          const text = paragraphsXml(tc).map(paragraphText).join('');
          for (const m of text.matchAll(/\n/g)) {
            breaks++;
            expect(text.slice(Math.max(0, m.index - 4), m.index + 2)).toMatch(/^\d{3}–\n\d$/);
          }
        }
      }
    }
    // The sample's cost plan has five columns of amount ranges, too many to set each on one line.
    expect(breaks).toBeGreaterThan(0);
  });

  it('the columns have the widths of the PDF layout’s algorithm (with a word processor’s slack), in whole twips filling the text width', () => {
    const cache = new WidthCache(createMeasurer());
    for (const w of written) {
      w.tables.forEach((table, i) => {
        const grid = [...w.xml[i]!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
        expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_TWIPS);
        const pdf = tableColumnWidths(table, TEXT_WIDTH_TWIPS / 20, cache, {
          slack: WORD_PROCESSOR_SLACK,
        }).map((p) => p * 20);
        expect(grid).toHaveLength(pdf.length);
        // Whole twips: each column is rounded down, the first takes what the rounding left.
        grid.forEach((g, c) => expect(Math.abs(g - pdf[c]!)).toBeLessThanOrEqual(c === 0 ? grid.length : 1));
      });
    }
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;
if (!(hasSoffice && hasPdftotext) && process.env.CI)
  throw new Error('soffice and pdftotext are required in CI');

describe.skipIf(!(hasSoffice && hasPdftotext))('DOCX tables set by LibreOffice', () => {
  it('keep every amount whole, breaking a range only after its dash', async () => {
    const [doc] = await projectDocuments('content/felles-ansvar');
    const dir = mkdtempSync(join(tmpdir(), 'grantdocs-docx-tables-'));
    const file = join(dir, `${doc!.id}.docx`);
    writeFileSync(file, (await writeDocx(doc!.tree)).bytes);
    const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'grantdocs-lo-profile-'))).href;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      { stdio: 'pipe', timeout: 120_000 },
    );
    // -raw keeps LibreOffice's drawing order, where a cell's lines follow each other.
    const text = execFileSync('pdftotext', ['-raw', join(dir, `${doc!.id}.pdf`), '-'], { encoding: 'utf8' })
      .replace(/–\s*\n/g, '–')
      .replace(/\s+/g, ' ');
    // Every amount of the document is whole in the text as often as the document has it (the same
    // amount stands in several tables): none is cut between its digits.
    const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
    const treeText = treeParagraphTexts(doc!.tree)
      .join('\n')
      .replace(/\u00a0/g, ' ');
    const amounts = new Set(treeText.match(/\d{1,3}(?: \d{3})+(?:–\d{1,3}(?: \d{3})*)? kr/g) ?? []);
    expect(amounts.size).toBeGreaterThan(0);
    for (const amount of amounts)
      expect({ amount, n: count(text, amount) >= count(treeText, amount) }).toEqual({ amount, n: true });
  }, 180_000);
});
