import type { DocumentMeta } from '../../tree/types.js';
import type { PageMap } from '../../layout/page-map.js';
import { FOOTER_NAMESPACES, HEADER_NAMESPACES, XML_DECLARATION } from './constant-parts.js';
import { fieldRun } from './fields.js';
import { textRun } from './inlines.js';
import { paragraph } from './paragraph.js';
import { BODY_FONT, COLOR, STYLE } from './styles.js';
import { TEXT_WIDTH_TWIPS } from './tables.js';
import { emptyTableOfContents, tableOfContentsWithEntries, type TocEntry } from './toc.js';
import { esc, t } from './xml.js';

/** 25 mm in twips: the side margins of the PDF. */
const MARGIN = 1417;
const DRAFT_TEXT = 'UTKAST';
/** Where the values of the title block start (as the PDF's label column): 25 mm. */
const LABEL_COLUMN = 1417;

/** Title block from the document's meta data: type, title, project, recipient, applicant, date, version. */
export function titleBlock(meta: DocumentMeta): string {
  const facts: [string, string | undefined][] = [
    ['Prosjekt', meta.project],
    ['Mottaker', meta.recipient],
    ['Søker', meta.applicant],
    ['Dato', meta.date],
    ['Versjon', meta.version],
  ];
  let out =
    paragraph({ style: STYLE.subtitle }, textRun(meta.documentType)) +
    paragraph({ style: STYLE.title }, textRun(meta.title));
  for (const [label, value] of facts) {
    if (value === undefined || value === '') continue;
    out += paragraph(
      {
        style: STYLE.titleMeta,
        tabs: [{ type: 'left', position: LABEL_COLUMN }],
        indent: { left: LABEL_COLUMN, hanging: LABEL_COLUMN },
      },
      textRun(label, { bold: true }) +
        `<w:r><w:rPr><w:color w:val="${COLOR.text}"/></w:rPr><w:tab/>${t(value)}</w:r>`,
    );
  }
  return out;
}

/**
 * The table of contents: a heading (not a Heading style, so it does not list itself) and a TOC field over
 * Heading 1–3. The entries' text and page numbers are written (toc.ts); Word renews them when the reader
 * updates the field.
 */
export function tableOfContents(entries: TocEntry[]): string {
  return (
    paragraph({ style: STYLE.tocHeading }, textRun('Innhold')) +
    // Without entries (only blank headings) the field alone, for Word to fill in.
    (entries.length > 0 ? tableOfContentsWithEntries('Innhold', entries) : emptyTableOfContents('Innhold'))
  );
}

const rightTab = [{ type: 'right' as const, position: TEXT_WIDTH_TWIPS }];

/**
 * The «UTKAST» watermark: a WordArt shape (VML) Word's Design > Watermark recognises by its id's
 * PowerPlusWaterMarkObject prefix, in every header; `n` numbers the shapes of the package.
 */
function watermark(n: number): string {
  const formulas = [
    'sum #0 0 10800',
    'prod #0 2 1',
    'sum 21600 0 @1',
    'sum 0 0 @2',
    'sum 21600 0 @3',
    'if @0 @3 0',
    'if @0 21600 @1',
    'if @0 0 @2',
    'if @0 @4 21600',
    'mid @5 @6',
    'mid @8 @5',
    'mid @7 @8',
    'mid @6 @7',
    'sum @6 0 @5',
  ];
  const shapeType =
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
    `<v:formulas>${formulas.map((f) => `<v:f eqn="${f}"/>`).join('')}</v:formulas>` +
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>' +
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';
  const style =
    'position:absolute;margin-left:0;margin-top:0;width:527.85pt;height:109.97pt;rotation:315;z-index:-251657216;' +
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;' +
    'mso-position-vertical-relative:margin';
  return (
    `<w:r><w:pict>${shapeType}<v:shape id="PowerPlusWaterMarkObject${n}" type="#_x0000_t136" style="${style}"` +
    ' o:allowincell="f" fillcolor="#D9D9D9" stroked="f"><v:fill opacity="0.5"/>' +
    `<v:textpath style="${esc(`font-family:"${BODY_FONT}";font-size:1pt`)}" string="${DRAFT_TEXT}"/></v:shape></w:pict></w:r>`
  );
}

const headerPart = (content: string): string =>
  `${XML_DECLARATION}<w:hdr ${HEADER_NAMESPACES}>${content}</w:hdr>`;
const footerPart = (content: string): string =>
  `${XML_DECLARATION}<w:ftr ${FOOTER_NAMESPACES}>${content}</w:ftr>`;

/**
 * Running header from the second page on (the first carries the title block, as in the PDF): the short
 * title with a rule below, and for drafts an «UTKAST» marker at the right and the watermark (shape 1).
 */
export function header(meta: DocumentMeta): string {
  let content = textRun(meta.shortTitle);
  if (meta.draft) {
    content += `<w:r><w:rPr><w:rStyle w:val="${STYLE.draftMarker}"/></w:rPr><w:tab/>${t(DRAFT_TEXT)}</w:r>${watermark(1)}`;
  }
  return headerPart(
    paragraph(
      {
        style: STYLE.header,
        border: { bottom: { style: 'single', size: 4, color: COLOR.rule, space: 4 } },
        tabs: rightTab,
      },
      content,
    ),
  );
}

/** First-page header: empty but for the draft watermark (shape 2). */
export function firstHeader(meta: DocumentMeta): string {
  return headerPart(paragraph({ style: STYLE.header }, meta.draft ? watermark(2) : ''));
}

/**
 * Footer as in the PDF: a rule, date (and version) at the left, «Side X av Y» (PAGE, NUMPAGES) at the right.
 * The fields carry their values (fields.ts): `page` is the first page the footer is on (1 for the first
 * page's footer, 2 for the others), the count is the PDF's.
 */
export function footer(meta: DocumentMeta, page: number, pages: PageMap): string {
  const info = meta.version ? `${meta.date} · ${meta.version}` : meta.date;
  return footerPart(
    paragraph(
      {
        style: STYLE.footer,
        border: { top: { style: 'single', size: 4, color: COLOR.rule, space: 4 } },
        tabs: rightTab,
      },
      textRun(info) +
        `<w:r><w:tab/>${t('Side ')}</w:r>` +
        fieldRun('PAGE', String(page)) +
        textRun(' av ') +
        fieldRun('NUMPAGES', String(pages.pageCount)),
    ),
  );
}

/**
 * The section properties: A4 with the PDF's margins, a first page of its own (titlePg), and the headers
 * and footers by their relationship ids (write-docx.ts: rId6 and rId7 the headers, rId8 and rId9 the
 * footers).
 */
export const SECTION_PROPERTIES =
  '<w:sectPr><w:headerReference w:type="default" r:id="rId6"/><w:headerReference w:type="first" r:id="rId7"/>' +
  '<w:footerReference w:type="default" r:id="rId8"/><w:footerReference w:type="first" r:id="rId9"/>' +
  '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>' +
  `<w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="709" w:footer="709" w:gutter="0"/>` +
  '<w:pgNumType/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>';
