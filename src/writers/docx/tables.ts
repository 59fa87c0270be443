import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import { createMeasurer } from '../../fonts/measurer.js';
import { tableColumnWidths, WORD_PROCESSOR_SLACK } from '../../layout/column-widths.js';
import { WidthCache } from '../../layout/measure-cache.js';
import { space, type } from '../../layout/style.js';
import type { Align, Inline, Table as TableNode, TableRow as TableRowNode } from '../../tree/types.js';
import { assertNever, placeCells, tableColumnCount } from '../../tree/types.js';
import type { DocxContext } from './context.js';
import { inlineChildren } from './inlines.js';
import { COLOR, STYLE } from './styles.js';

/** Width of the text column in twips: A4 (11906) minus two 25 mm margins. */
export const TEXT_WIDTH_TWIPS = 11906 - 2 * 1417;

function alignment(align: Align): (typeof AlignmentType)[keyof typeof AlignmentType] {
  switch (align) {
    case 'left':
      return AlignmentType.LEFT;
    case 'right':
      return AlignmentType.RIGHT;
    case 'center':
      return AlignmentType.CENTER;
    default:
      return assertNever(align);
  }
}

/** Left and right cell margin in points: the PDF's cell padding. */
const CELL_MARGIN_PT = space.cellPadX;

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
const HEAVY_RULE = { style: BorderStyle.SINGLE, size: 8, color: COLOR.text };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/**
 * A table node as a Word table: header rows marked to repeat on every page (w:tblHeader), no row split
 * across pages (w:cantSplit), right-aligned number columns, sum rows in bold with a rule above, and the
 * caption as a Caption paragraph above. Numbers right-aligned follow the column's alignment in the tree.
 * A table whose first column names the rows gets `w:tblLook w:firstColumn="1"` (Word's «first column»
 * formatting, which tells assistive technology the first cells head their rows); a sum row's label
 * covers the empty cells after it with `w:gridSpan`.
 */
export function renderTable(table: TableNode, ctx: DocxContext): FileChild[] {
  const columnCount = tableColumnCount(table);
  const widths = columnWidths(table);
  const row = (node: TableRowNode, header: boolean): TableRow =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: placeCells(node, columnCount).map(({ cell, column, span }) => {
        const align = table.columns[column]?.align ?? 'left';
        // Rules and margins come from the table (few elements per cell keep large tables fast to write);
        // cells add only the header's shading and rule and the rule above a sum row.
        const borders = header ? { bottom: HEAVY_RULE } : node.total ? { top: HEAVY_RULE } : undefined;
        const width = widths.slice(column, column + span).reduce((a, w) => a + w, 0);
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.headerFill } } : {}),
          ...(borders ? { borders } : {}),
          children: [
            new Paragraph({
              style: header ? STYLE.tableHeader : STYLE.tableText,
              ...(align === 'left' ? {} : { alignment: alignment(align) }),
              children: inlineChildren(
                wordProcessorBreaks(
                  cell.children,
                  header || node.total === true,
                  width / 20 - 2 * CELL_MARGIN_PT,
                ),
                { bold: node.total === true },
                ctx,
              ),
            }),
          ],
        });
      }),
    });
  const out: FileChild[] = [];
  // The caption goes above the table, as in the PDF, and keeps with it.
  if (table.caption && table.caption.length > 0) {
    out.push(new Paragraph({ style: STYLE.caption, children: inlineChildren(table.caption, {}, ctx) }));
  }
  out.push(
    new Table({
      style: STYLE.table,
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      tableLook: {
        firstRow: table.header.length > 0,
        firstColumn: table.rowHeaders === true,
        lastRow: false,
        lastColumn: false,
        noHBand: true,
        noVBand: true,
      },
      margins: { left: CELL_MARGIN_PT * 20, right: CELL_MARGIN_PT * 20, top: 20, bottom: 20 },
      borders: {
        top: NONE,
        bottom: RULE,
        left: NONE,
        right: NONE,
        insideHorizontal: RULE,
        insideVertical: NONE,
      },
      rows: [...table.header.map((r) => row(r, true)), ...table.body.map((r) => row(r, false))],
    }),
  );
  return out;
}

/** A range of grouped amounts («2 500 000–3 000 000 kr»); group 1 ends with its dash. */
const AMOUNT_RANGE = /(\d{1,3}(?:\u00a0\d{3})+–)(\d{1,3}(?:\u00a0\d{3})*(?:\u00a0kr)?)/g;

/**
 * Table cell text as a word processor should break it. Ranges of amounts too wide for their column are
 * broken after the dash as the PDF breaks them («2 500 000–» / «3 000 000 kr»): Word and LibreOffice
 * take no break there (nor at a zero-width space between no-break spaces) and would cut the number
 * between its digits. `room` is the column's text width in points.
 */
function wordProcessorBreaks(nodes: Inline[], bold: boolean, room: number): Inline[] {
  cache ??= new WidthCache(createMeasurer());
  const measure = cache;
  const fits = (text: string, strong: boolean) =>
    WORD_PROCESSOR_SLACK(measure.width(text, strong ? 'bold' : 'regular', type.table.size)) <= room;
  const walk = (list: Inline[], strong: boolean): Inline[] =>
    list.flatMap((n): Inline[] => {
      if (n.type === 'strong') return [{ ...n, children: walk(n.children, true) }];
      if (n.type === 'emphasis' || n.type === 'lang') return [{ ...n, children: walk(n.children, strong) }];
      if (n.type !== 'text') return [n];
      const out: Inline[] = [];
      let from = 0;
      for (const m of n.text.matchAll(AMOUNT_RANGE)) {
        if (fits(m[0], strong)) continue;
        const cut = m.index + m[1]!.length;
        out.push({ type: 'text', text: n.text.slice(from, cut) }, { type: 'lineBreak' });
        from = cut;
      }
      if (from === 0) return [n];
      out.push({ type: 'text', text: n.text.slice(from) });
      return out;
    });
  return walk(nodes, bold);
}

/** Table text is measured in the embedded fonts, the PDF's; one cache serves every table written. */
let cache: WidthCache | undefined;

/**
 * Column widths in twips: the PDF layout's algorithm (src/layout/column-widths.ts: the same fonts, size
 * and cell margins) for the DOCX text width, with the room a word processor needs beyond the measured
 * text, in whole twips that add up to the text width.
 */
function columnWidths(table: TableNode): number[] {
  cache ??= new WidthCache(createMeasurer());
  const points = tableColumnWidths(table, TEXT_WIDTH_TWIPS / 20, cache, { slack: WORD_PROCESSOR_SLACK });
  const whole = points.map((w) => Math.floor(w * 20));
  whole[0] = (whole[0] ?? 0) + TEXT_WIDTH_TWIPS - whole.reduce((a, b) => a + b, 0);
  return whole;
}
