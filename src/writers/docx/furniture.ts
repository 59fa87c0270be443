import {
  BorderStyle,
  Footer,
  Header,
  Paragraph,
  Tab,
  TabStopType,
  TableOfContents,
  TextRun,
  type FileChild,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { DocumentMeta } from '../../tree/types.js';
import { BODY_FONT, COLOR, STYLE } from './styles.js';
import { TEXT_WIDTH_TWIPS } from './tables.js';
import { tableOfContentsWithEntries, type TocEntry } from './toc.js';
import { fieldRun } from './fields.js';
import type { PageMap } from '../../layout/page-map.js';

/** 25 mm in twips: the side margins of the PDF. */
const MARGIN = 1417;
const DRAFT_TEXT = 'UTKAST';
/** Where the values of the title block start (as the PDF's label column): 25 mm. */
const LABEL_COLUMN = 1417;

/** Title block from the document's meta data: type, title, project, recipient, applicant, date, version. */
export function titleBlock(meta: DocumentMeta): FileChild[] {
  const facts: [string, string | undefined][] = [
    ['Prosjekt', meta.project],
    ['Mottaker', meta.recipient],
    ['Søker', meta.applicant],
    ['Dato', meta.date],
    ['Versjon', meta.version],
  ];
  return [
    new Paragraph({ style: STYLE.subtitle, children: [new TextRun(meta.documentType)] }),
    new Paragraph({ style: STYLE.title, children: [new TextRun(meta.title)] }),
    ...facts
      .filter((fact): fact is [string, string] => fact[1] !== undefined && fact[1] !== '')
      .map(
        ([label, value]) =>
          new Paragraph({
            style: STYLE.titleMeta,
            tabStops: [{ type: TabStopType.LEFT, position: LABEL_COLUMN }],
            indent: { left: LABEL_COLUMN, hanging: LABEL_COLUMN },
            children: [
              new TextRun({ text: label, bold: true }),
              new TextRun({ children: [new Tab(), value], color: COLOR.text }),
            ],
          }),
      ),
  ];
}

/**
 * The table of contents: a heading (not a Heading style, so it does not list itself) and a TOC field over
 * Heading 1–3. The entries' text and page numbers are written (toc.ts); Word renews them when the reader
 * updates the field.
 */
export function tableOfContents(entries: TocEntry[]): FileChild[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, children: [new TextRun('Innhold')] }),
    // Without entries (only blank headings) the package's empty field, for Word to fill in.
    entries.length > 0
      ? tableOfContentsWithEntries('Innhold', entries)
      : new TableOfContents('Innhold', { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

const rightTab = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }];

/** The «UTKAST» watermark: a WordArt shape Word's Design > Watermark recognises, in every header. */
function watermark(): ParagraphChild {
  return new TextWatermark({ text: DRAFT_TEXT, font: BODY_FONT, color: 'D9D9D9', opacity: 0.5 });
}

/**
 * Running header from the second page on (the first carries the title block, as in the PDF): the short
 * title with a rule below, and for drafts an «UTKAST» marker at the right and the watermark.
 */
function header(meta: DocumentMeta): Header {
  const children: ParagraphChild[] = [new TextRun(meta.shortTitle)];
  if (meta.draft) {
    children.push(new TextRun({ children: [new Tab(), DRAFT_TEXT], style: STYLE.draftMarker }), watermark());
  }
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        tabStops: rightTab,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
        children,
      }),
    ],
  });
}

/** First-page header: empty but for the draft watermark. */
function firstHeader(meta: DocumentMeta): Header {
  return new Header({
    children: [new Paragraph({ style: STYLE.header, children: meta.draft ? [watermark()] : [] })],
  });
}

/**
 * Footer as in the PDF: a rule, date (and version) at the left, «Side X av Y» (PAGE, NUMPAGES) at the right.
 * The fields carry their values (fields.ts): `page` is the first page the footer is on (1 for the first
 * page's footer, 2 for the others), the count is the PDF's.
 */
function footer(meta: DocumentMeta, page: number, pages: PageMap): Footer {
  const info = meta.version ? `${meta.date} · ${meta.version}` : meta.date;
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: rightTab,
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
        children: [
          new TextRun(info),
          new TextRun({ children: [new Tab(), 'Side '] }),
          fieldRun('PAGE', String(page)),
          new TextRun(' av '),
          fieldRun('NUMPAGES', String(pages.pageCount)),
        ],
      }),
    ],
  });
}

/** One A4 section with the PDF's margins and the running header and footer. */
export function section(meta: DocumentMeta, children: FileChild[], pages: PageMap): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: 11906, height: 16838 },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 709, footer: 709 },
      },
    },
    headers: { default: header(meta), first: firstHeader(meta) },
    footers: { default: footer(meta, 2, pages), first: footer(meta, 1, pages) },
    children,
  };
}
