/**
 * Word fields written with their result: the begin/separate/end characters around the instruction, and
 * the value Word shows until it updates the field. The page numbers come from the PDF's layout
 * (layout/page-map.ts), so the table of contents and «Side N av M» read right in Word, LibreOffice,
 * Protected View and file previewers without updating fields, and nothing is marked for updating (Word
 * would ask on opening).
 */
import { esc, t } from './xml.js';

export const fieldChar = (type: 'begin' | 'separate' | 'end'): string =>
  `<w:fldChar w:fldCharType="${type}"/>`;

export const instruction = (text: string): string =>
  `<w:instrText xml:space="preserve">${esc(text)}</w:instrText>`;

/** One run with a whole field: `instruction` and its stored result (blank when unknown). */
export function fieldRun(text: string, value: string | undefined): string {
  return (
    `<w:r>${fieldChar('begin')}${instruction(text)}${fieldChar('separate')}` +
    `${value !== undefined ? t(value) : ''}${fieldChar('end')}</w:r>`
  );
}
