import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  ShadingType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import { EMBEDDED_FONT } from './embed-fonts.js';

/**
 * Word styles of the generated documents. Every visible formatting choice lives in a named style, so the
 * secretariat can restyle the document in Word, and Word's navigation pane, table of contents and
 * accessibility checker see real headings, captions and lists.
 *
 * Font: Source Sans 3, the PDF's font, embedded in the file (embed-fonts.ts), so the text has the same
 * letters and widths wherever it is opened. Sámi letters it lacks (ŋ đ ŧ) come from the reader's fallback
 * font, as in any Word document. See docs/docx.md.
 */
export const BODY_FONT = EMBEDDED_FONT;
export const DOC_LANG = 'nb-NO';

/** Style ids the writer refers to. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  titleMeta: 'TitleMeta',
  caption: 'Caption',
  callout: 'Callout',
  signature: 'Signature',
  table: 'Tabell',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  chartPlaceholder: 'ChartPlaceholder',
  figure: 'Figur',
  listContinue: 'ListContinue',
  header: 'Header',
  footer: 'Footer',
  tocHeading: 'TOCHeading',
  unresolved: 'IkkeAvklart',
  hyperlink: 'Hyperlink',
  draftMarker: 'Utkastmerke',
} as const;

/** Colours (hex without #). Text colours keep WCAG AA contrast (≥ 4.5:1) on their background. */
export const COLOR = {
  text: '1A1A1A',
  heading: '1F3A5F',
  muted: '4D4D4D',
  link: '1A5A9E',
  rule: '8C8C8C',
  headerFill: 'E7ECF2',
  calloutFill: 'F2F4F7',
  calloutBorder: '5B7895',
  draftFill: 'FFF4E5',
  draftBorder: 'B35C00',
  warningFill: 'FDECEA',
  warningBorder: 'B3261E',
  // «Ikke avklart»: dark brown on light yellow, contrast about 8.5:1.
  unresolvedText: '7A2E00',
  unresolvedFill: 'FFF2CC',
  draftMarker: 'B3261E',
} as const;

/** Sizes in half-points, as Word stores them. */
const pt = (points: number): number => points * 2;

/**
 * The styles of every document. They are formatted once per process and reused (compile.ts), so they
 * must not depend on the document; a per-document style would need its own key there.
 */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: pt(10.5), language: { value: DOC_LANG }, color: COLOR.text },
        // As the PDF: 10.5 pt on a 1.42 line (Word's single line of Source Sans 3 is 1.257 em), 7 pt after.
        paragraph: { spacing: { after: 140, line: 271, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: BODY_FONT, size: pt(26), bold: true, color: COLOR.heading },
        paragraph: { spacing: { before: 0, after: 120 }, keepNext: true },
      },
      heading1: {
        run: { font: BODY_FONT, size: pt(17), bold: true, color: COLOR.heading },
        paragraph: { spacing: { before: 400, after: 160 }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: BODY_FONT, size: pt(13.5), bold: true, color: COLOR.heading },
        paragraph: { spacing: { before: 300, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: BODY_FONT, size: pt(11.5), bold: true, italics: false, color: COLOR.heading },
        paragraph: { spacing: { before: 220, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 2 },
      },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      caption: {
        run: { font: BODY_FONT, size: pt(9), italics: false, bold: false, color: COLOR.text },
        paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
      },
      hyperlink: { run: { color: COLOR.link, underline: {} } },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        // The document type above the title, in small bold capitals as in the PDF.
        run: { size: pt(10), bold: true, allCaps: true, color: COLOR.muted, characterSpacing: 10 },
        paragraph: { spacing: { after: 60 }, keepNext: true },
      },
      {
        id: STYLE.titleMeta,
        name: 'Tittelopplysninger',
        basedOn: 'Normal',
        next: 'Normal',
        run: { color: COLOR.muted },
        paragraph: { spacing: { after: 20 }, keepNext: true },
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(14), bold: true, color: COLOR.heading },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
      },
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { indent: { left: (level - 1) * 240 }, spacing: { after: 60 } },
      })),
      {
        id: STYLE.tableText,
        name: 'Tabelltekst',
        basedOn: 'Normal',
        run: { size: pt(9.5) },
        paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableHeader,
        name: 'Tabelloverskrift',
        basedOn: STYLE.tableText,
        run: { bold: true },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.callout,
        name: 'Merknad',
        basedOn: 'Normal',
        paragraph: {
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.calloutFill },
          border: {
            left: { style: 'single', size: 18, color: COLOR.calloutBorder, space: 8 },
          },
          indent: { left: 180, right: 180 },
          spacing: { before: 60, after: 60 },
        },
      },
      {
        id: STYLE.signature,
        name: 'Underskrift',
        basedOn: 'Normal',
        paragraph: { keepNext: true, keepLines: true, spacing: { after: 0 } },
      },
      {
        id: STYLE.chartPlaceholder,
        name: 'Figurplassholder',
        basedOn: 'Normal',
        run: { color: COLOR.muted },
        paragraph: {
          alignment: AlignmentType.CENTER,
          border: {
            top: { style: 'dashed', size: 6, color: COLOR.rule, space: 6 },
            bottom: { style: 'dashed', size: 6, color: COLOR.rule, space: 6 },
            left: { style: 'dashed', size: 6, color: COLOR.rule, space: 6 },
            right: { style: 'dashed', size: 6, color: COLOR.rule, space: 6 },
          },
          spacing: { before: 120, after: 120 },
          keepNext: true,
        },
      },
      {
        id: STYLE.figure,
        name: 'Figur',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(10.5) },
        paragraph: {
          keepLines: true,
          spacing: { before: 200, after: 160, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.listContinue,
        name: 'List Continue',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: pt(9), color: COLOR.muted },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: pt(9), color: COLOR.muted },
        paragraph: { spacing: { after: 0 } },
      },
    ],
    characterStyles: [
      {
        id: STYLE.unresolved,
        name: 'Ikke avklart',
        basedOn: 'DefaultParagraphFont',
        run: {
          bold: true,
          italics: true,
          color: COLOR.unresolvedText,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.unresolvedFill },
        },
      },
      {
        id: STYLE.draftMarker,
        name: 'Utkastmerke',
        basedOn: 'DefaultParagraphFont',
        run: { bold: true, color: COLOR.draftMarker },
      },
    ],
  };
}

