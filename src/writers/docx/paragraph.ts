import { esc, onOff } from './xml.js';

/** A border line: style, size in eighths of a point, colour and distance from the text in points. */
export interface Border {
  style: 'single' | 'dashed' | 'none';
  size: number;
  color: string;
  space?: number;
}

/** The paragraph properties the writer uses. */
export interface ParagraphOptions {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  /** List membership: level and numbering instance id (w:numId). */
  numbering?: { level: number; numId: number };
  border?: { top?: Border; left?: Border; bottom?: Border; right?: Border };
  /** Background colour (hex). */
  fill?: string;
  tabs?: { type: 'left' | 'right'; position: number; leader?: 'dot' }[];
  spacingBefore?: number;
  indent?: { left?: number; right?: number; hanging?: number };
  align?: 'left' | 'right' | 'center';
}

export const borderAttributes = (b: Border): string =>
  `w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"${b.space === undefined ? '' : ` w:space="${b.space}"`}`;

/** A paragraph's w:pPr, its children in the schema's order; empty when it has none. */
export function paragraphProperties(o: ParagraphOptions): string {
  let out = '';
  // A numbered paragraph without a style of its own is a List Paragraph, as Word makes them.
  if (o.numbering && !o.style) out += '<w:pStyle w:val="ListParagraph"/>';
  if (o.style) out += `<w:pStyle w:val="${esc(o.style)}"/>`;
  if (o.keepNext !== undefined) out += onOff('w:keepNext', o.keepNext);
  if (o.keepLines !== undefined) out += onOff('w:keepLines', o.keepLines);
  if (o.numbering) {
    out += `<w:numPr><w:ilvl w:val="${o.numbering.level}"/><w:numId w:val="${o.numbering.numId}"/></w:numPr>`;
  }
  if (o.border) {
    let sides = '';
    for (const side of ['top', 'left', 'bottom', 'right'] as const) {
      const b = o.border[side];
      if (b) sides += `<w:${side} ${borderAttributes(b)}/>`;
    }
    out += `<w:pBdr>${sides}</w:pBdr>`;
  }
  if (o.fill) out += `<w:shd w:fill="${o.fill}" w:color="auto" w:val="clear"/>`;
  if (o.tabs) {
    out += `<w:tabs>${o.tabs
      .map(
        (tab) =>
          `<w:tab w:val="${tab.type}" w:pos="${tab.position}"${tab.leader ? ` w:leader="${tab.leader}"` : ''}/>`,
      )
      .join('')}</w:tabs>`;
  }
  if (o.spacingBefore !== undefined) out += `<w:spacing w:before="${o.spacingBefore}"/>`;
  if (o.indent) {
    const { left, right, hanging } = o.indent;
    out +=
      '<w:ind' +
      (left === undefined ? '' : ` w:left="${left}"`) +
      (right === undefined ? '' : ` w:right="${right}"`) +
      (hanging === undefined ? '' : ` w:hanging="${hanging}"`) +
      '/>';
  }
  if (o.align) out += `<w:jc w:val="${o.align}"/>`;
  return out === '' ? '' : `<w:pPr>${out}</w:pPr>`;
}

/** A paragraph of the given properties and content (runs, hyperlinks, bookmarks, already XML). */
export function paragraph(o: ParagraphOptions, content: string): string {
  const properties = paragraphProperties(o);
  return properties === '' && content === '' ? '<w:p/>' : `<w:p>${properties}${content}</w:p>`;
}
