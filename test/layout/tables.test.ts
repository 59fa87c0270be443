import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layout-document.js';
import type { LayoutResult } from '../../src/layout/types.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Block, DocumentTree } from '../../src/tree/types.js';
import { fakeMeasurer } from './fake-measurer.js';
import { body, expectInsideMargins, isArtifact, isText, roleOf, structOf } from './inspect.js';
import { budgetTable, para, rng, words } from './trees.js';

const layout = (tree: DocumentTree): LayoutResult => layoutDocument(tree, fakeMeasurer);

describe('tables across pages', () => {
  const tree = { ...sampleTree(), children: [para('Innledning.'), budgetTable(150)] };
  const r = layout(tree);

  it('repeats the header row at the top of every page the table spans, as an artifact', () => {
    expect(r.pages.length).toBeGreaterThanOrEqual(3);
    r.pages.forEach((p, i) => {
      const texts = p.items
        .filter(isText)
        .filter((t) => structOf(t)?.startsWith('b1/') || (isArtifact(t) && t.text === 'Kostnad'));
      const headers = p.items.filter(isText).filter((t) => t.text === 'Kostnad');
      expect(headers, `page ${i}`).toHaveLength(1);
      const top = Math.min(
        ...p.items
          .filter(isText)
          .filter((t) => !t.rotate && t.y > body.top && t.y < body.bottom && (structOf(t) || isArtifact(t)))
          .map((t) => t.y),
      );
      if (i > 0) {
        expect(headers[0]!.y).toBeCloseTo(top);
        expect(isArtifact(headers[0]!)).toBe(true);
      } else {
        expect(roleOf(headers[0]!)).toBe('TH');
      }
      expect(texts.length).toBeGreaterThan(0);
    });
    expectInsideMargins(r);
  });

  it('moves rows whole and keeps the total row with the row before it', () => {
    const rows = new Map<string, Set<number>>();
    r.pages.forEach((p, page) => {
      for (const t of p.items.filter(isText)) {
        const m = /^b1\/r(\d+)\//.exec(structOf(t) ?? '');
        if (m) rows.set(m[1]!, (rows.get(m[1]!) ?? new Set()).add(page));
      }
    });
    for (const [row, pages] of rows) expect(pages.size, `row ${row}`).toBe(1);
    const last = [...rows.get('150')!][0];
    expect(rows.get('149')!.has(last!)).toBe(true);
  });

  it('splits a row taller than a page, with a warning', () => {
    const rand = rng(5);
    const huge = budgetTable(2);
    if (huge.type !== 'table') throw new Error('table');
    huge.body[0]!.cells[0] = { children: [{ type: 'text', text: words(2500, rand) }] };
    const t = layout({ ...sampleTree(), children: [huge] });
    expect(t.diagnostics).toHaveLength(1);
    expect(t.diagnostics[0]).toMatchObject({ severity: 'warning', rule: 'layout/row-split' });
    expect(t.pages.length).toBeGreaterThan(2);
    expectInsideMargins(t);
  });

  it('shrinks and wraps the columns of a table wider than the page', () => {
    const wide: Block = {
      type: 'table',
      columns: Array.from({ length: 8 }, () => ({ align: 'left' as const })),
      header: [
        {
          cells: Array.from({ length: 8 }, (_, i) => ({
            children: [{ type: 'text' as const, text: `Overskrift${i}medlangtord` }],
          })),
        },
      ],
      body: [
        {
          cells: Array.from({ length: 8 }, () => ({
            children: [{ type: 'text' as const, text: 'Kunnskapsgrunnlagsdokumentasjonen '.repeat(3) }],
          })),
        },
      ],
      source: { line: 3 },
    };
    const t = layout({ ...sampleTree(), children: [wide] });
    expectInsideMargins(t);
  });
});

describe('column widths', () => {
  it('gives a column room for «Ikke avklart» on one line', () => {
    const cell = (t: string) => ({
      children: [{ type: 'text' as const, text: t }],
    });
    const table: Block = {
      type: 'table',
      columns: [{ align: 'left' }, { align: 'left' }, { align: 'left' }],
      header: [{ cells: [cell('Hva'), cell('Status'), cell('Åpent spørsmål')] }],
      body: Array.from({ length: 5 }, () => ({
        cells: [
          cell(
            'Finansiering: Nordland fylkeskommune (kontant) og en lang tekst som fyller kolonnen godt opp',
          ),
          { children: [{ type: 'unresolved' as const, text: 'Ikke avklart' }] },
          cell('Hvordan fordeles ressursinnsatsen mellom partnerne i prosjektet?'),
        ],
      })),
      source: { line: 1 },
    };
    const r = layout({ ...sampleTree(), children: [table] });
    const markers = r.pages[0]!.items.filter(isText).filter((t) => t.font === 'boldItalic');
    expect(markers.map((t) => t.text)).toEqual(Array(5).fill('Ikke avklart'));
    expectInsideMargins(r);
  });
});
