/**
 * Word fields written with their result: the begin/separate/end characters around the instruction, and
 * the value Word shows until it updates the field. The page numbers come from the PDF's layout
 * (layout/page-map.ts), so the table of contents and «Side N av M» read right in Word, LibreOffice,
 * Protected View and file previewers without updating fields, and nothing is marked for updating (Word
 * would ask on opening).
 */
import { BuilderElement, Run, type XmlComponent } from 'docx';

/** An element of the given name, attributes and children, written as it is. */
export const element = (
  name: string,
  attributes: Record<string, string | boolean> = {},
  children: unknown[] = [],
): BuilderElement =>
  new BuilderElement({
    name,
    attributes: Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, { key, value }])),
    children: children as XmlComponent[],
  });

export const fieldChar = (type: 'begin' | 'separate' | 'end'): BuilderElement =>
  element('w:fldChar', { 'w:fldCharType': type });

export const instruction = (text: string): BuilderElement =>
  element('w:instrText', { 'xml:space': 'preserve' }, [text]);

/** One run with a whole field: `instruction` and its stored result (blank when unknown). */
export function fieldRun(text: string, value: string | undefined): Run {
  return new Run({
    children: [
      fieldChar('begin'),
      instruction(text),
      fieldChar('separate'),
      ...(value !== undefined ? [element('w:t', { 'xml:space': 'preserve' }, [value])] : []),
      fieldChar('end'),
    ],
  });
}
