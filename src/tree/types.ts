/**
 * The document tree: what the markup stage produces and every writer (DOCX, PDF) renders.
 * Plain data only (JSON-serialisable), so trees can be pinned in golden tests and emitted with
 * `--emit tree`. Every block keeps the line of the generated Markdown it came from.
 */

/** Where a node came from: the template (document id) and the 1-based line in its generated Markdown. */
export interface Source {
  line: number;
}

export type Inline = Text | Strong | Emphasis | Link | LineBreak | Unresolved | Lang;

export interface Text {
  type: 'text';
  text: string;
}
export interface Strong {
  type: 'strong';
  children: Inline[];
}
export interface Emphasis {
  type: 'emphasis';
  children: Inline[];
}
/** External link (http/https/mailto) or internal reference (`#anchor`, the id of a heading). */
export interface Link {
  type: 'link';
  href: string;
  children: Inline[];
}
export interface LineBreak {
  type: 'lineBreak';
}
/** A value not decided yet. Writers show `text` (normally «Ikke avklart») in a distinct style. */
export interface Unresolved {
  type: 'unresolved';
  text: string;
}
/** Text in another language than the document's (e.g. a Sámi place name), BCP 47 tag such as 'se'. */
export interface Lang {
  type: 'lang';
  lang: string;
  children: Inline[];
}

export type Block =
  Heading | Paragraph | List | Table | Image | PageBreak | Callout | Chart | Signature | Section;

/**
 * A part of the document kept together as one unit for assistive technology (a Sect in the tagged
 * PDF): its heading and everything under it. Added by the build (the change section), not by markup.
 */
export interface Section {
  type: 'section';
  children: Block[];
  source: Source;
}

export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3;
  /** Anchor for internal links and bookmarks; unique within the document. */
  id: string;
  children: Inline[];
  source: Source;
}

export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
  source: Source;
}

export interface ListItem {
  children: Block[];
}

export interface List {
  type: 'list';
  ordered: boolean;
  /** First number of an ordered list. */
  start: number;
  items: ListItem[];
  source: Source;
}

export type Align = 'left' | 'right' | 'center';

export interface TableCell {
  children: Inline[];
  /**
   * Columns the cell covers, from its own onwards (1 when absent). A row's cells then cover the table's
   * columns together: `cells` is shorter than `columns` by the extra columns spanned. The markup stage
   * sets it in sum rows only, where the label covers the empty cells after it (see `spanSumRow`).
   */
  colSpan?: number;
}

export interface TableRow {
  cells: TableCell[];
  /** A sum row: writers set it in bold (and with a rule above). */
  total?: boolean;
}

export interface Table {
  type: 'table';
  columns: { align: Align }[];
  /** Header rows, repeated on every page the table spans. */
  header: TableRow[];
  body: TableRow[];
  /**
   * The first cell of each body row names its row (a key/value table, a table of cost lines): a row
   * header, TH with /Scope /Row in the PDF and first-column formatting in the DOCX.
   */
  rowHeaders?: boolean;
  caption?: Inline[];
  source: Source;
}

export interface Image {
  type: 'image';
  /** Absolute path of a PNG or JPEG file. */
  src: string;
  alt: string;
  caption?: Inline[];
  source: Source;
}

export interface PageBreak {
  type: 'pageBreak';
  source: Source;
}

export interface Callout {
  type: 'callout';
  kind: 'draft' | 'note' | 'warning';
  children: Block[];
  source: Source;
}

/** One row of the timeline chart. Dates are ISO days (YYYY-MM-DD). */
export interface TimelineRow {
  label: string;
  start: string;
  end: string;
  /** 'point' is a single date (drawn as a diamond), 'range' a bar. */
  shape: 'point' | 'range';
  /** Not decided or only approximate: drawn hatched or outlined. */
  tentative: boolean;
  /** How the date reads in the text, e.g. «desember 2025 / januar 2026». */
  dateText: string;
}

export interface TimelineChartData {
  kind: 'timeline';
  start: string;
  end: string;
  rows: TimelineRow[];
}

