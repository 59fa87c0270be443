import { isClickableExternal } from '../link-schemes.js';
import type { Block, Inline } from '../../tree/types.js';
import { allBlocks } from '../../tree/walk.js';
import { assertNever, placeCells, tableColumnCount } from '../../tree/types.js';
import type { DocxContext } from './context.js';
import { STYLE } from './styles.js';
import { esc, t } from './xml.js';

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
  /** Text colour (hex), where a run needs one of its own. */
  color?: string;
}

/** Run properties (w:rPr) in the schema's order; empty when the run has none. */
export function runProperties(fmt: RunFormat): string {
  let out = '';
  if (fmt.style) out += `<w:rStyle w:val="${esc(fmt.style)}"/>`;
  if (fmt.bold) out += '<w:b/><w:bCs/>';
  if (fmt.italics) out += '<w:i/><w:iCs/>';
  if (fmt.color) out += `<w:color w:val="${fmt.color}"/>`;
  if (fmt.size) out += `<w:sz w:val="${fmt.size}"/><w:szCs w:val="${fmt.size}"/>`;
  if (fmt.lang) out += `<w:lang w:val="${esc(fmt.lang)}"/>`;
  return out === '' ? '' : `<w:rPr>${out}</w:rPr>`;
}

/** A run of text (also when the text is empty). */
export function textRun(text: string, fmt: RunFormat = {}): string {
  return `<w:r>${runProperties(fmt)}${t(text)}</w:r>`;
}

/** A run holding only a line break. */
export const BREAK_RUN = '<w:r><w:br/></w:r>';

/**
 * Paragraph content (runs and hyperlinks) for inline nodes: one handler per inline type. Links inside
 * links are written as plain runs, as Word cannot nest hyperlinks.
 */
export function inlineChildren(
  nodes: Inline[],
  fmt: RunFormat,
  ctx: DocxContext,
  linksAllowed = true,
): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.text !== '') out += textRun(node.text, fmt);
        break;
      case 'strong':
        out += inlineChildren(node.children, { ...fmt, bold: true }, ctx, linksAllowed);
        break;
      case 'emphasis':
        out += inlineChildren(node.children, { ...fmt, italics: true }, ctx, linksAllowed);
        break;
      case 'lang':
        out += inlineChildren(node.children, { ...fmt, lang: node.lang }, ctx, linksAllowed);
        break;
      case 'lineBreak':
        out += BREAK_RUN;
        break;
      case 'unresolved':
        // The marker's look comes from its character style; inherited bold/italic would hide nothing. Its
        // words are joined by no-break spaces, so Word never splits «Ikke avklart» over two lines (the PDF
        // layout holds it together too).
        out += textRun(node.text.replace(/ /g, '\u00a0'), {
          style: STYLE.unresolved,
          size: fmt.size,
          lang: fmt.lang,
        });
        break;
      case 'link':
        out += link(node.href, node.children, fmt, ctx, linksAllowed);
        break;
      default:
        assertNever(node);
    }
  }
  return out;
}

function link(
  href: string,
  children: Inline[],
  fmt: RunFormat,
  ctx: DocxContext,
  linksAllowed: boolean,
): string {
  if (!linksAllowed) return inlineChildren(children, fmt, ctx, false);
  if (href.startsWith('#')) {
    const anchor = ctx.bookmarks.get(href.slice(1));
    if (anchor === undefined) {
      ctx.diagnostics.push({
        severity: 'warning',
        message: `Lenken «${href}» peker ikke på noen overskrift i dokumentet; i Word-filen blir den vanlig tekst.`,
        rule: 'docx/internal-link',
        hint: 'Bruk id-en til en overskrift i dokumentet, for eksempel #budsjett.',
      });
      return inlineChildren(children, fmt, ctx, false);
    }
    const runs = inlineChildren(children, { ...fmt, style: STYLE.hyperlink }, ctx, false);
    return hyperlink(`w:anchor="${esc(anchor)}"`, runs);
  }
  // Only the schemes the PDF makes clickable; the rest stays text (the check warns at its line).
  if (!isClickableExternal(href)) return inlineChildren(children, fmt, ctx, false);
  const runs = inlineChildren(children, { ...fmt, style: STYLE.hyperlink }, ctx, false);
  ctx.hyperlinks.push(href);
  // The hyperlink relationships follow the package's ten fixed ones (package.ts).
  return hyperlink(`r:id="rId${10 + ctx.hyperlinks.length}"`, runs);
}

const hyperlink = (target: string, runs: string): string =>
  runs === ''
    ? `<w:hyperlink w:history="1" ${target}/>`
    : `<w:hyperlink w:history="1" ${target}>${runs}</w:hyperlink>`;

/** External hyperlinks `nodes` give where links are allowed (as `inlineChildren` writes them). */
function countLinks(nodes: Inline[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'link') {
      // A link's own children are written as plain runs: nothing in them is counted.
      if (!node.href.startsWith('#') && isClickableExternal(node.href)) n++;
    } else if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'lang') {
      n += countLinks(node.children);
    }
  }
  return n;
}

/**
 * How many external hyperlinks the document's body will have: the pictures' relationships follow
 * theirs, so their ids are known before the body is written. Headings take no links; paragraphs, table
 * cells and captions do.
 */
export function countHyperlinks(blocks: Block[]): number {
  let n = 0;
  for (const block of allBlocks(blocks)) {
    if (block.type === 'paragraph') n += countLinks(block.children);
    else if (block.type === 'table') {
      if (block.caption) n += countLinks(block.caption);
      const columns = tableColumnCount(block);
      for (const row of [...block.header, ...block.body]) {
        for (const { cell } of placeCells(row, columns)) n += countLinks(cell.children);
      }
    } else if (block.type === 'image' && block.caption) n += countLinks(block.caption);
  }
  return n;
}
