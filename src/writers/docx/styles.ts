import { EMBEDDED_FONT } from './embed-fonts.js';

/**
 * Style ids, colours and list indents of the generated documents (the styles themselves are in
 * styles-xml.ts). Every visible formatting choice lives in a named style, so the
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

/** Indentation of list level `depth` (twips): the text starts here, the number hangs to the left. */
export function listIndent(depth: number): number {
  return 360 + depth * 360;
}

/** Bullet characters by list level (repeating after the third). */
export const BULLETS = ['•', '–', '◦'];

export const bulletRef = (): string => 'punktliste';
export const orderedRef = (start: number): string => `nummerert-${start}`;
