import { ExternalHyperlink, InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import { isClickableExternal } from '../link-schemes.js';
import type { Inline } from '../../tree/types.js';
import { assertNever } from '../../tree/types.js';
import type { DocxContext } from './context.js';
import { STYLE } from './styles.js';

/** Formatting inherited from the enclosing inline nodes. */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  /** BCP 47 language of a lang span; the document default (nb-NO) otherwise. */
  lang?: string;
  /** Character style, e.g. Hyperlink inside links. */
  style?: string;
  /** Font size in half-points, where a block needs another size than its paragraph style. */
  size?: number;
}

function textRun(text: string, fmt: RunFormat, extra: { break?: number } = {}): TextRun {
  return new TextRun({
    text,
    ...(fmt.bold ? { bold: true } : {}),
    ...(fmt.italics ? { italics: true } : {}),
    ...(fmt.lang ? { language: { value: fmt.lang } } : {}),
    ...(fmt.style ? { style: fmt.style } : {}),
    ...(fmt.size ? { size: fmt.size } : {}),
    ...extra,
  });
}

/** Runs for inline nodes where no hyperlink may be opened (inside a link). */
function plainRuns(nodes: Inline[], fmt: RunFormat, ctx: DocxContext): TextRun[] {
  return inlineChildren(nodes, fmt, ctx, false) as TextRun[];
}

/**
 * Paragraph children (runs and hyperlinks) for inline nodes: one handler per inline type. Links inside
 * links are rendered as plain runs, as Word cannot nest hyperlinks.
 */
export function inlineChildren(
  nodes: Inline[],
  fmt: RunFormat,
  ctx: DocxContext,
  linksAllowed = true,
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.text !== '') out.push(textRun(node.text, fmt));
        break;
      case 'strong':
        out.push(...inlineChildren(node.children, { ...fmt, bold: true }, ctx, linksAllowed));
        break;
      case 'emphasis':
        out.push(...inlineChildren(node.children, { ...fmt, italics: true }, ctx, linksAllowed));
        break;
      case 'lang':
        out.push(...inlineChildren(node.children, { ...fmt, lang: node.lang }, ctx, linksAllowed));
        break;
      case 'lineBreak':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'unresolved':
        // The marker's look comes from its character style; inherited bold/italic would hide nothing. Its
        // words are joined by no-break spaces, so Word never splits «Ikke avklart» over two lines (the PDF
        // layout holds it together too).
        out.push(
          textRun(node.text.replace(/ /g, '\u00a0'), {
            lang: fmt.lang,
            size: fmt.size,
            style: STYLE.unresolved,
          }),
        );
        break;
      case 'link':
        out.push(...linkChildren(node.href, node.children, fmt, ctx, linksAllowed));
        break;
      default:
        assertNever(node);
    }
  }
  return out;
}

function linkChildren(
  href: string,
  children: Inline[],
  fmt: RunFormat,
  ctx: DocxContext,
  linksAllowed: boolean,
): ParagraphChild[] {
  if (!linksAllowed) return plainRuns(children, fmt, ctx);
  const runs = plainRuns(children, { ...fmt, style: STYLE.hyperlink }, ctx);
  if (href.startsWith('#')) {
    const anchor = ctx.bookmarks.get(href.slice(1));
    if (anchor === undefined) {
      ctx.diagnostics.push({
        severity: 'warning',
        message: `Lenken «${href}» peker ikke på noen overskrift i dokumentet; i Word-filen blir den vanlig tekst.`,
        rule: 'docx/internal-link',
        hint: 'Bruk id-en til en overskrift i dokumentet, for eksempel #budsjett.',
      });
      return plainRuns(children, fmt, ctx);
    }
    return [new InternalHyperlink({ anchor, children: runs })];
  }
  // Only the schemes the PDF makes clickable; the rest stays text (the check warns at its line).
  if (!isClickableExternal(href)) return plainRuns(children, fmt, ctx);
  return [new ExternalHyperlink({ link: href, children: runs })];
}