/** Indentation of list level `depth` (twips): the text starts here, the number hangs to the left. */
export function listIndent(depth: number): number {
  return 360 + depth * 360;
}

const BULLETS = ['•', '–', '◦'];

/**
 * Numbering definitions: one bullet definition, and one decimal definition per distinct start value of
 * ordered lists (a list starting at 3 needs its own start). Every list in the tree gets its own instance
 * of one of these, so each ordered list restarts its numbering.
 */
export function numberingConfig(orderedStarts: Iterable<number>): INumberingOptions {
  const levels = (kind: 'bullet' | 'decimal', start: number) =>
    Array.from({ length: 9 }, (_, level) => ({
      level,
      format: kind === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
      text: kind === 'bullet' ? (BULLETS[level % BULLETS.length] ?? '•') : `%${level + 1}.`,
      alignment: AlignmentType.LEFT,
      start,
      style: { paragraph: { indent: { left: listIndent(level), hanging: 360 } } },
    }));
  const starts = [...new Set(orderedStarts)].sort((a, b) => a - b);
  return {
    config: [
      { reference: bulletRef(), levels: levels('bullet', 1) },
      ...starts.map((start) => ({ reference: orderedRef(start), levels: levels('decimal', start) })),
    ],
  };
}

export const bulletRef = (): string => 'punktliste';
export const orderedRef = (start: number): string => `nummerert-${start}`;

/**
 * The table style, added to styles.xml by the normalising pass (the docx package has no API for table
 * styles, and its `importedStyles` replaces all default styles): horizontal rules only, a shaded bold
 * header row, small cell margins. Cells also carry the same borders directly, for readers that ignore
 * table styles.
 */
export const TABLE_STYLE_XML =
  `<w:style w:type="table" w:styleId="${STYLE.table}"><w:name w:val="Tabell"/><w:uiPriority w:val="59"/>` +
  `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
  `<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="${COLOR.text}"/>` +
  `<w:bottom w:val="single" w:sz="8" w:space="0" w:color="${COLOR.text}"/>` +
  `<w:insideH w:val="single" w:sz="4" w:space="0" w:color="${COLOR.rule}"/></w:tblBorders>` +
  `<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr>` +
  `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${COLOR.headerFill}"/></w:tcPr></w:tblStylePr>` +
  `</w:style>`;

/**
 * Fixes two styles of the docx package's defaults in styles.xml: «Strong» is written as a paragraph
 * style (Word's is a character style, which bold text inside a paragraph can use), and the character
 * styles are based on «Default Paragraph Font», which the package does not define. Also adds the table
 * style (TABLE_STYLE_XML).
 */
export function fixPackageStyles(xml: string): string {
  const strong =
    '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/>' +
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="22"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>';
  const defaultFont =
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';
  let out = xml.replace(/<w:style w:type="paragraph" w:styleId="Strong">.*?<\/w:style>/, strong);
  if (!out.includes('w:styleId="DefaultParagraphFont"'))
    out = out.replace('</w:styles>', `${defaultFont}</w:styles>`);
  return out.replace('</w:styles>', `${TABLE_STYLE_XML}</w:styles>`);
}