export interface FinancingSegment {
  source: string;
  form: 'kontant' | 'naturalia';
  /** Whole kroner; null where the amount is not decided. */
  amount: number | null;
  /** Low–high range where the amount is an estimate. */
  range?: { low: number; high: number };
}

export interface FinancingBarData {
  label: string;
  segments: FinancingSegment[];
  /**
   * Known total of the bar (whole kroner, low–high) when the split between sources is not decided: the
   * financing must equal the costs, so it comes from the cost plan. Absent when the segments give the
   * total, or when the costs of that year are not decided either.
   */
  total?: { low: number; high: number };
}

export interface FinancingChartData {
  kind: 'financing';
  /** One bar per year, and one labelled «Hele perioden» for lines without a year. */
  bars: FinancingBarData[];
  /** True when the split between sources is not decided. */
  unresolved: boolean;
}

/** A chart: drawn by the chart module into the space the layout reserves. */
export interface Chart {
  type: 'chart';
  chart: 'timeline' | 'financing';
  title: string;
  /** Norwegian text alternative, used as alt text and read by screen readers. */
  alt: string;
  data: TimelineChartData | FinancingChartData;
  source: Source;
}

export interface Signer {
  name: string;
  role?: string;
  organisation?: string;
}

/** Place, date and signature lines; always kept together on one page. */
export interface Signature {
  type: 'signature';
  place: string;
  date: string;
  signers: Signer[];
  source: Source;
}

export interface DocumentMeta {
  /** Id of the document in dokumenter.yaml, used for file names (e.g. soknad-nfk). */
  id: string;
  /** Kind of document shown in the title block: «Prosjektbeskrivelse», «Søknad». */
  documentType: string;
  title: string;
  /** Running header text. */
  shortTitle: string;
  subject: string;
  keywords: string[];
  author: string;
  /** Project name. */
  project: string;
  recipient?: string;
  applicant: string;
  /** Document date as shown (e.g. «16. september 2025»). */
  date: string;
  /** Document date as ISO day, used for PDF/DOCX metadata dates. */
  isoDate: string;
  version?: string;
  lang: 'nb-NO';
  /** Draft builds carry an «UTKAST» watermark. */
  draft: boolean;
  /** Local PDF files (absolute paths) appended after the document, each with its title. */
  attachments: { title: string; path: string }[];
}

export interface DocumentTree {
  type: 'document';
  meta: DocumentMeta;
  children: Block[];
}

/** A cell of a table row with the first column it stands in and how many columns it covers. */
export interface PlacedCell {
  cell: TableCell;
  column: number;
  span: number;
}

/**
 * The cells of a row placed in the table's columns, spans followed; columns no cell reaches (a short
 * row) get an empty cell of their own, so the placed cells cover exactly `columnCount` columns.
 */
export function placeCells(row: TableRow, columnCount: number): PlacedCell[] {
  const out: PlacedCell[] = [];
  let column = 0;
  for (const cell of row.cells) {
    if (column >= columnCount) break;
    const span = Math.max(1, Math.min(cell.colSpan ?? 1, columnCount - column));
    out.push({ cell, column, span });
    column += span;
  }
  for (; column < columnCount; column++) out.push({ cell: { children: [] }, column, span: 1 });
  return out;
}

/** Columns of a table: the most any row covers (cells and their spans), at least the declared ones. */
export function tableColumnCount(table: Table): number {
  const covered = (r: TableRow) => r.cells.reduce((n, c) => n + Math.max(1, c.colSpan ?? 1), 0);
  return Math.max(table.columns.length, ...[...table.header, ...table.body].map(covered));
}

export function assertNever(x: never): never {
  throw new Error(`Unexpected node: ${JSON.stringify(x)}`);
}

/** Plain text of inline runs, as a reader (or text extraction) sees it. */
export function inlineText(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.text;
        case 'unresolved':
          return n.text;
        case 'lineBreak':
          return '\n';
        case 'strong':
        case 'emphasis':
        case 'link':
        case 'lang':
          return inlineText(n.children);
        default:
          return assertNever(n);
      }
    })
    .join('');
}
