/**
 * Tables: column widths from the cells' content (narrowest and widest setting) and the available
 * width, wrapped cells aligned per column, a tinted header row repeated on every page the table spans,
 * bold total rows with a rule above, and rows kept whole unless taller than a page (then split, with a
 * warning).
 */
import type { Table, TableRow } from '../tree/types.js';
import { placeCells, tableColumnCount } from '../tree/types.js';
import type { BlockResult } from './blocks.js';
import { element } from './blocks.js';
import { tableColumnWidths } from './column-widths.js';
import { space, type BlockContext, type Box, type FlowEl } from './flow.js';
import { flattenInlines, type InlineStruct, type Run } from './inline-runs.js';
import { colors, space as gap, type } from './style.js';
import { setText } from './text-block.js';
import { shiftItem } from './translate.js';
import type { Item, StructElement } from './types.js';

interface CellContent {
  runs: Run[];
  structs: InlineStruct[];
  key: string;
  /** First column the cell stands in, and how many it covers. */
  column: number;
  span: number;
  /** Tag of the cell: a column header, a row header (first cell of a body row) or a data cell. */
  role: 'TH' | 'TD';
  scope?: 'Column' | 'Row';
}

const ARTIFACT = { artifact: true } as const;

/** The first words of a cell for a message. */
function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 40).replace(/\s+\S*$/, '')} …` : t;
}

export function layoutTable(table: Table, ctx: BlockContext, key: string): BlockResult {
  const cache = ctx.env.cache;
  const size = type.table.size;
  const ncol = tableColumnCount(table);
  const content = (row: TableRow, rowKey: string, header: boolean): CellContent[] =>
    placeCells(row, ncol).map(({ cell, column, span }) => {
      const cellKey = `${rowKey}/c${column}`;
      const { runs, structs } = flattenInlines(cell.children, cellKey, {
        bold: header || !!row.total,
        italic: false,
        color: colors.text,
      });
      const rowHeader = !header && column === 0 && !!table.rowHeaders;
      const scope = header ? 'Column' : rowHeader ? 'Row' : undefined;
      return {
        runs,
        structs,
        key: cellKey,
        column,
        span,
        role: scope ? 'TH' : 'TD',
        ...(scope ? { scope } : {}),
      };
    });
  const header = table.header.map((r, i) => content(r, `${key}/h${i}`, true));
  const body = table.body.map((r, i) => content(r, `${key}/r${i}`, false));

  const aligns = Array.from({ length: ncol }, (_, c) => table.columns[c]?.align ?? 'left');
  const widths = tableColumnWidths(table, ctx.width, cache, { size });
  const xs: number[] = [];
  widths.reduce((x, w, c) => ((xs[c] = x), x + w), ctx.x);
  /** Width of a cell: its columns together. */
  const spanWidth = (cell: CellContent) =>
    widths.slice(cell.column, cell.column + cell.span).reduce((a, w) => a + w, 0);

  const rowBoxes = (cells: CellContent[], kind: 'header' | 'body' | 'total', rowLabel: string): Box[] => {
    const sets = cells.map((cell) =>
      setText(cell.runs, cache, {
        x: xs[cell.column]! + gap.cellPadX,
        width: spanWidth(cell) - 2 * gap.cellPadX,
        size,
        leading: type.table.leading,
        tag: { key: cell.key, role: cell.role },
        align: aligns[cell.column],
        keep: 'none',
        // A short label («Hele perioden», «Lokaler og utstyr») wraps between its words, never «peri-oden».
        hyphenate: !isShortLabel(cell.runs),
      }),
    );
    const lineHeight = size * type.table.leading;
    const lines = Math.max(1, ...sets.map((s) => s.boxes.length));
    // Rows taller than a page are cut into pieces of whole lines.
    const headerHeight = kind === 'header' ? 0 : header.length * (lineHeight + 2 * gap.cellPadY);
    const perPage = Math.max(
      1,
      Math.floor((ctx.env.bodyHeight - headerHeight - 2 * gap.cellPadY - 2) / lineHeight),
    );
    if (lines > perPage) {
      // The tallest cell is the one to shorten; its text lets the build find where it was written.
      const tallest = sets.reduce((best, s, c) => (s.boxes.length > sets[best]!.boxes.length ? c : best), 0);
      const text = cells[tallest]!.runs.map((r) => r.text)
        .join('')
        .replace(/\u00ad/g, '');
      ctx.env.diagnostics.push({
        severity: 'warning',
        rule: 'layout/row-split',
        message: `En rad i en tabell (${rowLabel}, cellen som begynner «${excerpt(text)}») er høyere enn en side og blir delt over flere sider`,
        hint: 'Kort ned teksten i cellen, eller del den opp i flere rader.',
        start: { line: table.source.line, column: 1 },
        text,
      });
    }
    const boxes: Box[] = [];
    for (let from = 0; from < lines; from += perPage) {
      const to = Math.min(lines, from + perPage);
      const height = (to - from) * lineHeight + 2 * gap.cellPadY;
      const items: Item[] = [];
      if (kind === 'header') {
        items.push({
          type: 'rect',
          x: ctx.x,
          y: 0,
          width: ctx.width,
          height,
          fill: colors.tableHeaderFill,
          tag: ARTIFACT,
        });
      }
      sets.forEach((s) => {
        for (let l = from; l < to && l < s.boxes.length; l++) {
          for (const it of s.boxes[l]!.items)
            items.push(shiftItem(it, 0, gap.cellPadY + (l - from) * lineHeight));
        }
      });
      const rule = (y: number, color: typeof colors.rule, width: number): Item => ({
        type: 'line',
        x1: ctx.x,
        y1: y,
        x2: ctx.x + ctx.width,
        y2: y,
        color,
        width,
        tag: ARTIFACT,
      });
      if (kind === 'total' && from === 0) items.push(rule(0, colors.ruleStrong, 0.8));
      if (kind === 'header') items.push(rule(height, colors.ruleStrong, 0.8));
      else items.push(rule(height, colors.ruleLight, 0.4));
      boxes.push({ kind: 'box', height, items, baseline: gap.cellPadY + (s0Baseline(sets) ?? size) });
    }
    return boxes;
  };

  const flow: FlowEl[] = [space(gap.blockGap / 2)];
  const structs: StructElement[] = [];
  if (table.caption && table.caption.length) {
    const capKey = `${key}/cap`;
    const cap = flattenInlines(table.caption, capKey, { bold: false, italic: false, color: colors.text });
    const set = setText(cap.runs, cache, {
      x: ctx.x,
      width: ctx.width,
      size: type.caption.size,
      leading: type.caption.leading,
      tag: { key: capKey, role: 'Caption' },
      keep: 'all',
    });
    for (const b of set.boxes) flow.push({ ...b, keepWithNext: true });
    flow.push(space(gap.captionGap));
    structs.push(element(capKey, 'Caption', cap.structs));
  }
  const headerBoxes = header.flatMap((cells, i) => rowBoxes(cells, 'header', `overskriftsrad ${i + 1}`));
  for (const b of headerBoxes) {
    b.keepWithNext = true;
    flow.push(b);
  }
  // Copies of the header drawn again on continuation pages are furniture for a screen reader.
  const repeat = headerBoxes.map((b) => ({
    ...b,
    items: b.items.map((it) => shiftItem(it, 0, 0, ARTIFACT)),
  }));
  const bodyBoxes: Box[][] = body.map((cells, i) =>
    rowBoxes(cells, table.body[i]!.total ? 'total' : 'body', `rad ${i + 1}`),
  );
  // A short table (a few rows) is never split: it moves to the next page whole when it does not fit.
  const short = body.length <= SHORT_TABLE_ROWS;
  bodyBoxes.forEach((boxes, i) => {
    // A total row never starts a page alone.
    if (table.body[i + 1]?.total || (short && i < body.length - 1)) {
      const last = boxes[boxes.length - 1];
      if (last) last.keepWithNext = true;
    }
    for (const b of boxes) {
      if (repeat.length) b.repeatHeader = repeat;
      flow.push(b);
    }
  });
  flow.push(space(gap.blockGap));

  // A row header is a TH with /Scope /Row, a column header a TH with /Scope /Column. A cell covering
  // several columns carries /ColSpan: a sum row's label spans the empty cells after it, so no cell is
  // read as «blank» and the amounts stay under their column headers.
  const rowStruct = (cells: CellContent[], rowKey: string): StructElement => ({
    key: rowKey,
    role: 'TR',
    children: cells.map((c) => ({
      ...element(c.key, c.role, c.structs),
      ...(c.scope ? { scope: c.scope } : {}),
      ...(c.span > 1 ? { colSpan: c.span } : {}),
    })),
  });
  const tableChildren: StructElement[] = [...structs];
  if (header.length) {
    tableChildren.push({
      key: `${key}/head`,
      role: 'THead',
      children: header.map((c, i) => rowStruct(c, `${key}/h${i}`)),
    });
  }
  tableChildren.push({
    key: `${key}/body`,
    role: 'TBody',
    children: body.map((c, i) => rowStruct(c, `${key}/r${i}`)),
  });
  return { flow, structs: [{ key, role: 'Table', children: tableChildren }] };
}

/** Rows of a table that is kept on one page. */
const SHORT_TABLE_ROWS = 5;

/** Words a cell may have and still count as a label that is not hyphenated. */
const LABEL_WORDS = 3;

function isShortLabel(runs: Run[]): boolean {
  const text = runs.map((r) => r.text).join('');
  return text.trim().split(/\s+/).length <= LABEL_WORDS;
}

function s0Baseline(sets: { boxes: Box[] }[]): number | undefined {
  for (const s of sets) if (s.boxes[0]?.baseline !== undefined) return s.boxes[0].baseline;
  return undefined;
}

export { fitMinimums } from './column-widths.js';
