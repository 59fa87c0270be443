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
import type { Align, Table as TableNode, TableRow as TableRowNode } from '../../tree/types.js';
import { assertNever, inlineText } from '../../tree/types.js';
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

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
const HEAVY_RULE = { style: BorderStyle.SINGLE, size: 8, color: COLOR.text };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/**
 * A table node as a Word table: header rows marked to repeat on every page (w:tblHeader), no row split
 * across pages (w:cantSplit), right-aligned number columns, sum rows in bold with a rule above, and the
 * caption as a Caption paragraph below. Numbers right-aligned follow the column's alignment in the tree.
 */
export function renderTable(table: TableNode, ctx: DocxContext): FileChild[] {
  const columnCount = Math.max(
    table.columns.length,
    ...[...table.header, ...table.body].map((r) => r.cells.length),
  );
  const widths = columnWidths(table, columnCount);
  const row = (node: TableRowNode, header: boolean): TableRow =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: Array.from({ length: columnCount }, (_, i) => {
        const cell = node.cells[i];
        const align = table.columns[i]?.align ?? 'left';
        // Rules and margins come from the table (few elements per cell keep large tables fast to write);
        // cells add only the header's shading and rule and the rule above a sum row.
        const borders = header ? { bottom: HEAVY_RULE } : node.total ? { top: HEAVY_RULE } : undefined;
        return new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.headerFill } } : {}),
          ...(borders ? { borders } : {}),
          children: [
            new Paragraph({
              style: header ? STYLE.tableHeader : STYLE.tableText,
              ...(align === 'left' ? {} : { alignment: alignment(align) }),
              children: inlineChildren(cell?.children ?? [], { bold: node.total === true }, ctx),
            }),
          ],
        });
      }),
    });
  const out: FileChild[] = [
    new Table({
      style: STYLE.table,
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      margins: { left: 80, right: 80, top: 20, bottom: 20 },
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
  ];
  if (table.caption && table.caption.length > 0) {
    out.push(new Paragraph({ style: STYLE.caption, children: inlineChildren(table.caption, {}, ctx) }));
  }
  return out;
}

/**
 * Column widths in twips: proportional to the longest text in each column (within limits), so the label
 * column of a budget gets the room and the amount columns stay narrow.
 */
function columnWidths(table: TableNode, count: number): number[] {
  const weights = Array.from({ length: count }, () => 6);
  for (const row of [...table.header, ...table.body]) {
    row.cells.forEach((cell, i) => {
      const length = inlineText(cell.children).length;
      weights[i] = Math.max(weights[i] ?? 6, Math.min(40, length));
    });
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS));
  widths[0] = (widths[0] ?? 0) + TEXT_WIDTH_TWIPS - widths.reduce((a, b) => a + b, 0);
  return widths;
}
