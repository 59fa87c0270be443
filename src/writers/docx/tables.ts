import { createMeasurer } from '../../fonts/measurer.js';
import { tableColumnWidths, WORD_PROCESSOR_SLACK } from '../../layout/column-widths.js';
import { WidthCache } from '../../layout/measure-cache.js';
import { space, type } from '../../layout/style.js';
import type { Inline, Table as TableNode, TableRow as TableRowNode } from '../../tree/types.js';
import { placeCells, tableColumnCount } from '../../tree/types.js';
import type { DocxContext } from './context.js';
import { inlineChildren } from './inlines.js';
import { borderAttributes, paragraph, type Border } from './paragraph.js';
import { COLOR, STYLE } from './styles.js';
import { tableAltText } from './table-alt.js';
import { escAttr } from './xml.js';

/** Width of the text column in twips: A4 (11906) minus two 25 mm margins. */
export const TEXT_WIDTH_TWIPS = 11906 - 2 * 1417;

/** Left and right cell margin in points: the PDF's cell padding. */
const CELL_MARGIN_PT = space.cellPadX;

const RULE: Border = { style: 'single', size: 4, color: COLOR.rule };
const HEAVY_RULE: Border = { style: 'single', size: 8, color: COLOR.text };
const NONE: Border = { style: 'none', size: 0, color: 'auto' };

/**
 * Table properties: the table style, full text width, rules (a rule below the table and between rows,
 * none at the sides), fixed layout, cell margins, which of the style's parts apply, and the alt text.
 */
function tableProperties(table: TableNode, alt: { caption: string; description: string }): string {
  const b = (side: string, border: Border): string => `<w:${side} ${borderAttributes(border)}/>`;
  const margin = CELL_MARGIN_PT * 20;
  return (
    `<w:tblPr><w:tblStyle w:val="${STYLE.table}"/><w:tblW w:type="dxa" w:w="${TEXT_WIDTH_TWIPS}"/>` +
    `<w:tblBorders>${b('top', NONE)}${b('left', NONE)}${b('bottom', RULE)}${b('right', NONE)}` +
    `${b('insideH', RULE)}${b('insideV', NONE)}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:type="dxa" w:w="20"/><w:left w:type="dxa" w:w="${margin}"/>` +
    `<w:bottom w:type="dxa" w:w="20"/><w:right w:type="dxa" w:w="${margin}"/></w:tblCellMar>` +
    `<w:tblLook w:firstRow="${table.header.length > 0}" w:lastRow="false" w:firstColumn="${table.rowHeaders === true}"` +
    ` w:lastColumn="false" w:noHBand="true" w:noVBand="true"/>` +
    // Word's «Alt Text» of the table: its title and description.
    `<w:tblCaption w:val="${escAttr(alt.caption)}"/><w:tblDescription w:val="${escAttr(alt.description)}"/>` +
    '</w:tblPr>'
  );
}

/**
 * A table node as a Word table: header rows marked to repeat on every page (w:tblHeader), no row split
 * across pages (w:cantSplit), right-aligned number columns, sum rows in bold with a rule above, and the
 * caption as a Caption paragraph above. Numbers right-aligned follow the column's alignment in the tree.
 * A table whose first column names the rows gets `w:tblLook w:firstColumn="1"` (Word's «first column»
 * formatting, which tells assistive technology the first cells head their rows); a sum row's label
 * covers the empty cells after it with `w:gridSpan`; the alt text comes from table-alt.ts.
 */
export function renderTable(table: TableNode, ctx: DocxContext): string {
  const alt = tableAltText(table);
  const columnCount = tableColumnCount(table);
  const widths = columnWidths(table);
  const row = (node: TableRowNode, header: boolean): string => {
    let cells = '';
    for (const { cell, column, span } of placeCells(node, columnCount)) {
      const align = table.columns[column]?.align ?? 'left';
      // Rules and margins come from the table (few elements per cell keep large tables fast to write);
      // cells add only the header's shading and rule and the rule above a sum row.
      const border = header
        ? `<w:tcBorders><w:bottom ${borderAttributes(HEAVY_RULE)}/></w:tcBorders>`
        : node.total
          ? `<w:tcBorders><w:top ${borderAttributes(HEAVY_RULE)}/></w:tcBorders>`
          : '';
      let width = 0;
      for (const w of widths.slice(column, column + span)) width += w;
      const runs = inlineChildren(
        wordProcessorBreaks(cell.children, header || node.total === true, width / 20 - 2 * CELL_MARGIN_PT),
        { bold: node.total === true },
        ctx,
      );
      cells +=
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>` +
        (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
        border +
        (header ? `<w:shd w:fill="${COLOR.headerFill}" w:color="auto" w:val="clear"/>` : '') +
        '</w:tcPr>' +
        paragraph(
          { style: header ? STYLE.tableHeader : STYLE.tableText, ...(align === 'left' ? {} : { align }) },
          runs,
        ) +
        '</w:tc>';
    }
    return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
  };
  let out = '';
  // The caption goes above the table, as in the PDF, and keeps with it.
  if (table.caption && table.caption.length > 0) {
    out += paragraph({ style: STYLE.caption }, inlineChildren(table.caption, {}, ctx));
  }
  out += `<w:tbl>${tableProperties(table, alt)}<w:tblGrid>`;
  for (const w of widths) out += `<w:gridCol w:w="${w}"/>`;
  out += '</w:tblGrid>';
  for (const r of table.header) out += row(r, true);
  for (const r of table.body) out += row(r, false);
  return `${out}</w:tbl>`;
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
  // Measuring is most of a table's time, and a rebuild (watch) writes the same tables again.
  const key = JSON.stringify([table.columns, table.header, table.body, table.rowHeaders]);
  const known = widthsByTable.get(key);
  if (known !== undefined) return known;
  const widths = measuredColumnWidths(table);
  if (widthsByTable.size >= 256) widthsByTable.delete(widthsByTable.keys().next().value ?? '');
  widthsByTable.set(key, widths);
  return widths;
}

/** Column widths by table content (JSON of what the widths depend on). */
const widthsByTable = new Map<string, number[]>();

function measuredColumnWidths(table: TableNode): number[] {
  cache ??= new WidthCache(createMeasurer());
  const points = tableColumnWidths(table, TEXT_WIDTH_TWIPS / 20, cache, { slack: WORD_PROCESSOR_SLACK });
  const whole = points.map((w) => Math.floor(w * 20));
  whole[0] = (whole[0] ?? 0) + TEXT_WIDTH_TWIPS - whole.reduce((a, b) => a + b, 0);
  return whole;
}
