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
import type { Align, Inline, Table as TableNode, TableRow as TableRowNode } from '../../tree/types.js';
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
 * caption as a Caption paragraph above. Numbers right-aligned follow the column's alignment in the tree.
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
  );
  return out;
}

/** Rough advance of one character of table text (10 pt), in twips, for sizing columns without fonts. */
const CHAR_TWIPS = 110;
const CELL_PAD = 160;

/**
 * Column widths in twips, by the PDF layout's rule estimated from character counts: every column gets at
 * least its longest word (at most 40 % of the width) and at most its longest line; with room to spare
 * the text columns grow, so amounts stay close to their labels.
 */
function columnWidths(table: TableNode, count: number): number[] {
  const available = TEXT_WIDTH_TWIPS;
  const min = Array.from({ length: count }, () => CELL_PAD + CHAR_TWIPS);
  const max = [...min];
  const aligns = Array.from({ length: count }, (_, i) => table.columns[i]?.align ?? 'left');
  for (const row of [...table.header, ...table.body]) {
    row.cells.forEach((cell, i) => {
      const text = inlineText(cell.children);
      // Bold text (sum rows, the «Ikke avklart» marker) is wider than regular text.
      const weight = row.total || hasUnresolved(cell.children) ? 1.15 : 1;
      // Words break at ordinary spaces only: amounts hold together with no-break spaces. Numbers in
      // right-aligned columns are not wrapped at all when they fit in 40 % of the width.
      const unbreakable = aligns[i] === 'left' ? text.split(/[ \t\n\u00ad]+/) : [text];
      const longestWord = Math.max(0, ...unbreakable.map((w) => w.length));
      min[i] = Math.max(min[i] ?? 0, Math.min(longestWord * CHAR_TWIPS * weight, available * 0.4) + CELL_PAD);
      max[i] = Math.max(max[i] ?? 0, text.length * CHAR_TWIPS * weight + CELL_PAD);
    });
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const sumMin = sum(min);
  const sumMax = sum(max);
  let widths: number[];
  if (sumMax <= available) {
    const grow = aligns.map((a) => a === 'left');
    if (!grow.some(Boolean)) grow.fill(true);
    const base = max.reduce((a, m, i) => a + (grow[i] ? m : 0), 0);
    widths = max.map((m, i) => (grow[i] ? m + ((available - sumMax) * m) / base : m));
  } else if (sumMin <= available) {
    const f = (available - sumMin) / (sumMax - sumMin);
    widths = min.map((m, i) => m + ((max[i] ?? m) - m) * f);
  } else {
    widths = min.map((m) => (available * m) / sumMin);
  }
  const whole = widths.map((w) => Math.floor(w));
  whole[0] = (whole[0] ?? 0) + available - sum(whole);
  return whole;
}

function hasUnresolved(nodes: Inline[]): boolean {
  return nodes.some((n) => {
    switch (n.type) {
      case 'unresolved':
        return true;
      case 'strong':
      case 'emphasis':
      case 'link':
      case 'lang':
        return hasUnresolved(n.children);
      case 'text':
      case 'lineBreak':
        return false;
      default:
        return assertNever(n);
    }
  });
}
